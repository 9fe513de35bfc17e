package org.tongban.cases.entity;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * An application for a local implementation of a national item. It records the item version it
 * was made under, the region whose implementation applies and the jurisdiction that decides, and
 * every step taken. Optimistic locking means two clerks can never both decide it.
 */
@Entity
@Table(name = "case_file")
public class CaseFile {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private Long id;

    @Column(name = "tracking_number")
    private String trackingNumber;

    @Column(name = "item_code")
    private String itemCode;

    @Column(name = "item_version")
    private int itemVersion;

    @Column(name = "region_code")
    private String regionCode;

    @Column(name = "jurisdiction_code")
    private String jurisdictionCode;

    @Column(name = "applicant_id")
    private Long applicantId;

    @Column(name = "enterprise_code")
    private String enterpriseCode;

    @Enumerated(EnumType.STRING)
    @Column(name = "status")
    private CaseStatus status;

    @Enumerated(EnumType.STRING)
    @Column(name = "status_before_supplement")
    private CaseStatus statusBeforeSupplement;

    @Column(name = "answers")
    private String answers;

    @Column(name = "promised_days")
    private int promisedDays;

    @Column(name = "extension_days")
    private Integer extensionDays;

    @Column(name = "extension_reason")
    private String extensionReason;

    @Column(name = "idempotency_key")
    private String idempotencyKey;

    @Column(name = "request_digest")
    private String requestDigest;

    @Column(name = "submitted_at")
    private Instant submittedAt;

    @Column(name = "accepted_on")
    private LocalDate acceptedOn;

    @Column(name = "decided_at")
    private Instant decidedAt;

    @Version
    @Column(name = "version")
    private long version;

    @OneToMany(mappedBy = "caseFile", cascade = CascadeType.ALL, fetch = FetchType.LAZY)
    @OrderBy("at")
    private List<CaseTransition> transitions = new ArrayList<>();

    protected CaseFile() {
    }

    /** A submitted application; the submission is its first recorded step. */
    public static CaseFile submitted(TrackingNumber number, String itemCode, int itemVersion, String regionCode,
            String jurisdictionCode, long applicantId, String enterpriseCode, String answers, int promisedDays,
            String idempotencyKey, String requestDigest) {
        CaseFile c = new CaseFile();
        c.trackingNumber = number.value();
        c.itemCode = itemCode;
        c.itemVersion = itemVersion;
        c.regionCode = regionCode;
        c.jurisdictionCode = jurisdictionCode;
        c.applicantId = applicantId;
        c.enterpriseCode = enterpriseCode;
        c.status = CaseStatus.SUBMITTED;
        c.answers = answers;
        c.promisedDays = promisedDays;
        c.idempotencyKey = idempotencyKey;
        c.requestDigest = requestDigest;
        c.submittedAt = Instant.now();
        c.transitions.add(new CaseTransition(c, CaseAction.SUBMIT, CaseStatus.DRAFT, CaseStatus.SUBMITTED, applicantId,
                null, null));
        return c;
    }

    public Long id() {
        return id;
    }

    public String trackingNumber() {
        return trackingNumber;
    }

    public String itemCode() {
        return itemCode;
    }

    public int itemVersion() {
        return itemVersion;
    }

    public String regionCode() {
        return regionCode;
    }

    public String jurisdictionCode() {
        return jurisdictionCode;
    }

    public Long applicantId() {
        return applicantId;
    }

    public String enterpriseCode() {
        return enterpriseCode;
    }

    public CaseStatus status() {
        return status;
    }

    public String answers() {
        return answers;
    }

    public int promisedDays() {
        return promisedDays;
    }

    public Integer extensionDays() {
        return extensionDays;
    }

    public String requestDigest() {
        return requestDigest;
    }

    public Instant submittedAt() {
        return submittedAt;
    }

    public LocalDate acceptedOn() {
        return acceptedOn;
    }

    public long version() {
        return version;
    }

    public List<CaseTransition> transitions() {
        return List.copyOf(transitions);
    }
}
