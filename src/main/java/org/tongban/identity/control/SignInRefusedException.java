package org.tongban.identity.control;

import org.tongban.platform.control.BusinessException;

/** Wrong account name or password; it never says which. */
public class SignInRefusedException extends BusinessException {

    private static final long serialVersionUID = 1L;

    public SignInRefusedException() {
        super("identity.signIn.refused");
    }

    @Override
    public int status() {
        return 401;
    }
}
