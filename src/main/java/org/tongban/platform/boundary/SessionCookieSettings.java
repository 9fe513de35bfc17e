package org.tongban.platform.boundary;

import jakarta.inject.Inject;
import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;
import org.tongban.platform.control.Settings;

/**
 * Marks the session cookie Secure when the portal is published over https (HttpOnly and
 * SameSite come from web.xml). Behind a TLS-terminating proxy the container sees plain http, so
 * the public base URL, not the request, decides.
 */
@WebListener
public class SessionCookieSettings implements ServletContextListener {

    @Inject
    Settings settings;

    @Override
    public void contextInitialized(ServletContextEvent event) {
        if (settings.servedOverTls()) {
            event.getServletContext().getSessionCookieConfig().setSecure(true);
        }
    }
}
