package org.tongban.identity.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.Optional;
import org.tongban.identity.control.Accounts;
import org.tongban.identity.control.ApiTokens;
import org.tongban.identity.control.CurrentUser;
import org.tongban.identity.entity.Account;
import org.tongban.platform.control.Messages;

/**
 * The portal's one authentication mechanism. Pages: a session established by the sign-in form
 * (which checks the password and then hands over a {@link VerifiedCaller}); the session keeps only
 * the account name, and roles are read afresh on every request; protected pages without a
 * session redirect to the sign-in page. API: an {@code Authorization: Bearer} token, checked
 * on every request against the token store, so revocation and expiry take effect at once; an
 * invalid token answers 401 as problem+json rather than a redirect.
 */
@ApplicationScoped
public class TongbanAuthentication implements HttpAuthenticationMechanism {

    static final String LOGIN_PAGE = "/public/login.xhtml";

    @Inject
    ApiTokens tokens;

    @Inject
    Accounts accounts;

    @Inject
    CurrentUser currentUser;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
            HttpMessageContext context) {
        if (context.isAuthenticationRequest()
                && context.getAuthParameters().getCredential() instanceof VerifiedCaller caller) {
            HttpSession session = request.getSession(true);
            request.changeSessionId();
            session.setAttribute(SessionCaller.ATTRIBUTE, new SessionCaller(caller.username(), caller.roles()));
            return context.notifyContainerAboutLogin(caller.username(), caller.roles());
        }
        String authorization = request.getHeader("Authorization");
        if (authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            Optional<Account> account = tokens.accountOf(authorization.substring(7).strip())
                    .flatMap(accounts::find)
                    .filter(Account::enabled);
            if (account.isPresent()) {
                currentUser.authenticatedAs(account.get());
                return context.notifyContainerAboutLogin(account.get().username(), account.get().roleNames());
            }
            return invalidToken(request, response);
        }
        HttpSession session = request.getSession(false);
        if (session != null && session.getAttribute(SessionCaller.ATTRIBUTE) instanceof SessionCaller caller) {
            // the account as it is now: a disabled account or a withdrawn role takes effect at once
            Optional<Account> account = accounts.findByUsername(caller.username()).filter(Account::enabled);
            if (account.isPresent()) {
                currentUser.authenticatedAs(account.get());
                return context.notifyContainerAboutLogin(account.get().username(), account.get().roleNames());
            }
            session.invalidate();
        }
        if (context.isProtected() && isPage(request)) {
            return context.redirect(request.getContextPath() + LOGIN_PAGE + "?next="
                    + URLEncoder.encode(originalPath(request), StandardCharsets.UTF_8));
        }
        return context.doNothing();
    }

    /** Pages redirect to the sign-in form; the API answers for itself (see RoleCheck). */
    private static boolean isPage(HttpServletRequest request) {
        return !request.getRequestURI().startsWith(request.getContextPath() + "/api/");
    }

    private static String originalPath(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return "GET".equals(request.getMethod()) && request.getQueryString() != null
                ? path + "?" + request.getQueryString() : path;
    }

    private static AuthenticationStatus invalidToken(HttpServletRequest request, HttpServletResponse response) {
        var locale = request.getHeader("Accept-Language") == null ? Messages.CHINESE
                : Messages.negotiate(Collections.list(request.getLocales()));
        String title = Messages.format(locale, "identity.token.invalid").replace("\\", "\\\\").replace("\"", "\\\"");
        response.setStatus(401);
        response.setHeader("WWW-Authenticate", "Bearer realm=\"tongban\", error=\"invalid_token\"");
        response.setContentType("application/problem+json;charset=UTF-8");
        try {
            response.getWriter().write("{\"title\":\"" + title + "\",\"status\":401}");
        } catch (IOException e) {
            // the client went away; nothing to tell it
        }
        return AuthenticationStatus.SEND_FAILURE;
    }
}
