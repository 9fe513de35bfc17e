package org.tongban.identity.boundary;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.tongban.identity.control.LoginThrottle;

/** Forgets expired sign-in counts every hour, so that guessed names do not pile up. */
@Singleton
public class ThrottleHousekeeping {

    private static final Logger LOG = Logger.getLogger(ThrottleHousekeeping.class.getName());

    @Inject
    LoginThrottle throttle;

    @Inject
    org.tongban.platform.control.RateLimits rateLimits;

    @Schedule(hour = "*", minute = "17", persistent = false)
    void purge() {
        int purged = throttle.purgeExpired();
        LOG.log(Level.FINE, "Purged {0} expired sign-in counts", purged);
        rateLimits.purge(3600);
    }
}
