package org.tongban.audit.boundary;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.tongban.audit.entity.ChainVerification;

/** central/index.xhtml: the national landing page, with verification of the audit chain. */
@Named
@ViewScoped
public class CentralIndexBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient AuditDesk desk;

    private ChainVerification verification;

    public void verify() {
        verification = desk.verifyChain();
    }

    public ChainVerification getVerification() {
        return verification;
    }
}
