package org.tongban.platform.control;

import java.util.Locale;

/** One invalid input field and the message key that explains what is wrong with it. */
public record FieldProblem(String field, String messageKey, Object... arguments) {

    public String localizedMessage(Locale locale) {
        return Messages.format(locale, messageKey, arguments);
    }
}
