package org.tongban.notification.boundary;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.tongban.identity.control.CurrentUser;
import org.tongban.identity.entity.Role;
import org.tongban.platform.boundary.PagedList;

/** account/inbox.xhtml: one's notifications, newest first, paged in the database. */
@Named
@ViewScoped
public class InboxBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    @Inject
    transient InboxDesk desk;

    @Inject
    transient CurrentUser currentUser;

    private final PagedList<InboxDesk.Item> items = new PagedList<>((first, size) -> {
        var inbox = desk.inbox(first, size);
        return new PagedList.Slice<>(inbox.items(), inbox.total());
    }, row -> String.valueOf(row.id()));

    public PagedList<InboxDesk.Item> getItems() {
        return items;
    }

    public long getUnread() {
        return desk.unread();
    }

    public void markAllRead() {
        desk.markAllRead();
    }

    /** Citizens open their own case page, staff the office's. */
    public String getCaseOutcome() {
        return currentUser.get().has(Role.CITIZEN) ? "/citizen/case" : "/clerk/case";
    }

    public String at(Instant instant) {
        return MINUTE.format(instant.atZone(ZoneId.of("Asia/Shanghai")));
    }
}
