package org.tongban.cases.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.tongban.cases.control.Answers;
import org.tongban.cases.control.Drafts;
import org.tongban.cases.control.Materials;
import org.tongban.cases.entity.CaseDraft;
import org.tongban.cases.entity.CaseMaterial;
import org.tongban.catalogue.control.LocalImplementations;
import org.tongban.catalogue.control.NationalCatalogue;
import org.tongban.catalogue.entity.EffectiveDefinition;
import org.tongban.catalogue.entity.ItemVersion;
import org.tongban.identity.control.CurrentUser;
import org.tongban.identity.entity.UnifiedSocialCreditCode;
import org.tongban.jurisdiction.control.Jurisdictions;
import org.tongban.jurisdiction.control.OutOfScopeException;
import org.tongban.jurisdiction.entity.Jurisdiction;
import org.tongban.platform.control.FieldChecks;
import org.tongban.platform.control.FieldProblem;
import org.tongban.platform.control.JsonProviders;

/**
 * Drafts of applications: opened for an item, saved as the applicant types (nothing is checked
 * but size, so a half-filled form is never lost), checked in full for the review page.
 */
@Stateless
public class DraftDesk {

    /** The most a saved answer may hold; the item's own rules are applied at review. */
    static final int MAX_SAVED = 2000;

    @Inject
    Drafts drafts;

    @Inject
    Materials materials;

    @Inject
    NationalCatalogue catalogue;

    @Inject
    LocalImplementations implementations;

    @Inject
    Jurisdictions jurisdictions;

    @Inject
    CurrentUser currentUser;

    /** A draft and what applies to it in its region. */
    public record Opened(CaseDraft draft, EffectiveDefinition effective, List<CaseMaterial> files) {
    }

    /** Opens the applicant's draft for an item (a new one, or the one they left) in a region. */
    @RolesAllowed("CITIZEN")
    public Opened open(String itemCode, String regionCode) {
        var applicant = currentUser.get();
        ItemVersion national = itemCode == null ? null : catalogue.findPublished(itemCode.strip()).orElse(null);
        if (national == null) {
            throw new OutOfScopeException();
        }
        CaseDraft draft = drafts.of(applicant.id(), national.code()).orElse(null);
        if (draft == null) {
            Jurisdiction region = regionOrNull(regionCode);
            if (region == null) {
                region = regionOrNull(applicant.residenceCode());
            }
            if (region == null) {
                throw new OutOfScopeException();
            }
            draft = drafts.open(applicant.id(), national.code(), region.code());
        }
        return opened(draft, national);
    }

    @RolesAllowed("CITIZEN")
    public Opened reload(long draftId) {
        CaseDraft draft = own(draftId);
        return opened(draft, catalogue.findPublished(draft.itemCode()).orElseThrow(OutOfScopeException::new));
    }

    /** Saves what has been typed so far; a region that is not a city or county is not taken. */
    @RolesAllowed("CITIZEN")
    public Opened save(long draftId, String regionCode, String enterpriseCode, Map<String, String> answers) {
        CaseDraft draft = own(draftId);
        Jurisdiction region = regionOrNull(regionCode);
        var fields = reload(draftId).effective().fields().stream().map(f -> f.code()).collect(java.util.stream.Collectors.toSet());
        var json = JsonProviders.PROVIDER.createObjectBuilder();
        if (answers != null) {
            answers.forEach((k, v) -> {
                if (fields.contains(k) && v != null && !v.isEmpty()) {
                    json.add(k, v.length() > MAX_SAVED ? v.substring(0, MAX_SAVED) : v);
                }
            });
        }
        // kept as typed so far, but only the characters a code can have (the check comes at review)
        String enterprise = enterpriseCode == null ? "" : UnifiedSocialCreditCode.normalize(enterpriseCode).replaceAll("[^0-9A-Z]", "");
        enterprise = enterprise.isEmpty() ? null : enterprise.substring(0, Math.min(18, enterprise.length()));
        draft.save(region == null ? draft.regionCode() : region.code(), enterprise, json.build().toString());
        drafts.flush();
        return reload(draftId);
    }

    /** Everything that would stop the draft being submitted, as the review page lists it. */
    @RolesAllowed("CITIZEN")
    public List<FieldProblem> problems(long draftId) {
        Opened opened = reload(draftId);
        FieldChecks checks = new FieldChecks();
        if (opened.draft().enterpriseCode() != null) {
            UnifiedSocialCreditCode.problemWith(opened.draft().enterpriseCode())
                    .ifPresent(key -> checks.problem("enterpriseCode", key));
        }
        Answers.check(opened.effective(), CaseDesk.answersOf(opened.draft().answers()), checks);
        var given = opened.files().stream().map(CaseMaterial::materialCode).collect(java.util.stream.Collectors.toSet());
        opened.effective().materials().stream().filter(m -> m.mandatory() && !given.contains(m.code()))
                .forEach(m -> checks.problem("materials." + m.code(), "cases.material.missing"));
        return checks.problems();
    }

    @RolesAllowed("CITIZEN")
    public List<CaseDraft> mine() {
        return drafts.all(currentUser.get().id());
    }

    @RolesAllowed("CITIZEN")
    public void discard(long draftId) {
        drafts.remove(own(draftId));
    }

    private CaseDraft own(long draftId) {
        return drafts.findOwn(currentUser.get().id(), draftId).orElseThrow(OutOfScopeException::new);
    }

    private Opened opened(CaseDraft draft, ItemVersion national) {
        EffectiveDefinition effective = implementations.effective(national, jurisdictions.get(draft.regionCode()));
        return new Opened(draft, effective, materials.ofDraft(draft.id()));
    }

    private Jurisdiction regionOrNull(String code) {
        return jurisdictions.findApplicationRegion(code).orElse(null);
    }
}
