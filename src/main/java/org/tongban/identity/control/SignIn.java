package org.tongban.identity.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.tongban.audit.control.Actor;
import org.tongban.audit.control.AuditLog;
import org.tongban.audit.entity.AuditRecord;
import org.tongban.audit.entity.Outcome;
import org.tongban.identity.entity.Account;

/**
 * Checks a name and password for the sign-in form and for token requests alike. The attempt is
 * counted before the password is checked, so parallel guesses cannot exceed the limit; each
 * further failure answers later; a locked account or address is refused at once. Every attempt is
 * audited; a name that matches no account is not written to the log, since people type e-mail
 * addresses and even passwords into that field.
 */
@ApplicationScoped
public class SignIn {

    static final Actor UNKNOWN = new Actor("unknown-account", null, null);

    @Inject
    Accounts accounts;

    @Inject
    Passwords passwords;

    @Inject
    LoginThrottle throttle;

    @Inject
    AuditLog audit;

    @Inject
    @ConfigProperty(name = "tongban.login.failure-delay-millis", defaultValue = "400")
    long failureDelayMillis;

    public SignInOutcome attempt(String name, String password, String address) {
        String typed = name == null ? "" : name.strip();
        if (typed.isEmpty() || typed.length() > 254 || password == null || password.length() > 1024
                || hasControlCharacters(typed)) {
            return new SignInOutcome.Refused();
        }
        Optional<Account> account = accounts.findBySignInName(typed);
        String throttleName = account.map(Account::username).orElse(typed);
        Actor actor = account.map(a -> new Actor(a.username(), roles(a), a.jurisdictionCode().orElse(null))).orElse(UNKNOWN);
        LoginThrottle.Admission admission = throttle.admit(throttleName, address);
        if (admission.lockedUntil().isPresent()) {
            audit.record(actor, AuditRecord.of("SIGN_IN").subject("ACCOUNT", account.map(Account::id).orElse(null))
                    .outcome(Outcome.DENIED).detail("locked"));
            return new SignInOutcome.Locked(admission.lockedUntil().get());
        }
        boolean valid;
        if (account.isPresent()) {
            valid = passwords.matches(password, account.get().passwordHash()) && account.get().enabled();
        } else {
            passwords.matchNothing(password);
            valid = false;
        }
        if (valid) {
            Account a = account.get();
            throttle.succeeded(throttleName);
            audit.record(actor, AuditRecord.of("SIGN_IN").subject("ACCOUNT", a.id()));
            return new SignInOutcome.SignedIn(a.id(), a.username(), a.roleNames());
        }
        Optional<Instant> lockedNow = throttle.failed(throttleName, address);
        audit.record(actor, AuditRecord.of("SIGN_IN").subject("ACCOUNT", account.map(Account::id).orElse(null))
                .outcome(Outcome.FAILURE).detail(account.isPresent() ? "wrong password" : "unknown account"));
        slowDown(admission.attempt());
        return lockedNow.<SignInOutcome>map(SignInOutcome.Locked::new).orElseGet(SignInOutcome.Refused::new);
    }

    private static String roles(Account a) {
        return String.join(",", a.roleNames().stream().sorted().toList());
    }

    static boolean hasControlCharacters(String text) {
        return text.chars().anyMatch(Character::isISOControl);
    }

    /** Each further failure of one account answers later, up to two seconds. */
    private void slowDown(int attempt) {
        long delay = Math.min(2000, failureDelayMillis * Math.max(0, attempt - 1));
        if (delay > 0) {
            try {
                Thread.sleep(delay);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
