package org.tongban.jurisdiction.control;

import org.tongban.platform.control.BusinessException;

/** A division code that names no jurisdiction. */
public class UnknownJurisdictionException extends BusinessException {

    private static final long serialVersionUID = 1L;

    public UnknownJurisdictionException(String code) {
        super("jurisdiction.unknown", code);
    }

    @Override
    public int status() {
        return 404;
    }
}
