package org.tongban.coordination.control;

import org.tongban.platform.control.BusinessException;

/** A step on a directive that its state no longer allows, such as completing it twice. */
public class DirectiveRefusedException extends BusinessException {

    private static final long serialVersionUID = 1L;

    public DirectiveRefusedException(String messageKey) {
        super(messageKey);
    }

    @Override
    public int status() {
        return 409;
    }
}
