package org.tongban.identity.control;

import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;
import jakarta.servlet.http.HttpServletRequest;
import java.security.Principal;
import java.util.Optional;
import java.util.stream.Collectors;
import org.tongban.audit.control.Actor;
import org.tongban.audit.control.ActorSource;
import org.tongban.identity.entity.Account;
import org.tongban.identity.entity.Role;
import org.tongban.jurisdiction.control.Jurisdictions;
import org.tongban.jurisdiction.entity.Scope;

/**
 * The person behind the current request and what they may see. This is the single place where
 * roles and office turn into a {@link Scope}: central staff see everything, office staff their
 * office's jurisdiction and everything below it, citizens only their own records.
 */
@RequestScoped
public class CurrentUser implements ActorSource {

    @Inject
    SecurityContext security;

    @Inject
    Instance<HttpServletRequest> request;

    @Inject
    Accounts accounts;

    @Inject
    Jurisdictions jurisdictions;

    private Optional<Account> account;

    /** The account as authentication read it for this request, so that it is not read twice. */
    private Account authenticated;

    public Optional<Account> account() {
        if (account == null) {
            Principal principal = callerPrincipal();
            if (principal == null) {
                account = Optional.empty();
            } else if (authenticated != null && authenticated.username().equals(principal.getName())) {
                account = Optional.of(authenticated);
            } else {
                account = accounts.findByUsername(principal.getName());
            }
        }
        return account;
    }

    /** Authentication found this enabled account for the request: used if the container agrees who is calling. */
    public void authenticatedAs(Account account) {
        this.authenticated = account;
    }

    /**
     * The caller as Jakarta Security knows it; during an error dispatch Payara has no security
     * context to ask, and the servlet request still knows who is signed in.
     */
    private Principal callerPrincipal() {
        try {
            return security.getCallerPrincipal();
        } catch (RuntimeException noSecurityContext) {
            return request.isResolvable() ? request.get().getUserPrincipal() : null;
        }
    }

    /** The signed-in account; callers have passed a role check, so there is one. */
    public Account get() {
        return account().orElseThrow(() -> new IllegalStateException("no signed-in account"));
    }

    /** Where the person belongs: a citizen's place of residence, a member of staff's jurisdiction. */
    public Optional<String> homeJurisdictionCode() {
        return account().map(a -> a.residenceCode() != null ? a.residenceCode() : a.jurisdictionCode().orElse(null));
    }

    public Scope scope() {
        return account().map(this::scopeOf).orElse(Scope.nothing());
    }

    private Scope scopeOf(Account a) {
        if (!a.enabled()) {
            return Scope.nothing();
        }
        if (a.has(Role.CENTRAL)) {
            return Scope.everything();
        }
        if (a.office().isPresent()) {
            return Scope.subtree(a.office().get().jurisdiction());
        }
        if (a.has(Role.CITIZEN)) {
            return Scope.ownRecords(a.id());
        }
        return Scope.nothing();
    }

    @Override
    public Actor currentActor() {
        return account().map(a -> new Actor(a.username(),
                        a.roles().stream().map(Role::name).sorted().collect(Collectors.joining(",")),
                        a.jurisdictionCode().orElse(null)))
                .orElse(Actor.ANONYMOUS);
    }
}
