package org.tongban.cases.boundary;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.primefaces.event.FileUploadEvent;
import org.tongban.cases.control.Materials;
import org.tongban.cases.entity.CaseMaterial;
import org.tongban.catalogue.entity.EffectiveDefinition;
import org.tongban.jurisdiction.control.Jurisdictions;
import org.tongban.platform.boundary.FacesMessages;
import org.tongban.platform.boundary.LanguageBacking;
import org.tongban.platform.control.BusinessException;
import org.tongban.platform.control.FieldProblem;

/**
 * citizen/apply.xhtml: the application form generated from the item as it applies in the region,
 * saved as the applicant types, with an upload for each material. "Review" checks everything on
 * the server and, when nothing is missing, goes to the review page.
 */
@Named
@ViewScoped
public class ApplyBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient DraftDesk drafts;

    @Inject
    transient MaterialDesk materialDesk;

    @Inject
    transient Materials materials;

    @Inject
    transient Jurisdictions jurisdictions;

    @Inject
    transient LanguageBacking language;

    private String item;
    private String region;
    private Long draftId;
    private transient DraftDesk.Opened opened;
    private Map<String, String> answers = new HashMap<>();
    private String enterpriseCode;
    private Instant savedAt;
    private Map<String, String> problems = new LinkedHashMap<>();

    public void load() {
        try {
            opened = draftId != null ? drafts.reload(draftId) : drafts.open(item, region);
        } catch (BusinessException notFound) {
            FacesMessages.notFound();
            return;
        }
        draftId = opened.draft().id();
        item = opened.draft().itemCode();
        region = opened.draft().regionCode();
        answers = new HashMap<>(CaseDesk.answersOf(opened.draft().answers()));
        enterpriseCode = opened.draft().enterpriseCode();
        savedAt = opened.draft().updatedAt();
    }

    /** Saves what has been typed; called as each field changes. */
    public void save() {
        opened = drafts.save(draftId, region, enterpriseCode, answers);
        savedAt = opened.draft().updatedAt();
    }

    public void upload(FileUploadEvent event) {
        String material = (String) event.getComponent().getAttributes().get("material");
        problems.remove("materials." + material);
        try (InputStream in = event.getFile().getInputStream()) {
            byte[] content = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, materials.uploadLimitBytes() + 1));
            materialDesk.addToDraft(draftId, material, event.getFile().getFileName(), content);
        } catch (BusinessException refused) {
            problems.put("materials." + material, refused.fieldProblems().isEmpty()
                    ? refused.localizedMessage(language.getLocale())
                    : refused.fieldProblems().get(0).localizedMessage(language.getLocale()));
        } catch (IOException unreadable) {
            problems.put("materials." + material, FacesMessages.text("cases.material.empty"));
        }
        opened = drafts.reload(draftId);
    }

    public void remove(long materialId) {
        materialDesk.removeFromDraft(draftId, materialId);
        opened = drafts.reload(draftId);
    }

    /** Checks the whole application; without problems, on to the review page. */
    public String review() {
        save();
        problems.clear();
        List<FieldProblem> found = drafts.problems(draftId);
        for (FieldProblem p : found) {
            problems.putIfAbsent(p.field(), p.localizedMessage(language.getLocale()));
        }
        if (!problems.isEmpty()) {
            FacesMessages.error(FacesMessages.text("apply.problems", problems.size()));
            return null;
        }
        return "/citizen/review?faces-redirect=true&draft=" + draftId;
    }

    public void discard() throws IOException {
        drafts.discard(draftId);
        FacesContext.getCurrentInstance().getExternalContext().redirect(
                FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath() + "/citizen/cases.xhtml");
    }

    public List<CaseMaterial> filesOf(String materialCode) {
        return opened().files().stream().filter(f -> f.materialCode().equals(materialCode)).toList();
    }

    public String problem(String field) {
        return problems.get(field);
    }

    public boolean hasProblem(String field) {
        return problems.containsKey(field);
    }

    public String regionName() {
        return jurisdictions.find(opened().draft().regionCode())
                .map(j -> jurisdictions.fullName(j, language.getLocale())).orElse("");
    }

    /** PrimeFaces' pattern of accepted file names; the server still reads the content. */
    public String acceptPattern(EffectiveDefinition.EffectiveMaterial m) {
        return "/(\\.|\\/)(" + String.join("|", m.fileTypes().stream().map(t -> t.equals("jpg") ? "jpe?g" : t).toList()) + ")$/i";
    }

    public long sizeLimitBytes(EffectiveDefinition.EffectiveMaterial m) {
        return m.maxSizeMb() * 1024L * 1024L;
    }

    public DraftDesk.Opened opened() {
        if (opened == null && draftId != null) {
            opened = drafts.reload(draftId);
        }
        return opened;
    }

    public boolean isEnglish() {
        return language.isEnglish();
    }

    public String getItem() {
        return item;
    }

    public void setItem(String item) {
        this.item = item;
    }

    public String getRegion() {
        return region;
    }

    public void setRegion(String region) {
        this.region = region;
    }

    public Long getDraft() {
        return draftId;
    }

    public void setDraft(Long draft) {
        this.draftId = draft;
    }

    public Map<String, String> getAnswers() {
        return answers;
    }

    public String getEnterpriseCode() {
        return enterpriseCode;
    }

    public void setEnterpriseCode(String enterpriseCode) {
        this.enterpriseCode = enterpriseCode;
    }

    /** When the draft was last saved, as the applicant's clock shows it. */
    public String savedTime() {
        return org.tongban.platform.boundary.PageTimes.timeOfDay(savedAt);
    }
}
