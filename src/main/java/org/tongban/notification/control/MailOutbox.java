package org.tongban.notification.control;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.tongban.platform.control.Database;

/**
 * Sends the mail owed for notifications. Every few seconds it claims a batch of due rows (rows
 * another instance holds are skipped), sends each and marks it sent; a failure is recorded and
 * retried later, waiting longer each time, up to a day apart.
 */
@Singleton
public class MailOutbox {

    private static final Logger LOG = Logger.getLogger(MailOutbox.class.getName());
    static final int BATCH = 20;
    static final int MAX_ATTEMPTS = 30;

    @PersistenceContext(unitName = Database.UNIT)
    EntityManager em;

    @Inject
    MailSettings settings;

    @Schedule(second = "*/10", minute = "*", hour = "*", persistent = false)
    @TransactionAttribute(TransactionAttributeType.REQUIRED)
    public void sendDue() {
        if (!settings.configured()) {
            return;
        }
        @SuppressWarnings("unchecked")
        List<Object[]> due = em.createNativeQuery("""
                        select id, recipient, subject, body, attempts from mail_outbox
                        where sent_at is null and next_attempt_at <= now() and attempts < ?1
                        order by next_attempt_at limit ?2 for update skip locked""")
                .setParameter(1, MAX_ATTEMPTS).setParameter(2, BATCH).getResultList();
        if (due.isEmpty()) {
            return;
        }
        var session = settings.session();
        for (Object[] row : due) {
            long id = ((Number) row[0]).longValue();
            try {
                MimeMessage message = new MimeMessage(session);
                message.setFrom(new InternetAddress(settings.from()));
                message.setRecipients(Message.RecipientType.TO, InternetAddress.parse((String) row[1], true));
                message.setSubject((String) row[2], StandardCharsets.UTF_8.name());
                message.setText((String) row[3], StandardCharsets.UTF_8.name());
                Transport.send(message);
                em.createNativeQuery("update mail_outbox set sent_at = now(), attempts = attempts + 1, last_error = null where id = ?1")
                        .setParameter(1, id).executeUpdate();
            } catch (MessagingException | RuntimeException failed) {
                int attempts = ((Number) row[4]).intValue() + 1;
                LOG.log(Level.WARNING, "Mail {0} not sent (attempt {1}): {2}", new Object[] {id, attempts, failed.toString()});
                em.createNativeQuery("""
                                update mail_outbox set attempts = ?2, last_error = ?3,
                                    next_attempt_at = now() + make_interval(secs => ?4) where id = ?1""")
                        .setParameter(1, id)
                        .setParameter(2, attempts)
                        .setParameter(3, truncate(failed.toString()))
                        .setParameter(4, backoffSeconds(attempts))
                        .executeUpdate();
            }
        }
    }

    /** 30 s, 1 min, 2 min, ... doubling up to a day. */
    static long backoffSeconds(int attempts) {
        return Math.min(86_400L, 30L << Math.min(attempts - 1, 20));
    }

    private static String truncate(String s) {
        return s.length() <= 1000 ? s : s.substring(0, 1000);
    }
}
