package org.tongban.notification.boundary;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import org.tongban.identity.control.CurrentUser;
import org.tongban.identity.entity.Role;
import org.tongban.platform.boundary.PagedList;

/** account/inbox.xhtml: one's notifications, newest first, paged in the database. */
@Named
@ViewScoped
public class InboxBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient InboxDesk desk;

    @Inject
    transient CurrentUser currentUser;

    private Long unread;

    private final PagedList<InboxDesk.Item> items = new PagedList<>((first, size) -> {
        var inbox = desk.inbox(first, size);
        return new PagedList.Slice<>(inbox.items(), inbox.total());
    }, row -> String.valueOf(row.id()));

    public PagedList<InboxDesk.Item> getItems() {
        return items;
    }

    public long getUnread() {
        if (unread == null) {
            unread = desk.unread();
        }
        return unread;
    }

    public void markAllRead() {
        desk.markAllRead();
        unread = 0L;
    }

    /** Citizens open their own case page, staff the office's. */
    public String getCaseOutcome() {
        return currentUser.get().has(Role.CITIZEN) ? "/citizen/case" : "/clerk/case";
    }

    public String at(Instant instant) {
        return org.tongban.platform.boundary.PageTimes.minute(instant);
    }
}
