package org.tongban.jurisdiction.entity;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.Locale;

/**
 * A level of government with its GB/T 2260 code. Reference data loaded by migration: read-only
 * to the application, and cached.
 */
@Entity
@Table(name = "jurisdiction")
@Cacheable
public class Jurisdiction {

    public static final String NATION_CODE = "000000";

    @Id
    @Column(name = "code")
    private String code;

    @Enumerated(EnumType.STRING)
    @Column(name = "level")
    private Level level;

    @Column(name = "parent_code")
    private String parentCode;

    @Column(name = "name_zh")
    private String nameZh;

    @Column(name = "name_en")
    private String nameEn;

    @Column(name = "scope_prefix")
    private String scopePrefix;

    protected Jurisdiction() {
    }

    /** A jurisdiction outside the database, as reference data describes it (unit tests, imports). */
    public static Jurisdiction of(String code, Level level, String parentCode, String nameZh, String nameEn) {
        Jurisdiction j = new Jurisdiction();
        j.code = code;
        j.level = level;
        j.parentCode = parentCode;
        j.nameZh = nameZh;
        j.nameEn = nameEn;
        j.scopePrefix = code.substring(0, level.prefixLength());
        return j;
    }

    public String code() {
        return code;
    }

    public Level level() {
        return level;
    }

    public String parentCode() {
        return parentCode;
    }

    public String nameZh() {
        return nameZh;
    }

    /** The English name where one is known (nation and provinces), otherwise null. */
    public String nameEn() {
        return nameEn;
    }

    /** The name to show in a language: English where known, Chinese otherwise. */
    public String name(Locale locale) {
        return "en".equals(locale.getLanguage()) && nameEn != null ? nameEn : nameZh;
    }

    public String scopePrefix() {
        return scopePrefix;
    }

    /** True when {@code otherCode} is this jurisdiction or lies below it. */
    public boolean contains(String otherCode) {
        return otherCode != null && otherCode.startsWith(scopePrefix);
    }
}
