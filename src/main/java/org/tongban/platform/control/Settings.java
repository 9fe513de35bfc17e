package org.tongban.platform.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URI;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Deployment-wide settings that more than one component needs. */
@ApplicationScoped
public class Settings {

    @Inject
    @ConfigProperty(name = "tongban.public-base-url")
    String publicBaseUrl;

    @Inject
    @ConfigProperty(name = "tongban.demo.enabled", defaultValue = "false")
    boolean demoEnabled;

    /** Where citizens reach the portal; links in e-mails and QR codes point here. */
    public URI publicBaseUrl() {
        return URI.create(publicBaseUrl.endsWith("/") ? publicBaseUrl : publicBaseUrl + "/");
    }

    public boolean servedOverTls() {
        return publicBaseUrl.startsWith("https:");
    }

    public boolean demoEnabled() {
        return demoEnabled;
    }
}
