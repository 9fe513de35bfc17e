package org.tongban.cases.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A task a bad rating opens for the deciding office's supervisors: look into the case and record,
 * by the deadline, what was done. The applicant sees the outcome.
 */
@Entity
@Table(name = "rectification")
public class Rectification {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private Long id;

    @Column(name = "case_id")
    private Long caseId;

    @Column(name = "jurisdiction_code")
    private String jurisdictionCode;

    @Column(name = "opened_at")
    private Instant openedAt;

    @Column(name = "due_on")
    private LocalDate dueOn;

    @Column(name = "resolved_at")
    private Instant resolvedAt;

    @Column(name = "resolved_by")
    private Long resolvedBy;

    @Column(name = "outcome")
    private String outcome;

    @Version
    @Column(name = "version")
    private long version;

    protected Rectification() {
    }

    public Rectification(long caseId, String jurisdictionCode, LocalDate dueOn) {
        this.caseId = caseId;
        this.jurisdictionCode = jurisdictionCode;
        this.openedAt = Instant.now();
        this.dueOn = dueOn;
    }

    /** Records what was done; answers false if it was resolved already. */
    public boolean resolve(long byAccount, String outcome) {
        if (resolvedAt != null) {
            return false;
        }
        this.resolvedAt = Instant.now();
        this.resolvedBy = byAccount;
        this.outcome = outcome.strip();
        return true;
    }

    public boolean overdueOn(LocalDate today) {
        return resolvedAt == null && today.isAfter(dueOn);
    }

    public Long id() {
        return id;
    }

    public Long caseId() {
        return caseId;
    }

    public String jurisdictionCode() {
        return jurisdictionCode;
    }

    public Instant openedAt() {
        return openedAt;
    }

    public LocalDate dueOn() {
        return dueOn;
    }

    public Instant resolvedAt() {
        return resolvedAt;
    }

    public String outcome() {
        return outcome;
    }

    public long version() {
        return version;
    }
}
