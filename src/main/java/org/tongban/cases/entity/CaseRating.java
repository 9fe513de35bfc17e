package org.tongban.cases.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** The applicant's rating of a decided case, 1 (bad) to 5 (very good): once per case. */
@Entity
@Table(name = "case_rating")
public class CaseRating {

    @Id
    @Column(name = "case_id")
    private Long caseId;

    @Column(name = "score")
    private short score;

    @Column(name = "comment")
    private String comment;

    @Column(name = "rated_at")
    private Instant ratedAt;

    protected CaseRating() {
    }

    public CaseRating(long caseId, int score, String comment) {
        this.caseId = caseId;
        this.score = (short) score;
        this.comment = comment == null || comment.isBlank() ? null : comment.strip();
        this.ratedAt = Instant.now();
    }

    /** A 1 or a 2 means the service failed the applicant, and the office must look into it. */
    public boolean bad() {
        return score <= 2;
    }

    public Long caseId() {
        return caseId;
    }

    public int score() {
        return score;
    }

    public String comment() {
        return comment;
    }

    public Instant ratedAt() {
        return ratedAt;
    }
}
