package org.tongban.cases.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.tongban.platform.boundary.LanguageBacking;
import org.tongban.platform.control.BusinessException;

/** public/certificate.xhtml: anyone verifies a certificate by its code, typed or from the QR code's address. */
@Named
@RequestScoped
public class VerifyBacking {

    @Inject
    CertificateDesk desk;

    @Inject
    LanguageBacking language;

    private String code;
    private CertificateDesk.Verification result;
    private boolean notFound;

    public void verify() {
        result = null;
        notFound = false;
        if (code == null || code.isBlank()) {
            return;
        }
        try {
            result = desk.verify(code);
        } catch (BusinessException none) {
            notFound = true;
        }
    }

    public boolean isEnglish() {
        return language.isEnglish();
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public CertificateDesk.Verification getResult() {
        return result;
    }

    public boolean isNotFound() {
        return notFound;
    }
}
