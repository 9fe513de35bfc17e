package org.tongban.cases.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/**
 * An application being prepared, saved as the applicant types so nothing is lost when a phone
 * drops the page. It carries the idempotency key its submission will use, so submitting twice
 * (a double tap, a retry after a timeout) makes one case.
 */
@Entity
@Table(name = "case_draft")
public class CaseDraft {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private Long id;

    @Column(name = "applicant_id")
    private Long applicantId;

    @Column(name = "item_code")
    private String itemCode;

    @Column(name = "region_code")
    private String regionCode;

    @Column(name = "enterprise_code")
    private String enterpriseCode;

    @Column(name = "answers")
    private String answers;

    @Column(name = "idempotency_key")
    private String idempotencyKey;

    @Column(name = "updated_at")
    private Instant updatedAt;

    @Version
    @Column(name = "version")
    private long version;

    protected CaseDraft() {
    }

    public void save(String regionCode, String enterpriseCode, String answersJson) {
        this.regionCode = regionCode;
        this.enterpriseCode = enterpriseCode;
        this.answers = answersJson;
        this.updatedAt = Instant.now();
    }

    public Long id() {
        return id;
    }

    public Long applicantId() {
        return applicantId;
    }

    public String itemCode() {
        return itemCode;
    }

    public String regionCode() {
        return regionCode;
    }

    public String enterpriseCode() {
        return enterpriseCode;
    }

    public String answers() {
        return answers;
    }

    public String idempotencyKey() {
        return idempotencyKey;
    }

    public Instant updatedAt() {
        return updatedAt;
    }
}
