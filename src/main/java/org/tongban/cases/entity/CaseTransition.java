package org.tongban.cases.entity;

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
import java.time.Instant;

/** One recorded step of a case: what, from which state to which, by whom (party, person, office), when and why. */
@Entity
@Table(name = "case_transition")
public class CaseTransition {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "case_id")
    private CaseFile caseFile;

    @Column(name = "at")
    private Instant at;

    @Enumerated(EnumType.STRING)
    @Column(name = "action")
    private CaseAction action;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_status")
    private CaseStatus fromStatus;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_status")
    private CaseStatus toStatus;

    @Enumerated(EnumType.STRING)
    @Column(name = "party")
    private Party party;

    @Column(name = "actor_id")
    private Long actorId;

    @Column(name = "office_id")
    private Long officeId;

    @Column(name = "reason")
    private String reason;

    protected CaseTransition() {
    }

    CaseTransition(CaseFile caseFile, CaseAction action, CaseStatus from, CaseStatus to, long actorId, Long officeId,
            String reason) {
        this.caseFile = caseFile;
        this.at = Instant.now();
        this.action = action;
        this.fromStatus = from;
        this.toStatus = to;
        this.party = action.party();
        this.actorId = actorId;
        this.officeId = officeId;
        this.reason = reason;
    }

    public Instant at() {
        return at;
    }

    public CaseAction action() {
        return action;
    }

    public CaseStatus fromStatus() {
        return fromStatus;
    }

    public CaseStatus toStatus() {
        return toStatus;
    }

    public Party party() {
        return party;
    }

    public Long officeId() {
        return officeId;
    }

    public String reason() {
        return reason;
    }
}
