package org.tongban.platform.control;

import java.util.List;

/** Input that fails validation; every problem is reported at once, and nothing is stored. */
public class InvalidInputException extends BusinessException {

    private static final long serialVersionUID = 1L;

    private final transient List<FieldProblem> problems;

    public InvalidInputException(List<FieldProblem> problems) {
        super("error.invalidInput");
        this.problems = List.copyOf(problems);
    }

    public static InvalidInputException of(String field, String messageKey, Object... arguments) {
        return new InvalidInputException(List.of(new FieldProblem(field, messageKey, arguments)));
    }

    @Override
    public int status() {
        return 400;
    }

    @Override
    public List<FieldProblem> fieldProblems() {
        return problems;
    }
}
