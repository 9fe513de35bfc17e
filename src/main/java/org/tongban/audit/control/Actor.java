package org.tongban.audit.control;

/** Who acts, as the audit log records it. */
public record Actor(String name, String role, String jurisdictionCode) {

    public static final Actor ANONYMOUS = new Actor("anonymous", null, null);
    public static final Actor SYSTEM = new Actor("system", null, null);
}
