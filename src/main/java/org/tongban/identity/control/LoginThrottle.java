package org.tongban.identity.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.tongban.platform.control.Database;

/**
 * Counts failed sign-ins per account name and per client address inside a window, and locks a
 * key for a while once it has failed too often. Kept in the database so that every instance
 * sees the same counts; every change commits on its own, whatever happens to the sign-in.
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

    /** The later of the two locks, if the account name or the address is locked now. */
    public Optional<Instant> lockedUntil(String accountName, String address) {
        List<?> rows = em.createNativeQuery("""
                        select max(locked_until) from login_throttle
                        where throttle_key in (?1, ?2) and locked_until > now()""")
                .setParameter(1, accountKey(accountName))
                .setParameter(2, addressKey(address))
                .getResultList();
        return rows.isEmpty() || rows.get(0) == null ? Optional.empty() : Optional.of(instant(rows.get(0)));
    }

    /** Counts a failure against both keys; answers the account name's failures in the current window. */
    public int recordFailure(String accountName, String address) {
        int accountFailures = count(accountKey(accountName), accountMaxFailures);
        count(addressKey(address), addressMaxFailures);
        return accountFailures;
    }

    public void recordSuccess(String accountName) {
        em.createNativeQuery("delete from login_throttle where throttle_key = ?1")
                .setParameter(1, accountKey(accountName))
                .executeUpdate();
    }

    private int count(String key, int maxFailures) {
        Number failures = (Number) em.createNativeQuery("""
                        insert into login_throttle as t (throttle_key, failures, window_started_at, locked_until)
                        values (?1, 1, now(), null)
                        on conflict (throttle_key) do update set
                            failures = case when t.window_started_at < now() - make_interval(secs => ?2)
                                                 or t.locked_until <= now() then 1 else t.failures + 1 end,
                            window_started_at = case when t.window_started_at < now() - make_interval(secs => ?2)
                                                 or t.locked_until <= now() then now() else t.window_started_at end,
                            locked_until = case when t.locked_until <= now() then null else t.locked_until end
                        returning failures""")
                .setParameter(1, key)
                .setParameter(2, windowSeconds)
                .getSingleResult();
        if (failures.intValue() >= maxFailures) {
            em.createNativeQuery("""
                            update login_throttle set locked_until = now() + make_interval(secs => ?2)
                            where throttle_key = ?1 and (locked_until is null or locked_until <= now())""")
                    .setParameter(1, key)
                    .setParameter(2, lockoutSeconds)
                    .executeUpdate();
        }
        return failures.intValue();
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
        if (value instanceof java.time.OffsetDateTime offset) {
            return offset.toInstant();
        }
        return (Instant) value;
    }
}
