package org.tongban.catalogue.boundary;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.tongban.catalogue.control.LocalImplementations;
import org.tongban.catalogue.control.NationalCatalogue;
import org.tongban.catalogue.entity.DeltaDraft;
import org.tongban.catalogue.entity.DeltaKind;
import org.tongban.catalogue.entity.FieldType;
import org.tongban.catalogue.entity.ItemVersion;
import org.tongban.catalogue.entity.LocalImplementation;
import org.tongban.identity.control.CurrentUser;
import org.tongban.platform.boundary.FacesMessages;
import org.tongban.platform.control.BusinessException;

/**
 * clerk/catalogue/implementation.xhtml: an office's own local implementation list for one item.
 * Everyone in the office sees it; supervisors edit the deltas, each saved judged against the
 * item's variance policy (a delta outside it is kept, marked non-conforming).
 */
@Named
@ViewScoped
public class ImplementationBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient NationalCatalogue catalogue;

    @Inject
    transient LocalImplementations implementations;

    @Inject
    transient CatalogueDesk desk;

    @Inject
    transient CurrentUser currentUser;

    private String item;
    private String jurisdiction;
    private Long version;
    private List<ItemVersion> items;
    private ItemVersion national;
    private final List<DeltaRow> rows = new ArrayList<>();
    private List<ImplementationRepresentation.DeltaRepresentation> saved = List.of();

    /** One editable delta; fee in yuan, as people read fees. */
    public static class DeltaRow implements Serializable {
        private static final long serialVersionUID = 1L;
        private DeltaKind kind = DeltaKind.PROMISED_LIMIT;
        private String targetCode;
        private Integer days;
        private java.math.BigDecimal feeYuan;
        private String nameZh;
        private String nameEn;
        private FieldType fieldType;
        private String reason;
        private String legalBasis;

        public DeltaKind getKind() { return kind; }
        public void setKind(DeltaKind kind) { this.kind = kind; }
        public String getTargetCode() { return targetCode; }
        public void setTargetCode(String targetCode) { this.targetCode = targetCode; }
        public Integer getDays() { return days; }
        public void setDays(Integer days) { this.days = days; }
        public java.math.BigDecimal getFeeYuan() { return feeYuan; }
        public void setFeeYuan(java.math.BigDecimal feeYuan) { this.feeYuan = feeYuan; }
        public String getNameZh() { return nameZh; }
        public void setNameZh(String nameZh) { this.nameZh = nameZh; }
        public String getNameEn() { return nameEn; }
        public void setNameEn(String nameEn) { this.nameEn = nameEn; }
        public FieldType getFieldType() { return fieldType; }
        public void setFieldType(FieldType fieldType) { this.fieldType = fieldType; }
        public String getReason() { return reason; }
        public void setReason(String reason) { this.reason = reason; }
        public String getLegalBasis() { return legalBasis; }
        public void setLegalBasis(String legalBasis) { this.legalBasis = legalBasis; }

        DeltaDraft draft() {
            Long fen = feeYuan == null ? null : feeYuan.movePointRight(2).longValue();
            return new DeltaDraft(kind, blankToNull(targetCode), days, fen, blankToNull(nameZh), blankToNull(nameEn), fieldType,
                    reason, legalBasis);
        }

        private static String blankToNull(String text) {
            return text == null || text.isBlank() ? null : text.strip();
        }
    }

    public void load() {
        items = catalogue.search(null, null, 0, 1000).items();
        jurisdiction = currentUser.get().jurisdictionCode().orElse(null);
        if (item == null || item.isBlank()) {
            item = items.isEmpty() ? null : items.get(0).code();
        }
        national = item == null ? null : catalogue.findPublished(item).orElse(null);
        rows.clear();
        saved = List.of();
        version = null;
        if (national != null && jurisdiction != null) {
            implementations.find(item, jurisdiction).ifPresent(this::show);
        }
    }

    private void show(LocalImplementation implementation) {
        version = implementation.version();
        saved = ImplementationRepresentation.of(implementation).deltas();
        rows.clear();
        implementation.deltas().forEach(d -> {
            DeltaRow row = new DeltaRow();
            row.kind = d.kind();
            row.targetCode = d.targetCode();
            row.days = d.days();
            row.feeYuan = d.feeFen() == null ? null : java.math.BigDecimal.valueOf(d.feeFen(), 2);
            row.nameZh = d.nameZh();
            row.nameEn = d.nameEn();
            row.fieldType = d.fieldType();
            row.reason = d.reason();
            row.legalBasis = d.legalBasis();
            rows.add(row);
        });
    }

    public void addRow() {
        rows.add(new DeltaRow());
    }

    public void removeRow(DeltaRow row) {
        rows.remove(row);
    }

    public void save() {
        try {
            LocalImplementation implementation = desk.declare(item, jurisdiction,
                    rows.stream().map(DeltaRow::draft).toList(), version);
            show(implementation);
            FacesMessages.info("implementation.saved");
        } catch (BusinessException problem) {
            FacesMessages.show(problem, Map.of());
        }
    }

    public boolean isSupervisor() {
        return currentUser.account().map(a -> a.has(org.tongban.identity.entity.Role.SUPERVISOR)).orElse(false);
    }

    public List<DeltaKind> getKinds() {
        return Arrays.asList(DeltaKind.values());
    }

    public List<FieldType> getFieldTypes() {
        return Arrays.asList(FieldType.values());
    }

    public List<ItemVersion> getItems() {
        return items;
    }

    public ItemVersion getNational() {
        return national;
    }

    public List<DeltaRow> getRows() {
        return rows;
    }

    public List<ImplementationRepresentation.DeltaRepresentation> getSaved() {
        return saved;
    }

    public String getItem() {
        return item;
    }

    public void setItem(String item) {
        this.item = item;
    }

    public String getJurisdiction() {
        return jurisdiction;
    }
}
