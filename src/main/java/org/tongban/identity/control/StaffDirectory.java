package org.tongban.identity.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.tongban.identity.entity.Account;
import org.tongban.identity.entity.AccountKind;
import org.tongban.jurisdiction.entity.Scope;
import org.tongban.platform.control.Database;
import org.tongban.platform.control.FieldChecks;

/** Staff accounts within a scope, paged in the database, roles fetched in one batch per page. */
@ApplicationScoped
public class StaffDirectory {

    @PersistenceContext(unitName = Database.UNIT)
    EntityManager em;

    public record Page(List<Account> members, long total) {
    }

    public Page list(Scope scope, String text, int first, int size) {
        TypedQuery<Account> query = restricted(em.createQuery("select a from Account a" + where(text)
                        + " order by a.office.jurisdiction.code, a.username", Account.class), scope, text)
                .setHint("eclipselink.batch", "a.roles")
                .setHint("eclipselink.batch.type", "IN")
                .setFirstResult(first)
                .setMaxResults(size);
        return new Page(query.getResultList(), count(scope, text));
    }

    public long count(Scope scope, String text) {
        return restricted(em.createQuery("select count(a) from Account a" + where(text), Long.class), scope, text)
                .getSingleResult();
    }

    private static String where(String text) {
        return " where a.kind = :staff and a.office.jurisdiction.code like :pattern"
                + (filterOf(text) == null ? "" : " and (lower(a.displayName) like :text or lower(a.username) like :text)");
    }

    private static <T> TypedQuery<T> restricted(TypedQuery<T> query, Scope scope, String text) {
        query.setParameter("staff", AccountKind.STAFF).setParameter("pattern", scope.codePattern());
        String filter = filterOf(text);
        if (filter != null) {
            query.setParameter("text", filter);
        }
        return query;
    }

    private static String filterOf(String text) {
        String cleaned = FieldChecks.searchText(text, 50);
        return cleaned == null ? null : "%" + cleaned.toLowerCase(Locale.ROOT) + "%";
    }

    /** One member of staff, only if visible in the scope. */
    public Optional<Account> find(Scope scope, String username) {
        return em.createQuery("""
                        select a from Account a
                        where a.kind = :staff and lower(a.username) = :name and a.office.jurisdiction.code like :pattern""",
                        Account.class)
                .setParameter("staff", AccountKind.STAFF)
                .setParameter("name", username == null ? "" : String.valueOf(FieldChecks.searchText(username, 64)).toLowerCase(Locale.ROOT))
                .setParameter("pattern", scope.codePattern())
                .getResultStream().findFirst();
    }
}
