package org.tongban.jurisdiction.entity;

/**
 * What one person may see: everything (central staff), one jurisdiction's subtree (office
 * staff), or only their own records (citizens). Queries restrict themselves with
 * {@link #codePattern()} on the jurisdiction code of what they read and, for own records, with
 * {@link #accountId()}; single records are checked with {@link #includes(String)}.
 */
public record Scope(Kind kind, String jurisdictionCode, String codePrefix, Long accountId) {

    public enum Kind { EVERYTHING, SUBTREE, OWN_RECORDS, NOTHING }

    public static Scope everything() {
        return new Scope(Kind.EVERYTHING, Jurisdiction.NATION_CODE, "", null);
    }

    public static Scope subtree(Jurisdiction root) {
        return new Scope(Kind.SUBTREE, root.code(), root.scopePrefix(), null);
    }

    public static Scope ownRecords(long accountId) {
        return new Scope(Kind.OWN_RECORDS, null, null, accountId);
    }

    public static Scope nothing() {
        return new Scope(Kind.NOTHING, null, null, null);
    }

    /** True when records of the given jurisdiction are visible as a whole (not only one's own). */
    public boolean includes(String code) {
        return switch (kind) {
            case EVERYTHING -> true;
            case SUBTREE -> code != null && code.startsWith(codePrefix);
            case OWN_RECORDS, NOTHING -> false;
        };
    }

    /**
     * A LIKE pattern matching the codes of every visible jurisdiction; matches nothing for
     * citizens, whose queries restrict by account instead.
     */
    /** A subtree of one jurisdiction with nothing below it (a county): its cases match by equality, not by prefix. */
    public boolean singleJurisdiction() {
        return kind == Kind.SUBTREE && codePrefix != null && codePrefix.length() == 6;
    }

    public String codePattern() {
        return switch (kind) {
            case EVERYTHING, SUBTREE -> codePrefix + "%";
            case OWN_RECORDS, NOTHING -> "-";
        };
    }

    /** The narrower of this scope and the subtree of {@code code}, or nothing if it lies outside. */
    public Scope narrowTo(Jurisdiction root) {
        if (!includes(root.code())) {
            return nothing();
        }
        return subtree(root);
    }
}
