package org.tongban.notification.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.Authenticator;
import jakarta.mail.PasswordAuthentication;
import jakarta.mail.Session;
import java.util.Optional;
import java.util.Properties;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The mail server notifications are sent through; without a host, nothing is queued or sent. */
@ApplicationScoped
public class MailSettings {

    @Inject
    @ConfigProperty(name = "tongban.mail.host")
    Optional<String> host;

    @Inject
    @ConfigProperty(name = "tongban.mail.port", defaultValue = "25")
    int port;

    @Inject
    @ConfigProperty(name = "tongban.mail.user")
    Optional<String> user;

    @Inject
    @ConfigProperty(name = "tongban.mail.password")
    Optional<String> password;

    @Inject
    @ConfigProperty(name = "tongban.mail.from", defaultValue = "noreply@tongban.gov.cn")
    String from;

    @Inject
    @ConfigProperty(name = "tongban.mail.starttls", defaultValue = "true")
    boolean starttls;

    public boolean configured() {
        return host.filter(h -> !h.isBlank() && !h.equals("none")).isPresent();
    }

    public String from() {
        return from;
    }

    public Session session() {
        Properties p = new Properties();
        p.put("mail.smtp.host", host.orElseThrow());
        p.put("mail.smtp.port", String.valueOf(port));
        p.put("mail.smtp.starttls.enable", String.valueOf(starttls));
        p.put("mail.smtp.connectiontimeout", "10000");
        p.put("mail.smtp.timeout", "10000");
        p.put("mail.smtp.writetimeout", "10000");
        if (user.isPresent()) {
            p.put("mail.smtp.auth", "true");
            return Session.getInstance(p, new Authenticator() {
                @Override
                protected PasswordAuthentication getPasswordAuthentication() {
                    return new PasswordAuthentication(user.get(), password.orElse(""));
                }
            });
        }
        return Session.getInstance(p);
    }
}
