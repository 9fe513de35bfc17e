package org.tongban.identity.entity;

import java.util.Optional;

/**
 * An enterprise's unified social credit code (GB 32100): registration authority, organisation
 * type, six-digit division code, nine-character organisation code and a MOD 31 check character
 * over an alphabet without I, O, Z, S and V.
 */
public record UnifiedSocialCreditCode(String value) {

    private static final String ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static final int[] WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};

    public UnifiedSocialCreditCode {
        String problem = problemWith(value).orElse(null);
        if (problem != null) {
            throw new IllegalArgumentException(problem);
        }
    }

    public static String normalize(String raw) {
        return raw == null ? null : raw.strip().toUpperCase(java.util.Locale.ROOT);
    }

    /** The message key of what is wrong with a (normalized) code, if anything. */
    public static Optional<String> problemWith(String value) {
        if (value == null || value.length() != 18 || !value.chars().allMatch(c -> ALPHABET.indexOf(c) >= 0)
                || !value.substring(2, 8).chars().allMatch(Character::isDigit)) {
            return Optional.of("identity.creditCode.format");
        }
        if (value.charAt(17) != checkCharacter(value)) {
            return Optional.of("identity.creditCode.checksum");
        }
        return Optional.empty();
    }

    static char checkCharacter(String value) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += ALPHABET.indexOf(value.charAt(i)) * WEIGHTS[i];
        }
        int check = 31 - sum % 31;
        return ALPHABET.charAt(check == 31 ? 0 : check);
    }
}
