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

    @Column(name = "due_on")
    private LocalDate dueOn;

    @Column(name = "yellow_on")
    private LocalDate yellowOn;

    @Column(name = "assignee_id")
    private Long assigneeId;

    @Column(name = "supplied_at")
    private Instant suppliedAt;

    @Column(name = "marks_stale")
    private boolean marksStale;

    /** When the deadline phase ended, and how: what the monitoring figures count a case by once it is settled. */
    @Column(name = "settled_at")
    private Instant settledAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "settled_outcome")
    private Outcome settledOutcome;

    @Column(name = "settled_due_on")
    private LocalDate settledDueOn;

    @Column(name = "settled_yellow_on")
    private LocalDate settledYellowOn;

    @Column(name = "working_days")
    private Integer workingDays;

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

    /**
     * Takes a step, if the workflow allows it now; records who, which office and why.
     *
     * @return the message key of the rule that refuses it, if refused
     */
    public java.util.Optional<String> take(CaseAction action, org.tongban.catalogue.entity.Workflow workflow, String reason,
            Integer days, long actorId, Long officeId, LocalDate today) {
        if (action.reasonRequired() && (reason == null || reason.isBlank())) {
            return java.util.Optional.of("cases.action.reasonRequired");
        }
        var outcome = CaseWorkflow.next(workflow, status, action, statusBeforeSupplement, extensionDays != null);
        if (!outcome.allowed()) {
            return outcome.refusal();
        }
        if (action == CaseAction.EXTEND && (days == null || days < 1 || days > promisedDays)) {
            return java.util.Optional.of("cases.action.extensionDays");
        }
        CaseStatus from = status;
        CaseStatus to = outcome.next().orElseThrow();
        switch (action) {
            case ACCEPT -> acceptedOn = today;
            case REQUEST_SUPPLEMENT -> statusBeforeSupplement = from;
            case SUPPLY -> {
                statusBeforeSupplement = null;
                suppliedAt = Instant.now();
            }
            case EXTEND -> {
                extensionDays = days;
                extensionReason = reason.strip();
            }
            case APPROVE, DENY, REFUSE -> {
                decidedAt = Instant.now();
                if (acceptedOn == null) {
                    acceptedOn = today; // decided at intake
                }
            }
            default -> {
                // the state change says it all
            }
        }
        if (action.party() == Party.OFFICE && action != CaseAction.EXTEND) {
            suppliedAt = null; // the office has answered what the applicant sent
        }
        status = to;
        transitions.add(new CaseTransition(this, action, from, to, actorId, officeId,
                reason == null || reason.isBlank() ? null : reason.strip()));
        return java.util.Optional.empty();
    }

    /** How the deadline phase of a case ended. */
    public enum Outcome {
        APPROVED, DENIED, REFUSED, WITHDRAWN
    }

    /**
     * Keeps the clock's marks on the case, so lists sort and filter by them; a finished case has
     * none. The first reading after the decision or withdrawal also settles the case: the outcome,
     * the marks as they stood and the working days used stay with it for good.
     */
    public void mark(LegalClock.Reading reading) {
        LegalClock.Marks marks = reading.marks();
        this.dueOn = status.inProgress() ? marks.deadline() : null;
        this.yellowOn = status.inProgress() ? marks.yellowFrom() : null;
        this.marksStale = false;
        Instant ended = endedAt();
        if (ended != null && settledAt == null) {
            settledAt = ended;
            settledOutcome = switch (status) {
                case WITHDRAWN -> Outcome.WITHDRAWN;
                case DENIED -> Outcome.DENIED;
                case REFUSED -> Outcome.REFUSED;
                default -> Outcome.APPROVED;
            };
            settledDueOn = marks.deadline();
            settledYellowOn = marks.yellowFrom();
            workingDays = reading.usedDays();
        }
    }

    public java.util.Optional<Outcome> settledOutcome() {
        return java.util.Optional.ofNullable(settledOutcome);
    }

    public Integer workingDays() {
        return workingDays;
    }

    /** Claims the case for a clerk, or (by a supervisor) hands it to one; null releases it. */
    public void assign(Long accountId) {
        this.assigneeId = accountId;
    }

    /** When the clock stopped for good: the decision, or the withdrawal; null while the case is open. */
    public Instant endedAt() {
        if (decidedAt != null) {
            return decidedAt;
        }
        if (status == CaseStatus.WITHDRAWN && !transitions.isEmpty()) {
            return transitions.get(transitions.size() - 1).at();
        }
        return null;
    }

    /** The periods the clock stood still: from the day after each supplement request to the day of supply. */
    public List<LegalClock.Pause> pauses(java.time.ZoneId zone) {
        List<LegalClock.Pause> pauses = new ArrayList<>();
        LocalDate from = null;
        String reason = null;
        for (CaseTransition t : transitions) {
            LocalDate day = t.at().atZone(zone).toLocalDate();
            if (t.action() == CaseAction.REQUEST_SUPPLEMENT) {
                from = day.plusDays(1);
                reason = t.reason();
            } else if (t.action() == CaseAction.SUPPLY && from != null) {
                pauses.add(new LegalClock.Pause(from, day.plusDays(1).isAfter(from) ? day.plusDays(1) : from, reason));
                from = null;
            }
        }
        if (from != null) {
            pauses.add(new LegalClock.Pause(from, null, reason));
        }
        return pauses;
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

    public Instant decidedAt() {
        return decidedAt;
    }

    public String extensionReason() {
        return extensionReason;
    }

    public LocalDate dueOn() {
        return dueOn;
    }

    public LocalDate yellowOn() {
        return yellowOn;
    }

    public Long assigneeId() {
        return assigneeId;
    }

    /** Set while material the applicant supplied awaits the office's next step. */
    public Instant suppliedAt() {
        return suppliedAt;
    }

    public long version() {
        return version;
    }

    public List<CaseTransition> transitions() {
        return List.copyOf(transitions);
    }
}
