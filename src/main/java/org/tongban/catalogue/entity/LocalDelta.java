package org.tongban.catalogue.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/**
 * One declared difference of a local implementation, judged against the item's variance policy
 * when it was saved: conforming, or non-conforming with the rule it breaks.
 */
@Entity
@Table(name = "local_delta")
public class LocalDelta {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "implementation_id")
    private LocalImplementation implementation;

    @Column(name = "position")
    private int position;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind")
    private DeltaKind kind;

    @Column(name = "target_code")
    private String targetCode;

    @Column(name = "days")
    private Integer days;

    @Column(name = "fee_fen")
    private Long feeFen;

    @Column(name = "name_zh")
    private String nameZh;

    @Column(name = "name_en")
    private String nameEn;

    @Enumerated(EnumType.STRING)
    @Column(name = "field_type")
    private FieldType fieldType;

    @Column(name = "reason")
    private String reason;

    @Column(name = "legal_basis")
    private String legalBasis;

    @Column(name = "conforming")
    private boolean conforming;

    @Column(name = "violation")
    private String violation;

    protected LocalDelta() {
    }

    LocalDelta(LocalImplementation implementation, int position, DeltaDraft draft, String violation) {
        this.implementation = implementation;
        this.position = position;
        this.kind = draft.kind();
        this.targetCode = draft.targetCode();
        this.days = draft.days();
        this.feeFen = draft.feeFen();
        this.nameZh = draft.nameZh();
        this.nameEn = draft.nameEn();
        this.fieldType = draft.fieldType();
        this.reason = draft.reason().strip();
        this.legalBasis = draft.legalBasis() == null || draft.legalBasis().isBlank() ? null : draft.legalBasis().strip();
        this.violation = violation;
        this.conforming = violation == null;
    }

    /** Judges this delta again, against a newly published national version. */
    public void rejudge(ItemVersion national) {
        violation = national.variancePolicy().violationOf(kind, days, feeFen, legalBasis, national.statutoryLimitDays(),
                national.feeFen()).orElse(null);
        conforming = violation == null;
    }

    /** What judging this delta against another version would say, without changing it. */
    public java.util.Optional<String> violationUnder(ItemVersion national) {
        return national.variancePolicy().violationOf(kind, days, feeFen, legalBasis, national.statutoryLimitDays(),
                national.feeFen());
    }

    public LocalImplementation implementation() {
        return implementation;
    }

    public DeltaKind kind() {
        return kind;
    }

    public String targetCode() {
        return targetCode;
    }

    public Integer days() {
        return days;
    }

    public Long feeFen() {
        return feeFen;
    }

    public String nameZh() {
        return nameZh;
    }

    public String nameEn() {
        return nameEn;
    }

    public FieldType fieldType() {
        return fieldType;
    }

    public String reason() {
        return reason;
    }

    public String legalBasis() {
        return legalBasis;
    }

    public boolean conforming() {
        return conforming;
    }

    /** The message key of the broken rule; null when conforming. */
    public String violation() {
        return violation;
    }

    public int position() {
        return position;
    }
}
