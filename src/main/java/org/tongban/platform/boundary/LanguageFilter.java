package org.tongban.platform.boundary;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Switches the page language with a plain link ({@code ?lang=en} or {@code ?lang=zh-CN}) that
 * works without JavaScript and from the keyboard: remembers the choice in a cookie for a year and
 * redirects to the same page without the parameter.
 */
@WebFilter(filterName = "language", urlPatterns = "*.xhtml")
public class LanguageFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;
    static final String COOKIE = "tongban-lang";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String query = request.getQueryString();
        String lang = query == null ? null : Arrays.stream(query.split("&"))
                .filter(p -> p.startsWith("lang=")).map(p -> p.substring(5)).findFirst().orElse(null);
        if (lang == null || !"GET".equals(request.getMethod())) {
            chain.doFilter(request, response);
            return;
        }
        Locale chosen = LanguageBacking.parse(lang);
        Cookie cookie = new Cookie(COOKIE, chosen.toLanguageTag());
        cookie.setPath(request.getContextPath().isEmpty() ? "/" : request.getContextPath());
        cookie.setMaxAge(365 * 24 * 3600);
        cookie.setAttribute("SameSite", "Lax");
        cookie.setSecure(request.isSecure());
        response.addCookie(cookie);
        String rest = Arrays.stream(query.split("&"))
                .filter(p -> !p.startsWith("lang="))
                .collect(Collectors.joining("&"));
        // rebuilt from its parts, so that a path like //elsewhere.example cannot turn into another site
        String path = (request.getServletPath() + (request.getPathInfo() == null ? "" : request.getPathInfo()))
                .replaceAll("/{2,}", "/");
        response.sendRedirect(request.getContextPath() + path + (rest.isEmpty() ? "" : "?" + rest));
    }
}
