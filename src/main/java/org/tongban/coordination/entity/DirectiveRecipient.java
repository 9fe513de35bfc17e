package org.tongban.coordination.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * One recipient office's part in a directive: acknowledged, then completed with a note. Completing
 * acknowledges too; neither can be taken back.
 */
@Entity
@Table(name = "directive_recipient")
@IdClass(DirectiveRecipient.Key.class)
public class DirectiveRecipient {

    /** Where a recipient stands. */
    public enum Progress {
        SENT, ACKNOWLEDGED, COMPLETED
    }

    public static class Key implements Serializable {

        private static final long serialVersionUID = 1L;

        private Long directiveId;
        private String jurisdictionCode;

        public Key() {
        }

        public Key(Long directiveId, String jurisdictionCode) {
            this.directiveId = directiveId;
            this.jurisdictionCode = jurisdictionCode;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Objects.equals(directiveId, k.directiveId)
                    && Objects.equals(jurisdictionCode, k.jurisdictionCode);
        }

        @Override
        public int hashCode() {
            return Objects.hash(directiveId, jurisdictionCode);
        }
    }

    @Id
    @Column(name = "directive_id")
    private Long directiveId;

    @Id
    @Column(name = "jurisdiction_code")
    private String jurisdictionCode;

    @Column(name = "acknowledged_at")
    private Instant acknowledgedAt;

    @Column(name = "acknowledged_by")
    private Long acknowledgedBy;

    @Column(name = "completed_at")
    private Instant completedAt;

    @Column(name = "completed_by")
    private Long completedBy;

    @Column(name = "completion_note")
    private String completionNote;

    @Version
    @Column(name = "version")
    private long version;

    protected DirectiveRecipient() {
    }

    public DirectiveRecipient(long directiveId, String jurisdictionCode) {
        this.directiveId = directiveId;
        this.jurisdictionCode = jurisdictionCode;
    }

    /** @return false when acknowledged already */
    public boolean acknowledge(long by) {
        if (acknowledgedAt != null) {
            return false;
        }
        acknowledgedAt = Instant.now();
        acknowledgedBy = by;
        return true;
    }

    /** @return the message key of the rule that refuses it, if refused */
    public Optional<String> complete(long by, String note) {
        if (completedAt != null) {
            return Optional.of("directives.completedAlready");
        }
        acknowledge(by);
        completedAt = Instant.now();
        completedBy = by;
        completionNote = note.strip();
        return Optional.empty();
    }

    public Progress progress() {
        return completedAt != null ? Progress.COMPLETED : acknowledgedAt != null ? Progress.ACKNOWLEDGED : Progress.SENT;
    }

    /** Not completed although the deadline has passed. */
    public boolean overdueOn(LocalDate today, LocalDate dueOn) {
        return completedAt == null && today.isAfter(dueOn);
    }

    public Long directiveId() {
        return directiveId;
    }

    public String jurisdictionCode() {
        return jurisdictionCode;
    }

    public Instant acknowledgedAt() {
        return acknowledgedAt;
    }

    public Instant completedAt() {
        return completedAt;
    }

    public String completionNote() {
        return completionNote;
    }
}
