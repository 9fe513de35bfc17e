package org.tongban.identity.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import org.tongban.platform.control.Database;

/**
 * Opaque bearer tokens: 256 random bits shown once to their owner; only their SHA-256 digest is
 * stored, so a leaked table cannot be replayed. A token can be revoked and stops working at its
 * expiry on every instance at once.
 */
@ApplicationScoped
public class ApiTokens {

    private static final SecureRandom RANDOM = new SecureRandom();

    @PersistenceContext(unitName = Database.UNIT)
    EntityManager em;

    public record IssuedToken(String token, Instant expiresAt) {
    }

    @Transactional
    public IssuedToken issue(long accountId, Duration lifetime) {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        Instant now = Instant.now();
        Instant expiresAt = now.plus(lifetime);
        em.createNativeQuery("insert into api_token (token_hash, account_id, issued_at, expires_at) values (?1, ?2, ?3, ?4)")
                .setParameter(1, digest(token))
                .setParameter(2, accountId)
                .setParameter(3, Timestamp.from(now))
                .setParameter(4, Timestamp.from(expiresAt))
                .executeUpdate();
        return new IssuedToken(token, expiresAt);
    }

    /** The account a live token belongs to. */
    public Optional<Long> accountOf(String token) {
        if (token == null || token.length() > 100) {
            return Optional.empty();
        }
        List<?> rows = em.createNativeQuery("""
                        select account_id from api_token
                        where token_hash = ?1 and revoked_at is null and expires_at > now()""")
                .setParameter(1, digest(token))
                .getResultList();
        return rows.stream().findFirst().map(id -> ((Number) id).longValue());
    }

    @Transactional
    public boolean revoke(String token) {
        return em.createNativeQuery("update api_token set revoked_at = now() where token_hash = ?1 and revoked_at is null")
                .setParameter(1, digest(token))
                .executeUpdate() > 0;
    }

    static String digest(String token) {
        return org.tongban.platform.control.Digests.sha256Hex(token.getBytes(StandardCharsets.US_ASCII));
    }
}
