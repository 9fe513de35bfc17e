package org.tongban.cases.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.LocalDate;
import org.tongban.audit.control.AuditLog;
import org.tongban.audit.entity.AuditRecord;
import org.tongban.cases.control.CaseActionRefusedException;
import org.tongban.cases.control.CaseClocks;
import org.tongban.cases.control.CaseFiles;
import org.tongban.cases.control.CertificatePdf;
import org.tongban.cases.control.Certificates;
import org.tongban.cases.entity.CaseFile;
import org.tongban.cases.entity.Certificate;
import org.tongban.identity.control.CurrentUser;
import org.tongban.jurisdiction.control.Jurisdictions;
import org.tongban.jurisdiction.control.OutOfScopeException;
import org.tongban.jurisdiction.entity.Office;
import org.tongban.notification.control.Notifications;
import org.tongban.platform.control.FieldChecks;
import org.tongban.platform.control.Settings;

/**
 * Certificates: verified by anyone with the code (what the certificate itself shows, nothing
 * more), downloaded by the holder and staff of the jurisdiction, revoked by its supervisors.
 */
@Stateless
public class CertificateDesk {

    @Inject
    Certificates certificates;

    @Inject
    CaseFiles cases;

    @Inject
    Jurisdictions jurisdictions;

    @Inject
    CurrentUser currentUser;

    @Inject
    Notifications notifications;

    @Inject
    Settings settings;

    @Inject
    AuditLog audit;

    /** What a verifier learns: the state, and what the certificate shows anyway. */
    public record Verification(String verificationCode, Certificate.State state, String itemCode, String itemNameZh,
            String itemNameEn, String holderName, String holderIdMasked, String issuedByZh, String issuedByEn,
            LocalDate issuedOn, LocalDate validUntil, LocalDate revokedOn) {
    }

    @PermitAll
    public Verification verify(String code) {
        Certificate c = certificates.byCode(Certificate.normalize(code)).orElseThrow(OutOfScopeException::new);
        Office office = jurisdictions.officeById(c.officeId()).orElseThrow();
        return new Verification(c.verificationCode(), c.stateOn(CaseClocks.today()), c.itemCode(), c.itemNameZh(),
                c.itemNameEn(), c.holderName(), c.holderIdMasked(), office.nameZh(), office.nameEn(), c.issuedOn(),
                c.validUntil(), c.revokedAt() == null ? null : c.revokedAt().atZone(CaseClocks.CHINA).toLocalDate());
    }

    /** The PDF of a case's certificate. */
    @RolesAllowed({"CITIZEN", "CLERK", "SUPERVISOR", "INSPECTOR", "CENTRAL"})
    public byte[] pdf(String trackingNumber) {
        CaseFile found = cases.findVisible(currentUser.scope(), trackingNumber).orElseThrow(OutOfScopeException::new);
        Certificate c = certificates.ofCase(found.id()).orElseThrow(OutOfScopeException::new);
        if (!found.applicantId().equals(currentUser.get().id())) {
            audit.record(AuditRecord.of("CERTIFICATE_READ").subject("CASE", trackingNumber).purpose("case processing"));
        }
        Office office = jurisdictions.officeById(c.officeId()).orElseThrow();
        return CertificatePdf.draw(c, office.nameZh(), office.nameEn(), verificationUrl(c.verificationCode()));
    }

    public String verificationUrl(String code) {
        return settings.publicBaseUrl().resolve("public/certificate.xhtml?code=" + code).toString();
    }

    /** Revokes a certificate of one's own subtree, with a reason the holder is told. */
    @RolesAllowed("SUPERVISOR")
    public Verification revoke(String code, String reason) {
        Certificate c = certificates.byCode(Certificate.normalize(code)).orElseThrow(OutOfScopeException::new);
        CaseFile found = cases.findVisibleById(currentUser.scope(), c.caseId()).orElseThrow(OutOfScopeException::new);
        FieldChecks checks = new FieldChecks();
        if (checks.required("reason", reason)) {
            checks.length("reason", reason.strip(), 1, 1000);
        }
        checks.throwIfAny();
        if (!c.revoke(currentUser.get().id(), reason)) {
            throw new CaseActionRefusedException("cases.certificate.revokedAlready");
        }
        certificates.flush();
        audit.record(AuditRecord.of("CERTIFICATE_REVOKED").subject("CASE", found.trackingNumber())
                .purpose("case processing").detail(c.verificationCode()));
        notifications.notify(found.applicantId(), "certificateRevoked", found.trackingNumber(), reason.strip());
        return verify(c.verificationCode());
    }

}
