package org.tongban.cases.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import org.tongban.audit.control.AuditLog;
import org.tongban.audit.entity.AuditRecord;
import org.tongban.cases.control.CaseActionRefusedException;
import org.tongban.cases.control.CaseFiles;
import org.tongban.cases.control.Drafts;
import org.tongban.cases.control.Materials;
import org.tongban.cases.entity.CaseDraft;
import org.tongban.cases.entity.CaseFile;
import org.tongban.cases.entity.CaseMaterial;
import org.tongban.cases.entity.CaseStatus;
import org.tongban.catalogue.control.CatalogueStore;
import org.tongban.catalogue.control.LocalImplementations;
import org.tongban.catalogue.control.NationalCatalogue;
import org.tongban.catalogue.entity.EffectiveDefinition;
import org.tongban.identity.control.CurrentUser;
import org.tongban.jurisdiction.control.Jurisdictions;
import org.tongban.jurisdiction.control.OutOfScopeException;
import org.tongban.platform.control.FieldChecks;

/**
 * Files given for a case's materials: added by the applicant to a draft, to a case not yet
 * accepted, or in answer to a supplement request; read by the applicant and by staff of the
 * case's jurisdiction, every staff read audited.
 */
@Stateless
public class MaterialDesk {

    @Inject
    CaseFiles cases;

    @Inject
    Drafts drafts;

    @Inject
    Materials materials;

    @Inject
    NationalCatalogue catalogue;

    @Inject
    CatalogueStore catalogueStore;

    @Inject
    LocalImplementations implementations;

    @Inject
    Jurisdictions jurisdictions;

    @Inject
    CurrentUser currentUser;

    @Inject
    AuditLog audit;

    /** A file to download: its name, media type and bytes. */
    public record Download(String fileName, String mediaType, byte[] content) {
    }

    @RolesAllowed("CITIZEN")
    public CaseMaterial addToCase(String trackingNumber, String materialCode, String fileName, byte[] content) {
        long me = currentUser.get().id();
        CaseFile found = cases.findVisible(currentUser.scope(), trackingNumber)
                .filter(c -> c.applicantId().equals(me)).orElseThrow(OutOfScopeException::new);
        if (found.status() != CaseStatus.SUBMITTED && found.status() != CaseStatus.AWAITING_SUPPLEMENT) {
            throw new CaseActionRefusedException("cases.material.closed");
        }
        var version = catalogueStore.findVersion(found.itemCode(), found.itemVersion()).orElseThrow();
        EffectiveDefinition effective = implementations.effective(version, jurisdictions.get(found.regionCode()));
        FieldChecks checks = new FieldChecks();
        var checked = materials.check(effective, materialCode, fileName, content, checks);
        checks.throwIfAny();
        CaseMaterial stored = materials.storeForCase(found.id(), me, checked);
        audit.record(AuditRecord.of("CASE_MATERIAL_ADDED").subject("CASE", trackingNumber)
                .detail(stored.materialCode() + " " + stored.sha256()));
        return stored;
    }

    @RolesAllowed("CITIZEN")
    public CaseMaterial addToDraft(long draftId, String materialCode, String fileName, byte[] content) {
        long me = currentUser.get().id();
        CaseDraft draft = drafts.findOwn(me, draftId).orElseThrow(OutOfScopeException::new);
        var national = catalogue.findPublished(draft.itemCode()).orElseThrow(OutOfScopeException::new);
        EffectiveDefinition effective = implementations.effective(national, jurisdictions.get(draft.regionCode()));
        FieldChecks checks = new FieldChecks();
        var checked = materials.check(effective, materialCode, fileName, content, checks);
        checks.throwIfAny();
        return materials.storeForDraft(draft.id(), me, checked);
    }

    @RolesAllowed("CITIZEN")
    public void removeFromDraft(long draftId, long materialId) {
        long me = currentUser.get().id();
        CaseDraft draft = drafts.findOwn(me, draftId).orElseThrow(OutOfScopeException::new);
        CaseMaterial m = materials.find(materialId).filter(x -> draft.id().equals(x.draftId()))
                .orElseThrow(OutOfScopeException::new);
        materials.remove(m);
    }

    @RolesAllowed("CITIZEN")
    public Download draftFile(long draftId, long materialId) {
        long me = currentUser.get().id();
        CaseDraft draft = drafts.findOwn(me, draftId).orElseThrow(OutOfScopeException::new);
        CaseMaterial m = materials.find(materialId).filter(x -> draft.id().equals(x.draftId()))
                .orElseThrow(OutOfScopeException::new);
        return new Download(m.fileName(), m.mediaType(), materials.content(m.id()));
    }

    /** The materials of a case's item as they apply in its region: what an answer to a supplement request may bring. */
    @RolesAllowed({"CITIZEN", "CLERK", "SUPERVISOR", "INSPECTOR", "CENTRAL"})
    public java.util.List<EffectiveDefinition.EffectiveMaterial> definitions(String trackingNumber) {
        CaseFile found = cases.findVisible(currentUser.scope(), trackingNumber).orElseThrow(OutOfScopeException::new);
        var version = catalogueStore.findVersion(found.itemCode(), found.itemVersion()).orElseThrow();
        return implementations.effective(version, jurisdictions.get(found.regionCode())).materials();
    }

    /** A case's file, for its applicant or staff of its jurisdiction; a staff read is audited with the work. */
    @RolesAllowed({"CITIZEN", "CLERK", "SUPERVISOR", "INSPECTOR", "CENTRAL"})
    public Download download(String trackingNumber, long materialId) {
        CaseFile found = cases.findVisible(currentUser.scope(), trackingNumber).orElseThrow(OutOfScopeException::new);
        CaseMaterial m = materials.find(materialId).filter(x -> found.id().equals(x.caseId()))
                .orElseThrow(OutOfScopeException::new);
        if (!found.applicantId().equals(currentUser.get().id())) {
            audit.record(AuditRecord.of("CASE_MATERIAL_READ").subject("CASE", trackingNumber).purpose("case processing")
                    .detail(m.materialCode() + " #" + m.id()));
        }
        return new Download(m.fileName(), m.mediaType(), materials.content(m.id()));
    }
}
