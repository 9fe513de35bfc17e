package org.tongban.jurisdiction.control;

import org.tongban.platform.control.BusinessException;

/**
 * Something outside the caller's scope was asked for. It reads exactly like "not found", so that
 * nobody learns what exists beyond their jurisdiction.
 */
public class OutOfScopeException extends BusinessException {

    private static final long serialVersionUID = 1L;

    public OutOfScopeException() {
        super("error.status.404");
    }

    @Override
    public int status() {
        return 404;
    }
}
