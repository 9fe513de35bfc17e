package org.tongban.cases.control;

import org.tongban.platform.control.BusinessException;

/** An idempotency key used again for a different request: refused, so that no retry can change a case. */
public class IdempotencyConflictException extends BusinessException {

    private static final long serialVersionUID = 1L;

    public IdempotencyConflictException() {
        super("cases.idempotency.conflict");
    }

    @Override
    public int status() {
        return 422;
    }
}
