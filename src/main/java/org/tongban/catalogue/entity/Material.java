package org.tongban.catalogue.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** A required material of an item: what it is, whether it is mandatory, which files are accepted. */
@Embeddable
public class Material {

    @Column(name = "position")
    private int position;

    @Column(name = "code")
    private String code;

    @Column(name = "name_zh")
    private String nameZh;

    @Column(name = "name_en")
    private String nameEn;

    @Column(name = "mandatory")
    private boolean mandatory;

    @Column(name = "file_types")
    private String fileTypes;

    @Column(name = "max_size_mb")
    private int maxSizeMb;

    protected Material() {
    }

    public Material(int position, String code, String nameZh, String nameEn, boolean mandatory, List<String> fileTypes,
            int maxSizeMb) {
        this.position = position;
        this.code = code;
        this.nameZh = nameZh;
        this.nameEn = nameEn;
        this.mandatory = mandatory;
        this.fileTypes = String.join(",", fileTypes);
        this.maxSizeMb = maxSizeMb;
    }

    public int position() {
        return position;
    }

    public String code() {
        return code;
    }

    public String nameZh() {
        return nameZh;
    }

    public String nameEn() {
        return nameEn;
    }

    public String name(Locale locale) {
        return "en".equals(locale.getLanguage()) ? nameEn : nameZh;
    }

    public boolean mandatory() {
        return mandatory;
    }

    public List<String> fileTypes() {
        return Arrays.asList(fileTypes.split(","));
    }

    public int maxSizeMb() {
        return maxSizeMb;
    }
}
