package org.tongban.platform.boundary;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.tongban.platform.control.Settings;

/**
 * Security headers on every response. HSTS is sent when the portal is published over https,
 * whether TLS ends here or at a proxy in front. Faces pages get their Content-Security-Policy from
 * PrimeFaces (web.xml, {@code primefaces.CSP_POLICY}) because only it knows the per-request nonce
 * of its scripts; everything else gets the same policy without a nonce from here.
 */
@WebFilter(filterName = "securityHeaders", urlPatterns = "/*", asyncSupported = true)
public class SecurityHeadersFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    @Inject
    transient Settings settings;

    /** Kept identical to primefaces.CSP_POLICY in web.xml, which PrimeFaces extends with its nonce. */
    static final String POLICY = "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; "
            + "font-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; "
            + "frame-ancestors 'none'; script-src 'self'";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        // Grizzly adds its product name only when the application has not set the header itself.
        response.setHeader("Server", "");
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Referrer-Policy", "strict-origin-when-cross-origin");
        response.setHeader("X-Frame-Options", "DENY");
        response.setHeader("Permissions-Policy", "camera=(), microphone=(), geolocation=(), payment=()");
        response.setHeader("Cross-Origin-Opener-Policy", "same-origin");
        if (!request.getRequestURI().endsWith(".xhtml")) {
            response.setHeader("Content-Security-Policy", POLICY);
        }
        if (request.isSecure() || settings.servedOverTls()) {
            response.setHeader("Strict-Transport-Security", "max-age=31536000; includeSubDomains");
        }
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (!path.startsWith("/jakarta.faces.resource/") && !path.startsWith("/public/")) {
            // personal pages and API answers stay out of shared caches and the back button after sign-out
            response.setHeader("Cache-Control", "no-store");
        }
        chain.doFilter(request, response);
    }
}
