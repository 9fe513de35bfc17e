package org.tongban.audit.entity;

/**
 * What is to be audited, apart from who and from where, which the log adds itself.
 *
 * @param action      what was done, e.g. {@code SIGN_IN}, {@code STAFF_DIRECTORY_READ}
 * @param subjectType the kind of thing concerned, e.g. {@code ACCOUNT}
 * @param subjectId   which one (an id, never an identity number)
 * @param purpose     why, where the actor had to say
 * @param outcome     how it ended
 * @param detail      anything else an auditor needs, without personal data
 */
public record AuditRecord(String action, String subjectType, String subjectId, String purpose, Outcome outcome,
        String detail) {

    public static AuditRecord of(String action) {
        return new AuditRecord(action, null, null, null, Outcome.SUCCESS, null);
    }

    public AuditRecord subject(String type, Object id) {
        return new AuditRecord(action, type, id == null ? null : id.toString(), purpose, outcome, detail);
    }

    public AuditRecord purpose(String why) {
        return new AuditRecord(action, subjectType, subjectId, why, outcome, detail);
    }

    public AuditRecord outcome(Outcome how) {
        return new AuditRecord(action, subjectType, subjectId, purpose, how, detail);
    }

    public AuditRecord detail(String more) {
        return new AuditRecord(action, subjectType, subjectId, purpose, outcome, more);
    }
}
