package org.tongban.identity.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.tongban.platform.control.Database;

/**
 * Counts sign-in attempts per account and failed ones per client address inside a window, and
 * locks a key for a while once it has had too many. An account's attempt is counted before its
 * password is checked, in one atomic statement, so parallel guesses cannot slip past the limit;
 * a success clears it. Kept in the database so that every instance sees the same counts; every
 * change commits on its own, whatever happens to the sign-in.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.REQUIRES_NEW)
public class LoginThrottle {

    @PersistenceContext(unitName = Database.UNIT)
    EntityManager em;

    @Inject
    @ConfigProperty(name = "tongban.login.account-max-failures")
    int accountMaxFailures;

    @Inject
    @ConfigProperty(name = "tongban.login.address-max-failures")
    int addressMaxFailures;

    @Inject
    @ConfigProperty(name = "tongban.login.lockout-seconds")
    int lockoutSeconds;

    @Inject
    @ConfigProperty(name = "tongban.login.failure-window-seconds", defaultValue = "900")
    int windowSeconds;

    /** How an attempt was admitted: refused while locked, or counted as the n-th in its window. */
    public record Admission(Optional<Instant> lockedUntil, int attempt) {
    }

    /**
     * Admits an attempt for an account name (the resolved account name where one exists, so that
     * signing in by e-mail and by name share one count) from an address: refused if either is
     * locked, otherwise counted at once.
     */
    public Admission admit(String accountName, String address) {
        Optional<Instant> locked = lockedUntil(accountKey(accountName), addressKey(address));
        if (locked.isPresent()) {
            return new Admission(locked, 0);
        }
        int attempt = count(accountKey(accountName), accountMaxFailures);
        return new Admission(Optional.empty(), attempt);
    }

    /** The attempt failed: the address is charged too; answers the lock now in force, if any. */
    public Optional<Instant> failed(String accountName, String address) {
        count(addressKey(address), addressMaxFailures);
        return lockedUntil(accountKey(accountName), addressKey(address));
    }

    public void succeeded(String accountName) {
        em.createNativeQuery("delete from login_throttle where throttle_key = ?1")
                .setParameter(1, accountKey(accountName))
                .executeUpdate();
    }

    /** Forgets counts whose window and lock have both passed. */
    public int purgeExpired() {
        return em.createNativeQuery("""
                        delete from login_throttle
                        where window_started_at < now() - make_interval(secs => ?1)
                          and (locked_until is null or locked_until < now())""")
                .setParameter(1, windowSeconds)
                .executeUpdate();
    }

    private Optional<Instant> lockedUntil(String accountKey, String addressKey) {
        List<?> rows = em.createNativeQuery("""
                        select max(locked_until) from login_throttle
                        where throttle_key in (?1, ?2) and locked_until > now()""")
                .setParameter(1, accountKey)
                .setParameter(2, addressKey)
                .getResultList();
        return rows.isEmpty() || rows.get(0) == null ? Optional.empty() : Optional.of(instant(rows.get(0)));
    }

    /** Counts one more against a key, atomically, and locks it when it reaches the limit. */
    private int count(String key, int max) {
        Number count = (Number) em.createNativeQuery("""
                        insert into login_throttle as t (throttle_key, failures, window_started_at, locked_until)
                        values (?1, 1, now(), case when 1 >= ?3 then now() + make_interval(secs => ?4) end)
                        on conflict (throttle_key) do update set
                            failures = case when t.window_started_at < now() - make_interval(secs => ?2)
                                                 or t.locked_until <= now() then 1 else t.failures + 1 end,
                            window_started_at = case when t.window_started_at < now() - make_interval(secs => ?2)
                                                 or t.locked_until <= now() then now() else t.window_started_at end,
                            locked_until = case
                                when t.locked_until > now() then t.locked_until
                                when (case when t.window_started_at < now() - make_interval(secs => ?2)
                                                or t.locked_until <= now() then 1 else t.failures + 1 end) >= ?3
                                    then now() + make_interval(secs => ?4)
                                end
                        returning failures""")
                .setParameter(1, key)
                .setParameter(2, windowSeconds)
                .setParameter(3, max)
                .setParameter(4, lockoutSeconds)
                .getSingleResult();
        return count.intValue();
    }

    static String accountKey(String accountName) {
        String name = accountName == null ? "" : accountName.strip().toLowerCase(Locale.ROOT);
        return "account:" + (name.length() > 150 ? name.substring(0, 150) : name);
    }

    static String addressKey(String address) {
        return "address:" + (address == null ? "unknown" : address);
    }

    private static Instant instant(Object value) {
        if (value instanceof Timestamp timestamp) {
            return timestamp.toInstant();
        }
        if (value instanceof OffsetDateTime offset) {
            return offset.toInstant();
        }
        return (Instant) value;
    }
}
