package org.tongban.identity.control;

import java.time.Instant;
import java.util.Set;

/** How a sign-in attempt ended. */
public sealed interface SignInOutcome {

    record SignedIn(long accountId, String username, Set<String> roles) implements SignInOutcome {
    }

    /** Wrong name or password; deliberately does not say which. */
    record Refused() implements SignInOutcome {
    }

    /** Too many failures for this account or this address; try again after {@code until}. */
    record Locked(Instant until) implements SignInOutcome {
    }
}
