package org.tongban.notification.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.tongban.notification.entity.Notification;
import org.tongban.platform.control.Database;
import org.tongban.platform.control.Messages;
import org.tongban.platform.control.Settings;

/**
 * Tells an account something: a row in its inbox and, when mail is configured and the account has
 * an address, a row in the mail outbox, both in the caller's transaction. Sending happens later
 * ({@link MailOutbox}), so a mail server that is down never loses the news nor holds up a decision.
 */
@ApplicationScoped
public class Notifications {

    @PersistenceContext(unitName = Database.UNIT)
    EntityManager em;

    @Inject
    MailSettings mail;

    @Inject
    Settings settings;

    public record Page(List<Notification> items, long total, long unread) {
    }

    /**
     * @param topic a message key {@code notification.<topic>} with the tracking number as its argument
     */
    public Notification notify(long accountId, String topic, String trackingNumber, String detail) {
        Notification n = new Notification(accountId, topic, trackingNumber, detail);
        em.persist(n);
        em.flush();
        if (mail.configured()) {
            String email = (String) em.createNativeQuery("select email from account where id = ?1")
                    .setParameter(1, accountId).getResultStream().findFirst().orElse(null);
            if (email != null && !email.isBlank()) {
                em.createNativeQuery("""
                                insert into mail_outbox (notification_id, recipient, subject, body, created_at, next_attempt_at)
                                values (?1, ?2, ?3, ?4, now(), now())""")
                        .setParameter(1, n.id())
                        .setParameter(2, email)
                        .setParameter(3, subject(n))
                        .setParameter(4, body(n))
                        .executeUpdate();
            }
        }
        return n;
    }

    /** Notifies every enabled supervisor of a jurisdiction's office. */
    public void notifySupervisors(String jurisdictionCode, String topic, String trackingNumber, String detail) {
        @SuppressWarnings("unchecked")
        List<Number> ids = em.createNativeQuery("""
                        select a.id from account a join office o on o.id = a.office_id
                        join account_role r on r.account_id = a.id
                        where o.jurisdiction_code = ?1 and r.role = 'SUPERVISOR' and a.enabled""")
                .setParameter(1, jurisdictionCode).getResultList();
        ids.forEach(id -> notify(id.longValue(), topic, trackingNumber, detail));
    }

    public Page inbox(long accountId, int first, int size) {
        List<Notification> items = em.createQuery(
                        "select n from Notification n where n.accountId = :a order by n.createdAt desc, n.id desc",
                        Notification.class)
                .setParameter("a", accountId).setFirstResult(first).setMaxResults(size).getResultList();
        long total = em.createQuery("select count(n) from Notification n where n.accountId = :a", Long.class)
                .setParameter("a", accountId).getSingleResult();
        return new Page(items, total, unread(accountId));
    }

    public long unread(long accountId) {
        return em.createQuery("select count(n) from Notification n where n.accountId = :a and n.readAt is null",
                        Long.class)
                .setParameter("a", accountId).getSingleResult();
    }

    /** One's own notification, or nothing: another account's is as good as missing. */
    public Optional<Notification> findOwn(long accountId, long id) {
        Notification n = em.find(Notification.class, id);
        return n != null && n.accountId().equals(accountId) ? Optional.of(n) : Optional.empty();
    }

    public int markAllRead(long accountId) {
        return em.createQuery("update Notification n set n.readAt = CURRENT_TIMESTAMP where n.accountId = :a and n.readAt is null")
                .setParameter("a", accountId).executeUpdate();
    }

    /** Mail goes out in both languages: the inbox knows the reader's, an address does not. */
    private String subject(Notification n) {
        return Messages.format(Messages.CHINESE, "notification." + n.topic(), n.trackingNumber()) + " / "
                + Messages.format(Messages.ENGLISH, "notification." + n.topic(), n.trackingNumber());
    }

    private String body(Notification n) {
        String link = n.trackingNumber() == null ? settings.publicBaseUrl().toString()
                : settings.publicBaseUrl().resolve("citizen/case.xhtml?number=" + n.trackingNumber()).toString();
        StringBuilder text = new StringBuilder();
        for (var locale : Messages.SUPPORTED) {
            text.append(Messages.format(locale, "notification." + n.topic(), n.trackingNumber())).append('\n');
            if (n.detail() != null) {
                text.append(n.detail()).append('\n');
            }
            text.append(Messages.format(locale, "notification.mail.more", link)).append("\n\n");
        }
        return text.toString();
    }
}
