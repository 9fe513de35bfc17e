package org.tongban.catalogue.entity;

import java.util.Locale;

/** One option of a choice field. */
public record Choice(String value, String labelZh, String labelEn) {

    public String label(Locale locale) {
        return "en".equals(locale.getLanguage()) ? labelEn : labelZh;
    }
}
