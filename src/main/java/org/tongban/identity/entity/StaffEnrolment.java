package org.tongban.identity.entity;

import java.util.Set;

/** A staff account as an administrator sets it up: one office, one or more staff roles. */
public record StaffEnrolment(String username, String name, String officeJurisdictionCode, Set<String> roles,
        String email, String password) {

    @Override
    public String toString() {
        return "StaffEnrolment[" + username + "]";
    }
}
