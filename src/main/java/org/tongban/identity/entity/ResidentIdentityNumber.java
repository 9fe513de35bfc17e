package org.tongban.identity.entity;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;

/**
 * A resident identity number (GB 11643): six digits of the division of registration, eight of
 * the birth date, a three-digit sequence and an ISO 7064 MOD 11-2 check character. Never put one
 * in a URL or a log.
 */
public record ResidentIdentityNumber(String value) {

    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final String CHECK_CHARACTERS = "10X98765432";

    public ResidentIdentityNumber {
        String problem = problemWith(value, LocalDate.now()).orElse(null);
        if (problem != null) {
            throw new IllegalArgumentException(problem);
        }
    }

    /** Accepts a lower-case x and surrounding spaces, as people type them. */
    public static String normalize(String raw) {
        return raw == null ? null : raw.strip().toUpperCase(java.util.Locale.ROOT);
    }

    /** The message key of what is wrong with a (normalized) number, if anything. */
    public static Optional<String> problemWith(String value, LocalDate today) {
        if (value == null || !value.matches("[0-9]{17}[0-9X]")) {
            return Optional.of("identity.residentId.format");
        }
        try {
            LocalDate birth = LocalDate.of(Integer.parseInt(value.substring(6, 10)),
                    Integer.parseInt(value.substring(10, 12)), Integer.parseInt(value.substring(12, 14)));
            if (birth.isAfter(today) || birth.getYear() < 1900) {
                return Optional.of("identity.residentId.birthDate");
            }
        } catch (DateTimeException e) {
            return Optional.of("identity.residentId.birthDate");
        }
        if (value.charAt(17) != checkCharacter(value)) {
            return Optional.of("identity.residentId.checksum");
        }
        return Optional.empty();
    }

    static char checkCharacter(String value) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (value.charAt(i) - '0') * WEIGHTS[i];
        }
        return CHECK_CHARACTERS.charAt(sum % 11);
    }

    public String divisionOfRegistration() {
        return value.substring(0, 6);
    }

    public LocalDate birthDate() {
        return LocalDate.of(Integer.parseInt(value.substring(6, 10)), Integer.parseInt(value.substring(10, 12)),
                Integer.parseInt(value.substring(12, 14)));
    }

    /** Shown to its holder only as 440***********123X. */
    public String masked() {
        return value.substring(0, 3) + "*".repeat(11) + value.substring(14);
    }

    @Override
    public String toString() {
        return masked();
    }
}
