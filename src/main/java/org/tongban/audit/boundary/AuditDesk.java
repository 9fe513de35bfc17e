package org.tongban.audit.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import org.tongban.audit.control.AuditLog;
import org.tongban.audit.entity.AuditRecord;
import org.tongban.audit.entity.ChainVerification;
import org.tongban.audit.entity.Outcome;

/** What central staff do with the audit log itself; the verification is audited like any other read. */
@Stateless
public class AuditDesk {

    @Inject
    AuditLog audit;

    @RolesAllowed("CENTRAL")
    public ChainVerification verifyChain() {
        ChainVerification result = audit.verify();
        audit.record(AuditRecord.of("AUDIT_CHAIN_VERIFIED")
                .outcome(result.intact() ? Outcome.SUCCESS : Outcome.FAILURE)
                .detail(result.entries() + " entries, head " + result.lastEntry() + " " + result.headHash()
                        + (result.intact() ? "" : ", broken at " + result.firstBrokenEntry())));
        return result;
    }
}
