package org.tongban.cases.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.security.SecureRandom;
import java.time.Instant;
import java.time.LocalDate;

/**
 * The electronic certificate an approval issues. It keeps a copy of what it shows (item, holder,
 * office, validity), so it reads the same after the catalogue or the account changes. Anyone with
 * its verification code can check whether it is valid, revoked or expired.
 */
@Entity
@Table(name = "certificate")
public class Certificate {

    /** Crockford's base-32 alphabet: no I, L, O or U to misread. */
    private static final char[] ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ".toCharArray();
    private static final SecureRandom RANDOM = new SecureRandom();

    public enum State { VALID, REVOKED, EXPIRED }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private Long id;

    @Column(name = "verification_code")
    private String verificationCode;

    @Column(name = "case_id")
    private Long caseId;

    @Column(name = "item_code")
    private String itemCode;

    @Column(name = "item_name_zh")
    private String itemNameZh;

    @Column(name = "item_name_en")
    private String itemNameEn;

    @Column(name = "office_id")
    private Long officeId;

    @Column(name = "holder_name")
    private String holderName;

    @Column(name = "holder_id_masked")
    private String holderIdMasked;

    @Column(name = "issued_on")
    private LocalDate issuedOn;

    @Column(name = "valid_until")
    private LocalDate validUntil;

    @Column(name = "revoked_at")
    private Instant revokedAt;

    @Column(name = "revoked_by")
    private Long revokedBy;

    @Column(name = "revocation_reason")
    private String revocationReason;

    protected Certificate() {
    }

    public Certificate(long caseId, String itemCode, String itemNameZh, String itemNameEn, long officeId,
            String holderName, String holderIdMasked, LocalDate issuedOn, Integer validityYears) {
        this.verificationCode = newCode();
        this.caseId = caseId;
        this.itemCode = itemCode;
        this.itemNameZh = itemNameZh;
        this.itemNameEn = itemNameEn;
        this.officeId = officeId;
        this.holderName = holderName;
        this.holderIdMasked = holderIdMasked;
        this.issuedOn = issuedOn;
        this.validUntil = validityYears == null ? null : issuedOn.plusYears(validityYears).minusDays(1);
    }

    /** 20 characters of base 32: 100 random bits, grouped by four for reading aloud. */
    static String newCode() {
        StringBuilder code = new StringBuilder();
        for (int i = 0; i < 20; i++) {
            if (i > 0 && i % 4 == 0) {
                code.append('-');
            }
            code.append(ALPHABET[RANDOM.nextInt(ALPHABET.length)]);
        }
        return code.toString();
    }

    /** The code as typed: case and separators do not matter. */
    public static String normalize(String typed) {
        if (typed == null) {
            return "";
        }
        String bare = typed.toUpperCase(java.util.Locale.ROOT).replaceAll("[^0-9A-Z]", "");
        if (bare.length() != 20) {
            return bare;
        }
        return String.join("-", bare.substring(0, 4), bare.substring(4, 8), bare.substring(8, 12),
                bare.substring(12, 16), bare.substring(16, 20));
    }

    public State stateOn(LocalDate today) {
        if (revokedAt != null) {
            return State.REVOKED;
        }
        return validUntil != null && today.isAfter(validUntil) ? State.EXPIRED : State.VALID;
    }

    /** Revokes it; answers false if it was revoked already. */
    public boolean revoke(long byAccount, String reason) {
        if (revokedAt != null) {
            return false;
        }
        revokedAt = Instant.now();
        revokedBy = byAccount;
        revocationReason = reason.strip();
        return true;
    }

    public Long id() {
        return id;
    }

    public String verificationCode() {
        return verificationCode;
    }

    public Long caseId() {
        return caseId;
    }

    public String itemCode() {
        return itemCode;
    }

    public String itemNameZh() {
        return itemNameZh;
    }

    public String itemNameEn() {
        return itemNameEn;
    }

    public Long officeId() {
        return officeId;
    }

    public String holderName() {
        return holderName;
    }

    public String holderIdMasked() {
        return holderIdMasked;
    }

    public LocalDate issuedOn() {
        return issuedOn;
    }

    public LocalDate validUntil() {
        return validUntil;
    }

    public Instant revokedAt() {
        return revokedAt;
    }

    public String revocationReason() {
        return revocationReason;
    }
}
