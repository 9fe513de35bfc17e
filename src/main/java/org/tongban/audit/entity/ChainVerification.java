package org.tongban.audit.entity;

import java.time.Instant;

/**
 * The result of recomputing every entry's digest and link. {@code headHash} is the hash of the
 * last entry: recorded outside the database, it also proves that no entry was cut off the end.
 */
public record ChainVerification(long entries, boolean intact, Long firstBrokenEntry, Long lastEntry, String headHash,
        Instant verifiedAt) {
}
