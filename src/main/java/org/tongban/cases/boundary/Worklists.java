package org.tongban.cases.boundary;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.tongban.cases.entity.CaseStatus;
import org.tongban.platform.control.InvalidInputException;

/** Reading worklist filters from a query string: an unknown value is a clear 400, not an empty list. */
final class Worklists {

    private Worklists() {
    }

    static Set<CaseStatus> statuses(List<String> given) {
        if (given == null || given.isEmpty()) {
            return null;
        }
        Set<CaseStatus> statuses = EnumSet.noneOf(CaseStatus.class);
        for (String s : given) {
            for (String one : s.split(",")) {
                if (!one.isBlank()) {
                    statuses.add(parse(CaseStatus.class, "status", one));
                }
            }
        }
        return statuses;
    }

    static <E extends Enum<E>> E parse(Class<E> type, String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip().toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException unknown) {
            throw InvalidInputException.of(field, "validation.choice");
        }
    }

    static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
