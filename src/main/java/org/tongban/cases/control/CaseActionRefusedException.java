package org.tongban.cases.control;

import org.tongban.platform.control.BusinessException;

/** A step the case's workflow does not allow now, or one taken on a case someone changed meanwhile. */
public class CaseActionRefusedException extends BusinessException {

    private static final long serialVersionUID = 1L;

    private final int status;

    public CaseActionRefusedException(String messageKey) {
        this(messageKey, 409);
    }

    public CaseActionRefusedException(String messageKey, int status) {
        super(messageKey);
        this.status = status;
    }

    @Override
    public int status() {
        return status;
    }
}
