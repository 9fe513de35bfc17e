package org.tongban.platform.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Collections;
import java.util.Locale;
import org.tongban.platform.control.Messages;

/**
 * The language of the page shell: the remembered choice, else the browser's preference, else
 * Chinese.
 */
@Named("language")
@RequestScoped
public class LanguageBacking {

    @Inject
    HttpServletRequest request;

    private Locale locale;

    public Locale getLocale() {
        if (locale == null) {
            locale = localeOf(request);
        }
        return locale;
    }

    /** The BCP 47 tag for the {@code lang} attribute. */
    public String getTag() {
        return getLocale().toLanguageTag();
    }

    public boolean isEnglish() {
        return Messages.ENGLISH.equals(getLocale());
    }

    /** The tag of the other language, for the switch link. */
    public String getOtherTag() {
        return isEnglish() ? Messages.CHINESE.toLanguageTag() : Messages.ENGLISH.toLanguageTag();
    }

    /**
     * The address of this page in the other language: the page the person asked for (not the
     * error page shown for it), with its query kept.
     */
    public String getSwitchUrl() {
        Object forwarded = request.getAttribute("jakarta.servlet.forward.request_uri");
        Object forwardedQuery = request.getAttribute("jakarta.servlet.forward.query_string");
        String uri = forwarded != null ? forwarded.toString() : request.getRequestURI();
        String query = forwarded != null ? (forwardedQuery == null ? null : forwardedQuery.toString()) : request.getQueryString();
        String kept = query == null ? "" : java.util.Arrays.stream(query.split("&"))
                .filter(p -> !p.isEmpty() && !p.startsWith("lang="))
                .map(p -> p + "&")
                .collect(java.util.stream.Collectors.joining());
        return uri + "?" + kept + "lang=" + getOtherTag();
    }

    /** True while an error page is shown in place of the page asked for. */
    public boolean isErrorPage() {
        return request.getAttribute("jakarta.servlet.error.status_code") != null;
    }

    /** The remembered choice, else the browser's preference, else Chinese. */
    static Locale localeOf(HttpServletRequest request) {
        if (request.getCookies() != null) {
            for (Cookie cookie : request.getCookies()) {
                if (LanguageFilter.COOKIE.equals(cookie.getName())) {
                    return parse(cookie.getValue());
                }
            }
        }
        return request.getHeader("Accept-Language") == null ? Messages.CHINESE
                : Messages.negotiate(Collections.list(request.getLocales()));
    }

    static Locale parse(String tag) {
        return tag != null && tag.toLowerCase(Locale.ROOT).startsWith("en") ? Messages.ENGLISH : Messages.CHINESE;
    }
}
