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
 * Checks a name and password for the sign-in form and for token requests alike: refuses at once
 * while the account or address is locked, answers later after each further failure, and audits
 * every attempt with its outcome.
 */
@ApplicationScoped
public class SignIn {

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
        String attempted = name == null ? "" : name.strip();
        Actor actor = new Actor(attempted.isEmpty() ? "anonymous" : attempted, null, null);
        Optional<Instant> locked = throttle.lockedUntil(attempted, address);
        if (locked.isPresent()) {
            audit.record(actor, AuditRecord.of("SIGN_IN").outcome(Outcome.DENIED).detail("locked"));
            return new SignInOutcome.Locked(locked.get());
        }
        Optional<Account> account = password == null ? Optional.empty() : accounts.findBySignInName(attempted);
        boolean valid;
        if (account.isPresent()) {
            valid = passwords.matches(password, account.get().passwordHash()) && account.get().enabled();
        } else {
            if (password != null) {
                passwords.matchNothing(password);
            }
            valid = false;
        }
        if (valid) {
            Account a = account.get();
            throttle.recordSuccess(attempted);
            audit.record(new Actor(a.username(), String.join(",", a.roleNames().stream().sorted().toList()),
                    a.jurisdictionCode().orElse(null)), AuditRecord.of("SIGN_IN").subject("ACCOUNT", a.id()));
            return new SignInOutcome.SignedIn(a.id(), a.username(), a.roleNames());
        }
        int failures = throttle.recordFailure(attempted, address);
        audit.record(actor, AuditRecord.of("SIGN_IN").subject("ACCOUNT", account.map(Account::id).orElse(null))
                .outcome(Outcome.FAILURE).detail(account.isPresent() ? "wrong password" : "unknown account"));
        slowDown(failures);
        return throttle.lockedUntil(attempted, address)
                .<SignInOutcome>map(SignInOutcome.Locked::new)
                .orElseGet(SignInOutcome.Refused::new);
    }

    /** Each further failure of one account name answers later, up to two seconds. */
    private void slowDown(int failures) {
        long delay = Math.min(2000, failureDelayMillis * Math.max(0, failures - 1));
        if (delay > 0) {
            try {
                Thread.sleep(delay);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
