package org.tongban.identity.control;

import java.util.List;
import org.tongban.platform.control.BusinessException;
import org.tongban.platform.control.FieldProblem;

/** An account with the same name, identity number or e-mail address exists already. */
public class DuplicateAccountException extends BusinessException {

    private static final long serialVersionUID = 1L;

    private final transient List<FieldProblem> problems;

    public DuplicateAccountException(List<FieldProblem> problems) {
        super("identity.duplicate");
        this.problems = List.copyOf(problems);
    }

    @Override
    public int status() {
        return 409;
    }

    @Override
    public List<FieldProblem> fieldProblems() {
        return problems;
    }
}
