package org.tongban.identity.boundary;

import java.util.List;
import org.tongban.identity.entity.Account;

/** A colleague in the staff directory: who, which office, which roles; no contact data. */
public record StaffMemberRepresentation(String username, String displayName, List<String> roles,
        String jurisdictionCode, String officeNameZh, String officeNameEn) {

    static StaffMemberRepresentation of(Account account) {
        var office = account.office().orElseThrow();
        return new StaffMemberRepresentation(account.username(), account.displayName(),
                account.roleNames().stream().sorted().toList(), office.jurisdiction().code(), office.nameZh(),
                office.nameEn());
    }
}
