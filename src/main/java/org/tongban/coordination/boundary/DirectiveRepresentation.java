package org.tongban.coordination.boundary;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.tongban.coordination.entity.DirectiveRecipient;

/**
 * A directive as its sender or a recipient sees it. The sender sees every recipient's part; a
 * recipient office only its own. {@code overdue}: past the deadline and not completed by all shown.
 */
public record DirectiveRepresentation(long id, String subject, String text, String itemCode, String figure,
        LocalDate dueOn, Instant sentAt, String senderJurisdiction, String senderName, String senderNameEn, boolean overdue,
        long recipientCount, long acknowledged, long completed, List<Recipient> recipients) {

    /** One recipient office's part. */
    public record Recipient(String code, String name, String nameEn, DirectiveRecipient.Progress progress,
            Instant acknowledgedAt, Instant completedAt, String note, boolean overdue) {
    }
}
