package org.tongban.identity.boundary;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.Serializable;
import org.tongban.identity.control.SignIn;
import org.tongban.identity.control.SignInLockedException;
import org.tongban.identity.control.SignInOutcome;
import org.tongban.identity.entity.Role;
import org.tongban.platform.boundary.FacesMessages;
import org.tongban.platform.control.ClientAddress;

/** public/login.xhtml: checks name and password, then establishes the session and goes on. */
@Named
@ViewScoped
public class LoginBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient SignIn signIn;

    @Inject
    transient SecurityContext security;

    @Inject
    transient ClientAddress clientAddress;

    private String name;
    private String password;
    private String next;
    private boolean signedOut;
    private boolean registered;

    public void onLoad() {
        if (signedOut) {
            FacesMessages.info("login.signedOut");
        }
        if (registered) {
            FacesMessages.info("login.registered");
        }
    }

    public void submit() throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext external = faces.getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        SignInOutcome outcome = signIn.attempt(name, password, clientAddress.of(request));
        password = null;
        switch (outcome) {
            case SignInOutcome.SignedIn signedIn -> {
                AuthenticationStatus status = security.authenticate(request, (HttpServletResponse) external.getResponse(),
                        AuthenticationParameters.withParams()
                                .credential(new VerifiedCaller(signedIn.username(), signedIn.roles()))
                                .newAuthentication(true));
                if (status == AuthenticationStatus.SUCCESS) {
                    external.redirect(external.getRequestContextPath() + destination(signedIn));
                    faces.responseComplete();
                } else {
                    FacesMessages.error(FacesMessages.text("error.status.500"));
                }
            }
            case SignInOutcome.Locked locked ->
                FacesMessages.error(FacesMessages.text("identity.signIn.locked", SignInLockedException.minutesUntil(locked.until())));
            case SignInOutcome.Refused refused -> FacesMessages.error(FacesMessages.text("identity.signIn.refused"));
        }
    }

    /** The page asked for before signing in, if it is one of ours; otherwise the role's landing page. */
    private String destination(SignInOutcome.SignedIn signedIn) {
        if (next != null && next.matches("/(citizen|clerk|central|admin|public)/[A-Za-z0-9/_.-]+\\.xhtml(\\?[A-Za-z0-9=&%._-]*)?")) {
            return next;
        }
        return Role.landingPath(signedIn.roles());
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public String getNext() {
        return next;
    }

    public void setNext(String next) {
        this.next = next;
    }

    public boolean isSignedOut() {
        return signedOut;
    }

    public void setSignedOut(boolean signedOut) {
        this.signedOut = signedOut;
    }

    public boolean isRegistered() {
        return registered;
    }

    public void setRegistered(boolean registered) {
        this.registered = registered;
    }
}
