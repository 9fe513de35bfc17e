package org.tongban.notification.boundary;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.tongban.identity.control.CurrentUser;
import org.tongban.identity.entity.Role;

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

    private final LazyDataModel<InboxDesk.Item> items = new LazyDataModel<>() {
        private static final long serialVersionUID = 1L;
        private long total;

        @Override
        public int count(Map<String, FilterMeta> filters) {
            return (int) total;
        }

        @Override
        public List<InboxDesk.Item> load(int first, int size, Map<String, SortMeta> sort, Map<String, FilterMeta> filters) {
            var inbox = desk.inbox(first, size);
            total = inbox.total();
            setRowCount((int) total);
            return inbox.items();
        }

        @Override
        public String getRowKey(InboxDesk.Item row) {
            return String.valueOf(row.id());
        }
    };

    public LazyDataModel<InboxDesk.Item> getItems() {
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
