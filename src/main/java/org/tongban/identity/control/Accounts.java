package org.tongban.identity.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Locale;
import java.util.Optional;
import org.tongban.identity.entity.Account;
import org.tongban.platform.control.Database;

/** Finds and stores accounts. */
@ApplicationScoped
public class Accounts {

    @PersistenceContext(unitName = Database.UNIT)
    EntityManager em;

    /** Roles come in the same query as the account: it is read on every request. */
    private static final String WITH_ROLES = "eclipselink.left-join-fetch";

    public Optional<Account> find(long id) {
        return em.createQuery("select a from Account a where a.id = :id", Account.class)
                .setParameter("id", id)
                .setHint(WITH_ROLES, "a.roles")
                .getResultStream().findFirst();
    }

    public Optional<Account> findByUsername(String username) {
        if (username == null || username.isBlank()) {
            return Optional.empty();
        }
        return em.createQuery("select a from Account a where lower(a.username) = :name", Account.class)
                .setParameter("name", username.strip().toLowerCase(Locale.ROOT))
                .setHint(WITH_ROLES, "a.roles")
                .getResultStream().findFirst();
    }

    /** People sign in with their account name or their e-mail address. */
    public Optional<Account> findBySignInName(String name) {
        if (name == null || name.isBlank()) {
            return Optional.empty();
        }
        String folded = name.strip().toLowerCase(Locale.ROOT);
        return em.createQuery("select a from Account a where lower(a.username) = :name or lower(a.email) = :name", Account.class)
                .setParameter("name", folded)
                .getResultStream().findFirst();
    }

    public boolean usernameTaken(String username) {
        return findByUsername(username).isPresent();
    }

    public boolean residentIdTaken(String residentId) {
        return !em.createQuery("select a.id from Account a where a.residentId = :id", Long.class)
                .setParameter("id", residentId).setMaxResults(1).getResultList().isEmpty();
    }

    public boolean emailTaken(String email) {
        return !em.createQuery("select a.id from Account a where lower(a.email) = :email", Long.class)
                .setParameter("email", email.toLowerCase(Locale.ROOT)).setMaxResults(1).getResultList().isEmpty();
    }

    public Account add(Account account) {
        em.persist(account);
        em.flush();
        return account;
    }
}
