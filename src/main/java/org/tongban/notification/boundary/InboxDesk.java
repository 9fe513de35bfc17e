package org.tongban.notification.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.tongban.identity.control.CurrentUser;
import org.tongban.notification.control.Notifications;
import org.tongban.platform.control.Messages;

/** Reading one's inbox, each notification in the reader's language. */
@Stateless
@RolesAllowed({"CITIZEN", "CLERK", "SUPERVISOR", "INSPECTOR", "CENTRAL", "CATALOGUE_ADMIN"})
public class InboxDesk {

    @Inject
    Notifications notifications;

    @Inject
    CurrentUser currentUser;

    @Inject
    org.tongban.platform.boundary.LanguageBacking language;

    public record Item(long id, String topic, String text, String trackingNumber, String detail, Instant createdAt,
            boolean unread) {
    }

    public record Inbox(List<Item> items, long total, long unread) {
    }

    public Inbox inbox(int first, int size) {
        Locale locale = language.getLocale();
        var page = notifications.inbox(currentUser.get().id(), first, size);
        return new Inbox(page.items().stream().map(n -> new Item(n.id(), n.topic(),
                Messages.format(locale, "notification." + n.topic(), n.trackingNumber()), n.trackingNumber(), n.detail(),
                n.createdAt(), n.unread())).toList(), page.total(), page.unread());
    }

    public long unread() {
        return notifications.unread(currentUser.get().id());
    }

    public int markAllRead() {
        return notifications.markAllRead(currentUser.get().id());
    }
}
