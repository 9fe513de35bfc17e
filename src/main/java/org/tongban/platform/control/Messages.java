package org.tongban.platform.control;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The user-facing texts of the portal in Simplified Chinese and English. Pages read the same
 * bundle through {@code #{msg[...]}}; API errors are rendered here in the caller's language.
 */
public final class Messages {

    public static final String BUNDLE = "org.tongban.platform.i18n.messages";
    public static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;
    public static final Locale ENGLISH = Locale.ENGLISH;
    public static final List<Locale> SUPPORTED = List.of(CHINESE, ENGLISH);

    private Messages() {
    }

    public static String format(Locale locale, String key, Object... args) {
        ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, supported(locale), Messages.class.getClassLoader(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException e) {
            return key;
        }
        return args.length == 0 ? pattern : new MessageFormat(pattern, bundle.getLocale()).format(args);
    }

    /** The supported locale closest to the one asked for; Chinese unless English is asked for. */
    public static Locale supported(Locale requested) {
        if (requested != null && ENGLISH.getLanguage().equals(requested.getLanguage())) {
            return ENGLISH;
        }
        return CHINESE;
    }

    /** The best supported locale for a list of preferences in order (Accept-Language). */
    public static Locale negotiate(List<Locale> preferences) {
        for (Locale preference : preferences) {
            if (ENGLISH.getLanguage().equals(preference.getLanguage())) {
                return ENGLISH;
            }
            if (CHINESE.getLanguage().equals(preference.getLanguage())) {
                return CHINESE;
            }
        }
        return CHINESE;
    }
}
