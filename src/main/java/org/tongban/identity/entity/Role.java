package org.tongban.identity.entity;

import java.util.Collection;
import java.util.EnumSet;
import java.util.Set;

/** What a person may do. Staff roles belong to an office; CITIZEN never does. */
public enum Role {
    CITIZEN, CLERK, SUPERVISOR, INSPECTOR, CENTRAL, CATALOGUE_ADMIN;

    public static final Set<Role> STAFF = EnumSet.of(CLERK, SUPERVISOR, INSPECTOR, CENTRAL, CATALOGUE_ADMIN);
    public static final Set<Role> OFFICE = EnumSet.of(CLERK, SUPERVISOR, INSPECTOR);

    /** The page a person lands on after signing in, for the most senior of their roles. */
    public static String landingPath(Collection<String> roles) {
        if (roles.contains(CENTRAL.name())) {
            return "/central/index.xhtml";
        }
        if (roles.contains(CATALOGUE_ADMIN.name())) {
            return "/admin/index.xhtml";
        }
        if (roles.contains(SUPERVISOR.name()) || roles.contains(CLERK.name()) || roles.contains(INSPECTOR.name())) {
            return "/clerk/index.xhtml";
        }
        if (roles.contains(CITIZEN.name())) {
            return "/citizen/index.xhtml";
        }
        return "/public/index.xhtml";
    }
}
