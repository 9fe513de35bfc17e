package org.tongban.cases.boundary;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.tongban.cases.control.CaseFiles;
import org.tongban.cases.entity.CaseMaterial;
import org.tongban.identity.control.CurrentUser;
import org.tongban.jurisdiction.control.Jurisdictions;
import org.tongban.platform.boundary.FacesMessages;
import org.tongban.platform.boundary.LanguageBacking;
import org.tongban.platform.control.BusinessException;
import org.tongban.platform.control.FieldProblem;

/**
 * citizen/review.xhtml: every answer and file as it will be submitted, what is still missing, and
 * the submit button. Submitting twice (a double tap, the back button) makes one case: the second
 * time the case made the first time is shown.
 */
@Named
@ViewScoped
public class ReviewBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient DraftDesk drafts;

    @Inject
    transient CaseDesk cases;

    @Inject
    transient CaseFiles caseFiles;

    @Inject
    transient CurrentUser currentUser;

    @Inject
    transient Jurisdictions jurisdictions;

    @Inject
    transient LanguageBacking language;

    private Long draftId;
    private String idempotencyKey;
    private transient DraftDesk.Opened opened;
    private transient List<FieldProblem> problems;
    private transient Map<String, String> answers;

    public void load() throws IOException {
        try {
            opened = drafts.reload(draftId == null ? -1 : draftId);
        } catch (BusinessException gone) {
            FacesContext.getCurrentInstance().getExternalContext().redirect(
                    FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath() + "/citizen/cases.xhtml");
            return;
        }
        idempotencyKey = opened.draft().idempotencyKey();
        problems = drafts.problems(draftId);
    }

    public String submit() {
        try {
            var submitted = cases.submitDraft(draftId);
            return "/citizen/case?faces-redirect=true&submitted=true&number=" + submitted.representation().trackingNumber();
        } catch (BusinessException refused) {
            // submitted a moment ago from this page: show that case
            var made = caseFiles.findByIdempotencyKey(currentUser.get().id(), idempotencyKey);
            if (made.isPresent()) {
                return "/citizen/case?faces-redirect=true&submitted=true&number=" + made.get().trackingNumber();
            }
            FacesMessages.show(refused, Map.of());
            problems = drafts.problems(draftId);
            return null;
        }
    }

    public DraftDesk.Opened opened() {
        if (opened == null) {
            opened = drafts.reload(draftId);
        }
        return opened;
    }

    public Map<String, String> answers() {
        if (answers == null) {
            answers = CaseDesk.answersOf(opened().draft().answers());
        }
        return answers;
    }

    /** An answer as the applicant chose it: a choice by its label, anything else as typed. */
    public String shown(org.tongban.catalogue.entity.EffectiveDefinition.EffectiveField field) {
        String value = answers().get(field.code());
        if (value == null || value.isBlank()) {
            return "—";
        }
        if (field.definition() != null && !field.definition().choices().isEmpty()) {
            return field.definition().choices().stream().filter(c -> c.value().equals(value)).findFirst()
                    .map(c -> c.label(language.getLocale())).orElse(value);
        }
        return value;
    }

    public List<CaseMaterial> filesOf(String materialCode) {
        return opened().files().stream().filter(f -> f.materialCode().equals(materialCode)).toList();
    }

    public List<String> problemTexts() {
        if (problems == null) {
            problems = drafts.problems(draftId);
        }
        return problems.stream().map(p -> p.localizedMessage(language.getLocale()) + " (" + fieldName(p.field()) + ")").toList();
    }

    /** The label of the field or material a problem is about, in the page's language. */
    private String fieldName(String field) {
        var effective = opened().effective();
        boolean en = language.isEnglish();
        if (field.startsWith("answers.")) {
            String code = field.substring("answers.".length());
            return effective.fields().stream().filter(f -> f.code().equals(code)).findFirst()
                    .map(f -> en ? f.labelEn() : f.labelZh()).orElse(code);
        }
        if (field.startsWith("materials.")) {
            String code = field.substring("materials.".length());
            return effective.materials().stream().filter(m -> m.code().equals(code)).findFirst()
                    .map(m -> en ? m.nameEn() : m.nameZh()).orElse(code);
        }
        return FacesMessages.text("apply.enterprise");
    }

    public String regionName() {
        return jurisdictions.find(opened().draft().regionCode())
                .map(j -> jurisdictions.fullName(j, language.getLocale())).orElse("");
    }

    public boolean isEnglish() {
        return language.isEnglish();
    }

    public Long getDraft() {
        return draftId;
    }

    public void setDraft(Long draft) {
        this.draftId = draft;
    }
}
