package org.tongban.identity.boundary;

import java.util.List;
import org.tongban.identity.entity.Account;
import org.tongban.identity.entity.AccountKind;
import org.tongban.jurisdiction.control.Jurisdictions;

/**
 * An account as its owner sees it. The identity number is masked; the jurisdiction is the office's
 * for staff and the place of residence for citizens.
 */
public record AccountRepresentation(String username, String displayName, AccountKind kind, List<String> roles,
        JurisdictionRef jurisdiction, OfficeRef office, String residentIdMasked, String email) {

    public record JurisdictionRef(String code, String nameZh, String nameEn) {
    }

    public record OfficeRef(long id, String nameZh, String nameEn) {
    }

    static AccountRepresentation of(Account account, Jurisdictions jurisdictions) {
        String code = account.jurisdictionCode().orElse(account.residenceCode());
        JurisdictionRef jurisdiction = code == null ? null : jurisdictions.find(code)
                .map(j -> new JurisdictionRef(j.code(), j.nameZh(), j.nameEn())).orElse(null);
        OfficeRef office = account.office().map(o -> new OfficeRef(o.id(), o.nameZh(), o.nameEn())).orElse(null);
        return new AccountRepresentation(account.username(), account.displayName(), account.kind(),
                account.roleNames().stream().sorted().toList(), jurisdiction, office,
                account.residentId().map(r -> r.masked()).orElse(null), account.email());
    }

}
