package org.tongban.catalogue.entity;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.io.StringReader;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import org.tongban.platform.control.JsonProviders;

/**
 * A field of an item's application form, typed, with the bounds its answers must respect. The
 * options of a choice field are kept as a small JSON array, read with the field.
 */
@Embeddable
public class FormField {

    @Column(name = "position")
    private int position;

    @Column(name = "code")
    private String code;

    @Column(name = "label_zh")
    private String labelZh;

    @Column(name = "label_en")
    private String labelEn;

    @Enumerated(EnumType.STRING)
    @Column(name = "type")
    private FieldType type;

    @Column(name = "required")
    private boolean required;

    @Column(name = "max_length")
    private Integer maxLength;

    @Column(name = "min_value")
    private BigDecimal minValue;

    @Column(name = "max_value")
    private BigDecimal maxValue;

    @Column(name = "choices")
    private String choices;

    protected FormField() {
    }

    public FormField(int position, String code, String labelZh, String labelEn, FieldType type, boolean required,
            Integer maxLength, BigDecimal minValue, BigDecimal maxValue, List<Choice> choices) {
        this.position = position;
        this.code = code;
        this.labelZh = labelZh;
        this.labelEn = labelEn;
        this.type = type;
        this.required = required;
        this.maxLength = maxLength;
        this.minValue = minValue;
        this.maxValue = maxValue;
        this.choices = choices == null || choices.isEmpty() ? null : toJson(choices);
    }

    public int position() {
        return position;
    }

    public String code() {
        return code;
    }

    public String labelZh() {
        return labelZh;
    }

    public String labelEn() {
        return labelEn;
    }

    public String label(Locale locale) {
        return "en".equals(locale.getLanguage()) ? labelEn : labelZh;
    }

    public FieldType type() {
        return type;
    }

    public boolean required() {
        return required;
    }

    public Integer maxLength() {
        return maxLength;
    }

    public BigDecimal minValue() {
        return minValue;
    }

    public BigDecimal maxValue() {
        return maxValue;
    }

    public List<Choice> choices() {
        if (choices == null) {
            return List.of();
        }
        return JsonProviders.PROVIDER.createReader(new StringReader(choices)).readArray().getValuesAs(JsonObject.class).stream()
                .map(o -> new Choice(o.getString("value"), o.getString("labelZh"), o.getString("labelEn")))
                .toList();
    }

    private static String toJson(List<Choice> choices) {
        JsonArrayBuilder array = JsonProviders.PROVIDER.createArrayBuilder();
        choices.forEach(c -> array.add(JsonProviders.PROVIDER.createObjectBuilder().add("value", c.value())
                .add("labelZh", c.labelZh()).add("labelEn", c.labelEn())));
        return array.build().toString();
    }
}
