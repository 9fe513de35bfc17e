package org.tongban.identity.control;

import java.time.Duration;
import java.time.Instant;
import org.tongban.platform.control.BusinessException;

/** Too many failed sign-ins for this account or from this address. */
public class SignInLockedException extends BusinessException {

    private static final long serialVersionUID = 1L;

    private final Instant until;

    public SignInLockedException(Instant until) {
        super("identity.signIn.locked", minutesUntil(until));
        this.until = until;
    }

    public static long minutesUntil(Instant until) {
        return Math.max(1, (Duration.between(Instant.now(), until).toSeconds() + 59) / 60);
    }

    public long retryAfterSeconds() {
        return Math.max(1, Duration.between(Instant.now(), until).toSeconds());
    }

    @Override
    public java.util.Map<String, String> headers() {
        return java.util.Map.of("Retry-After", Long.toString(retryAfterSeconds()));
    }

    @Override
    public int status() {
        return 429;
    }
}
