package org.tongban.identity.control;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What a password must be: 12 to 128 characters, not a common password or an obvious variant of
 * one, not one character repeated, and not containing the account's own name, identity number or
 * mobile number. The list of common passwords ships with the application (common-passwords.txt).
 */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 12;
    public static final int MAX_LENGTH = 128;

    private static final Set<String> COMMON = load();

    private PasswordPolicy() {
    }

    /** The message key of what is wrong with the password, if anything. */
    public static Optional<String> problemWith(String password, String... personalValues) {
        int length = password.codePointCount(0, password.length());
        if (length < MIN_LENGTH) {
            return Optional.of("identity.password.short");
        }
        if (length > MAX_LENGTH) {
            return Optional.of("identity.password.long");
        }
        String folded = fold(password);
        if (COMMON.contains(folded) || folded.chars().distinct().count() <= 2) {
            return Optional.of("identity.password.common");
        }
        for (String personal : personalValues) {
            if (personal != null && personal.length() >= 4 && folded.contains(fold(personal))) {
                return Optional.of("identity.password.personal");
            }
        }
        return Optional.empty();
    }

    static String fold(String text) {
        return text.toLowerCase(Locale.ROOT).replaceAll("\\s+", "");
    }

    private static Set<String> load() {
        try (var in = PasswordPolicy.class.getResourceAsStream("common-passwords.txt");
                var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            return reader.lines()
                    .map(String::strip)
                    .filter(line -> !line.isEmpty() && !line.startsWith("#"))
                    .map(PasswordPolicy::fold)
                    .collect(Collectors.toUnmodifiableSet());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
