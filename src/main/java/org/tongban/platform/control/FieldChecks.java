package org.tongban.platform.control;

import java.util.ArrayList;
import java.util.List;

/**
 * Collects the problems of a form or request body, so that a person sees all of them at once.
 * {@link #throwIfAny()} ends validation before anything is written.
 */
public final class FieldChecks {

    private final List<FieldProblem> problems = new ArrayList<>();

    public FieldChecks problem(String field, String messageKey, Object... arguments) {
        problems.add(new FieldProblem(field, messageKey, arguments));
        return this;
    }

    /**
     * Records a "required" problem and answers false when the value is blank; control characters
     * (which the database refuses and no person types) are a problem too.
     */
    public boolean required(String field, String value) {
        if (value == null || value.isBlank()) {
            problem(field, "validation.required");
            return false;
        }
        if (value.chars().anyMatch(c -> Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t')) {
            problem(field, "validation.characters");
            return false;
        }
        return true;
    }

    /** Text for a search: control characters removed, at most {@code max} characters, null if nothing is left. */
    public static String searchText(String text, int max) {
        if (text == null) {
            return null;
        }
        String cleaned = text.codePoints().filter(c -> !Character.isISOControl(c))
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString().strip();
        if (cleaned.isEmpty()) {
            return null;
        }
        return cleaned.length() > max ? cleaned.substring(0, max) : cleaned;
    }

    /** Records a length problem and answers false when the value is outside the bounds. */
    public boolean length(String field, String value, int min, int max) {
        int length = value.codePointCount(0, value.length());
        if (length < min || length > max) {
            problem(field, "validation.length", min, max);
            return false;
        }
        return true;
    }

    public List<FieldProblem> problems() {
        return List.copyOf(problems);
    }

    public boolean hasProblem(String field) {
        return problems.stream().anyMatch(p -> p.field().equals(field));
    }

    public void throwIfAny() {
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
    }
}
