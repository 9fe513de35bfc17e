package org.tongban.catalogue.control;

import org.tongban.platform.control.BusinessException;

/** A catalogue rule broken by a request: a duplicate code, a version that is not a draft, a stale edit. */
public class CatalogueProblem extends BusinessException {

    private static final long serialVersionUID = 1L;

    private final int status;

    public CatalogueProblem(int status, String messageKey, Object... arguments) {
        super(messageKey, arguments);
        this.status = status;
    }

    public static CatalogueProblem duplicateCode(String code) {
        return new CatalogueProblem(409, "catalogue.code.taken", code);
    }

    public static CatalogueProblem notADraft(String code, int version) {
        return new CatalogueProblem(409, "catalogue.version.notDraft", code, version);
    }

    public static CatalogueProblem changedMeanwhile() {
        return new CatalogueProblem(409, "catalogue.changedMeanwhile");
    }

    @Override
    public int status() {
        return status;
    }
}
