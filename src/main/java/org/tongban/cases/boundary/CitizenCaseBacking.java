package org.tongban.cases.boundary;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.util.Map;
import org.primefaces.event.FileUploadEvent;
import org.tongban.cases.control.Materials;
import org.tongban.cases.entity.CaseAction;
import org.tongban.platform.boundary.FacesMessages;
import org.tongban.platform.control.BusinessException;

/**
 * citizen/case.xhtml: one's own case: where it stands and what comes next, the deadline and how
 * it was counted, the timeline, the files; answering a request for material, withdrawing, the
 * certificate and the rating.
 */
@Named
@ViewScoped
public class CitizenCaseBacking extends CasePage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient MaterialDesk materialDesk;

    @Inject
    transient RatingDesk ratingDesk;

    @Inject
    transient Materials materials;

    private boolean submitted;
    private String supplyMaterial;
    private String supplyNote;
    private Integer score;
    private String comment;

    public void supplyUpload(FileUploadEvent event) {
        try (InputStream in = event.getFile().getInputStream()) {
            byte[] content = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, materials.uploadLimitBytes() + 1));
            materialDesk.addToCase(getNumber(), supplyMaterial, event.getFile().getFileName(), content);
            reload();
        } catch (BusinessException refused) {
            FacesMessages.show(refused, Map.of());
        } catch (IOException unreadable) {
            FacesMessages.error(FacesMessages.text("cases.material.empty"));
        }
    }

    /** Read once per view: the page asks for it on every render. */
    private transient java.util.List<org.tongban.catalogue.entity.EffectiveDefinition.EffectiveMaterial> choices;

    public java.util.List<org.tongban.catalogue.entity.EffectiveDefinition.EffectiveMaterial> materialChoices() {
        if (choices == null) {
            choices = materialDesk.definitions(getNumber());
        }
        if (supplyMaterial == null && !choices.isEmpty()) {
            supplyMaterial = choices.get(0).code();
        }
        return choices;
    }

    public void supply() {
        take(CaseAction.SUPPLY, supplyNote, null);
    }

    public void withdraw() {
        take(CaseAction.WITHDRAW, null, null);
    }

    public void rate() {
        try {
            ratingDesk.rate(getNumber(), score, comment);
            FacesMessages.info("case.rated");
            reload();
        } catch (BusinessException refused) {
            FacesMessages.show(refused, Map.of("score", "rating:score", "comment", "rating:comment"));
        }
    }

    public String verificationUrl() {
        return getCase().certificate() == null ? null : certificateDesk.verificationUrl(getCase().certificate().verificationCode());
    }

    /** The reason given with the latest request for material. */
    public String supplementReason() {
        return getCase().timeline().stream().filter(s -> s.action() == CaseAction.REQUEST_SUPPLEMENT)
                .reduce((a, b) -> b).map(CaseRepresentation.Step::reason).orElse(null);
    }

    public boolean isSubmitted() {
        return submitted;
    }

    public void setSubmitted(boolean submitted) {
        this.submitted = submitted;
    }

    public String getSupplyMaterial() {
        return supplyMaterial;
    }

    public void setSupplyMaterial(String supplyMaterial) {
        this.supplyMaterial = supplyMaterial;
    }

    public String getSupplyNote() {
        return supplyNote;
    }

    public void setSupplyNote(String supplyNote) {
        this.supplyNote = supplyNote;
    }

    public Integer getScore() {
        return score;
    }

    public void setScore(Integer score) {
        this.score = score;
    }

    public String getComment() {
        return comment;
    }

    public void setComment(String comment) {
        this.comment = comment;
    }
}
