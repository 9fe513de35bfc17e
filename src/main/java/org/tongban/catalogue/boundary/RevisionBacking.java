package org.tongban.catalogue.boundary;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.tongban.catalogue.control.NationalCatalogue;
import org.tongban.catalogue.entity.Impact;
import org.tongban.catalogue.entity.ItemDefinition;
import org.tongban.catalogue.entity.ItemVersion;
import org.tongban.catalogue.entity.VariancePolicy;
import org.tongban.catalogue.entity.Workflow;
import org.tongban.jurisdiction.entity.Level;
import org.tongban.platform.boundary.FacesMessages;
import org.tongban.platform.control.BusinessException;
import org.tongban.platform.control.FieldChecks;

/**
 * admin/catalogue/revision.xhtml: a catalogue administrator revises a national item. The revision
 * is saved as a new draft version, its impact on local implementation lists is shown, and only
 * then can it be published. Materials and form fields are carried over from the version in force;
 * changing them goes through the API (POST /api/v1/catalogue/items/{code}/versions).
 */
@Named
@ViewScoped
public class RevisionBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient NationalCatalogue catalogue;

    @Inject
    transient CatalogueDesk desk;

    private String item;
    private List<ItemVersion> items;
    private ItemVersion current;
    private String nameZh;
    private String nameEn;
    private String legalBasisZh;
    private String legalBasisEn;
    private Level handlingLevel;
    private Integer statutoryLimitDays;
    private BigDecimal feeYuan;
    private Workflow workflow;
    private Integer minPromisedDays;
    private boolean materialsMayBeWaived;
    private boolean materialsMayBeAdded;
    private boolean feeMayBeLower;
    private boolean extraFieldsAllowed;
    private Integer draftVersion;
    private Impact impact;

    public void load() {
        items = catalogue.search(null, null, 0, 1000).items();
        if (item == null || item.isBlank()) {
            item = items.isEmpty() ? null : items.get(0).code();
        }
        current = item == null ? null : catalogue.findPublished(item).orElse(null);
        draftVersion = null;
        impact = null;
        if (current != null) {
            nameZh = current.nameZh();
            nameEn = current.nameEn();
            legalBasisZh = current.legalBasisZh();
            legalBasisEn = current.legalBasisEn();
            handlingLevel = current.handlingLevel();
            statutoryLimitDays = current.statutoryLimitDays();
            feeYuan = BigDecimal.valueOf(current.feeFen(), 2);
            workflow = current.workflow();
            VariancePolicy p = current.variancePolicy();
            minPromisedDays = p.minPromisedDays();
            materialsMayBeWaived = p.materialsMayBeWaived();
            materialsMayBeAdded = p.materialsMayBeAdded();
            feeMayBeLower = p.feeMayBeLower();
            extraFieldsAllowed = p.extraFieldsAllowed();
        }
    }

    /** Saves the form as a new draft version and shows what publishing it would touch. */
    public void draft() {
        FieldChecks checks = new FieldChecks();
        try {
            for (var field : Map.of("nameZh", nullToEmpty(nameZh), "nameEn", nullToEmpty(nameEn),
                    "legalBasisZh", nullToEmpty(legalBasisZh), "legalBasisEn", nullToEmpty(legalBasisEn)).entrySet()) {
                checks.required(field.getKey(), field.getValue());
            }
            int limit = statutoryLimitDays == null ? 0 : statutoryLimitDays;
            if (limit < 1 || limit > 365) {
                checks.problem("statutoryLimitDays", "catalogue.limit.range");
            }
            if (feeYuan == null || feeYuan.signum() < 0) {
                checks.problem("feeFen", "catalogue.fee.negative");
            }
            if (minPromisedDays == null || minPromisedDays < 1 || minPromisedDays > Math.max(limit, 1)) {
                checks.problem("variancePolicy.minPromisedDays", "catalogue.policy.minPromised");
            }
            checks.throwIfAny();
            ItemDefinition definition = new ItemDefinition(nameZh.strip(), nameEn.strip(), legalBasisZh.strip(),
                    legalBasisEn.strip(), handlingLevel, limit, feeYuan.movePointRight(2).longValue(), workflow,
                    new VariancePolicy(minPromisedDays, materialsMayBeWaived, materialsMayBeAdded, feeMayBeLower,
                            extraFieldsAllowed),
                    current.materials(), current.fields());
            ItemVersion draft = desk.draftRevision(item, definition);
            draftVersion = draft.version();
            impact = desk.impact(item, draftVersion);
        } catch (BusinessException problem) {
            FacesMessages.show(problem, Map.of());
        }
    }

    public void publish() {
        try {
            desk.publish(item, draftVersion);
            FacesMessages.info("revision.published");
            load();
        } catch (BusinessException problem) {
            FacesMessages.show(problem, Map.of());
        }
    }

    private static String nullToEmpty(String text) {
        return text == null ? "" : text;
    }

    public List<Level> getLevels() {
        return List.of(Level.PROVINCE, Level.PREFECTURE, Level.COUNTY);
    }

    public List<Workflow> getWorkflows() {
        return Arrays.asList(Workflow.values());
    }

    public List<ItemVersion> getItems() { return items; }
    public ItemVersion getCurrent() { return current; }
    public Integer getDraftVersion() { return draftVersion; }
    public Impact getImpact() { return impact; }
    public String getItem() { return item; }
    public void setItem(String item) { this.item = item; }
    public String getNameZh() { return nameZh; }
    public void setNameZh(String nameZh) { this.nameZh = nameZh; }
    public String getNameEn() { return nameEn; }
    public void setNameEn(String nameEn) { this.nameEn = nameEn; }
    public String getLegalBasisZh() { return legalBasisZh; }
    public void setLegalBasisZh(String legalBasisZh) { this.legalBasisZh = legalBasisZh; }
    public String getLegalBasisEn() { return legalBasisEn; }
    public void setLegalBasisEn(String legalBasisEn) { this.legalBasisEn = legalBasisEn; }
    public Level getHandlingLevel() { return handlingLevel; }
    public void setHandlingLevel(Level handlingLevel) { this.handlingLevel = handlingLevel; }
    public Integer getStatutoryLimitDays() { return statutoryLimitDays; }
    public void setStatutoryLimitDays(Integer statutoryLimitDays) { this.statutoryLimitDays = statutoryLimitDays; }
    public BigDecimal getFeeYuan() { return feeYuan; }
    public void setFeeYuan(BigDecimal feeYuan) { this.feeYuan = feeYuan; }
    public Workflow getWorkflow() { return workflow; }
    public void setWorkflow(Workflow workflow) { this.workflow = workflow; }
    public Integer getMinPromisedDays() { return minPromisedDays; }
    public void setMinPromisedDays(Integer minPromisedDays) { this.minPromisedDays = minPromisedDays; }
    public boolean isMaterialsMayBeWaived() { return materialsMayBeWaived; }
    public void setMaterialsMayBeWaived(boolean v) { this.materialsMayBeWaived = v; }
    public boolean isMaterialsMayBeAdded() { return materialsMayBeAdded; }
    public void setMaterialsMayBeAdded(boolean v) { this.materialsMayBeAdded = v; }
    public boolean isFeeMayBeLower() { return feeMayBeLower; }
    public void setFeeMayBeLower(boolean v) { this.feeMayBeLower = v; }
    public boolean isExtraFieldsAllowed() { return extraFieldsAllowed; }
    public void setExtraFieldsAllowed(boolean v) { this.extraFieldsAllowed = v; }
}
