package org.tongban.catalogue.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.Optional;

/**
 * What a local implementation may change of a national item, and within which bounds. The
 * promised limit may only be shortened, and not below {@link #minPromisedDays()}; the fee may
 * never exceed the national one. {@link #violationOf} names the rule a delta breaks, if any.
 */
@Embeddable
public class VariancePolicy {

    @Column(name = "min_promised_days")
    private int minPromisedDays;

    @Column(name = "materials_may_be_waived")
    private boolean materialsMayBeWaived;

    @Column(name = "materials_may_be_added")
    private boolean materialsMayBeAdded;

    @Column(name = "fee_may_be_lower")
    private boolean feeMayBeLower;

    @Column(name = "extra_fields_allowed")
    private boolean extraFieldsAllowed;

    protected VariancePolicy() {
    }

    public VariancePolicy(int minPromisedDays, boolean materialsMayBeWaived, boolean materialsMayBeAdded,
            boolean feeMayBeLower, boolean extraFieldsAllowed) {
        this.minPromisedDays = minPromisedDays;
        this.materialsMayBeWaived = materialsMayBeWaived;
        this.materialsMayBeAdded = materialsMayBeAdded;
        this.feeMayBeLower = feeMayBeLower;
        this.extraFieldsAllowed = extraFieldsAllowed;
    }

    /** The message key of the rule a delta breaks against this item version, if it breaks one. */
    public Optional<String> violationOf(DeltaKind kind, Integer days, Long feeFen, String legalBasis,
            int statutoryLimitDays, long nationalFeeFen) {
        String violation = switch (kind) {
            case PROMISED_LIMIT -> days > statutoryLimitDays ? "catalogue.violation.limitLonger"
                    : days < minPromisedDays ? "catalogue.violation.limitBelowMinimum" : null;
            case WAIVE_MATERIAL -> materialsMayBeWaived ? null : "catalogue.violation.waiveNotAllowed";
            case ADD_MATERIAL -> !materialsMayBeAdded ? "catalogue.violation.addNotAllowed"
                    : legalBasis == null || legalBasis.isBlank() ? "catalogue.violation.addWithoutBasis" : null;
            case FEE -> feeFen > nationalFeeFen ? "catalogue.violation.feeHigher"
                    : feeFen < nationalFeeFen && !feeMayBeLower ? "catalogue.violation.feeLowerNotAllowed" : null;
            case EXTRA_FIELD -> extraFieldsAllowed ? null : "catalogue.violation.extraFieldNotAllowed";
        };
        return Optional.ofNullable(violation);
    }

    public int minPromisedDays() {
        return minPromisedDays;
    }

    public boolean materialsMayBeWaived() {
        return materialsMayBeWaived;
    }

    public boolean materialsMayBeAdded() {
        return materialsMayBeAdded;
    }

    public boolean feeMayBeLower() {
        return feeMayBeLower;
    }

    public boolean extraFieldsAllowed() {
        return extraFieldsAllowed;
    }
}
