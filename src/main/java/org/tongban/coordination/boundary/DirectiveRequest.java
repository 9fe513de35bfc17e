package org.tongban.coordination.boundary;

import java.util.List;

/**
 * A directive to send: to the offices of {@code recipients} (jurisdiction codes), due on
 * {@code dueOn} (an ISO date); {@code itemCode} and {@code figure} are optional references.
 */
public record DirectiveRequest(String subject, String text, List<String> recipients, String itemCode, String figure,
        String dueOn) {
}
