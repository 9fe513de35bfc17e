package org.tongban.identity.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import org.tongban.audit.control.AuditLog;
import org.tongban.audit.entity.AuditRecord;
import org.tongban.identity.control.CurrentUser;
import org.tongban.identity.entity.Account;
import org.tongban.identity.entity.Role;
import org.tongban.jurisdiction.control.Jurisdictions;
import org.tongban.jurisdiction.entity.Jurisdiction;
import org.tongban.platform.boundary.LanguageBacking;

/**
 * The signed-in person as the page shell shows them (name, roles, where they belong) and
 * signing out. Used by the template on every page, and by the landing pages' account card.
 */
@Named("shell")
@RequestScoped
public class ShellBacking {

    @Inject
    CurrentUser currentUser;

    @Inject
    Jurisdictions jurisdictions;

    @Inject
    AuditLog audit;

    @Inject
    LanguageBacking language;

    @Inject
    HttpServletRequest request;

    public boolean isSignedIn() {
        return currentUser.account().isPresent();
    }

    public Account getAccount() {
        return currentUser.account().orElse(null);
    }

    public List<String> getRoles() {
        return currentUser.account().map(a -> a.roleNames().stream().sorted().toList()).orElse(List.of());
    }

    /** The landing page of the signed-in person's audience. */
    public String getLandingPath() {
        return Role.landingPath(getRoles());
    }

    /** Where the person belongs: the office's jurisdiction for staff, the residence for citizens. */
    public String getJurisdictionName() {
        return jurisdiction().map(j -> jurisdictions.fullName(j, language.getLocale())).orElse(null);
    }

    /** The identity number as its holder may see it on screen: masked. */
    public String getMaskedResidentId() {
        return currentUser.account().flatMap(Account::residentId).map(r -> r.masked()).orElse(null);
    }

    public String getOfficeName() {
        return currentUser.account().flatMap(Account::office).map(o -> o.name(language.getLocale())).orElse(null);
    }

    /** A supervisor of a province's own office: they see the province's figures and direct its offices. */
    public boolean isProvinceSupervisor() {
        return currentUser.account().map(a -> a.has(Role.SUPERVISOR)).orElse(false)
                && jurisdiction().map(j -> j.level() == org.tongban.jurisdiction.entity.Level.PROVINCE).orElse(false);
    }

    private Optional<Jurisdiction> jurisdiction() {
        return currentUser.account()
                .map(a -> a.jurisdictionCode().orElse(a.residenceCode()))
                .flatMap(jurisdictions::find);
    }

    /** Sends a visitor of the bare address to their own landing page. */
    public void goToLanding() throws IOException {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        external.redirect(external.getRequestContextPath() + getLandingPath());
    }

    public void signOut() throws IOException, ServletException {
        if (isSignedIn()) {
            audit.record(AuditRecord.of("SIGN_OUT"));
        }
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        request.logout();
        external.invalidateSession();
        external.redirect(external.getRequestContextPath() + "/public/login.xhtml?signedOut=true");
    }
}
