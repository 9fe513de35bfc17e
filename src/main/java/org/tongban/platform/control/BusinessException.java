package org.tongban.platform.control;

import jakarta.ejb.ApplicationException;
import java.util.List;
import java.util.Locale;

/**
 * A broken business rule, told to the person in their own language. Subclasses are named after
 * the rule; they roll back the transaction they occur in and map to an HTTP status.
 */
@ApplicationException(rollback = true, inherited = true)
public abstract class BusinessException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String messageKey;
    private final transient Object[] arguments;

    protected BusinessException(String messageKey, Object... arguments) {
        super(messageKey);
        this.messageKey = messageKey;
        this.arguments = arguments;
    }

    /** The HTTP status that tells an API caller what kind of problem this is. */
    public abstract int status();

    public String messageKey() {
        return messageKey;
    }

    public String localizedMessage(Locale locale) {
        return Messages.format(locale, messageKey, arguments);
    }

    /** Response headers an API caller needs to act on the problem, such as Retry-After. */
    public java.util.Map<String, String> headers() {
        return java.util.Map.of();
    }

    /** Problems with individual fields, if the rule concerns input. */
    public List<FieldProblem> fieldProblems() {
        return List.of();
    }
}
