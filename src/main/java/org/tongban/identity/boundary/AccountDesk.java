package org.tongban.identity.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.Optional;
import org.tongban.audit.control.AuditLog;
import org.tongban.audit.entity.AuditRecord;
import org.tongban.audit.entity.Outcome;
import org.tongban.identity.control.CurrentUser;
import org.tongban.identity.control.Enrolment;
import org.tongban.identity.control.StaffDirectory;
import org.tongban.identity.entity.Account;
import org.tongban.identity.entity.CitizenRegistration;
import org.tongban.identity.entity.StaffEnrolment;
import org.tongban.jurisdiction.control.Jurisdictions;
import org.tongban.jurisdiction.control.OutOfScopeException;
import org.tongban.jurisdiction.entity.Scope;

/**
 * Opening accounts and reading the staff directory, for pages and API alike. Every read of the
 * directory goes through the caller's {@link Scope} and is audited in the same transaction.
 */
@Stateless
public class AccountDesk {

    @Inject
    Enrolment enrolment;

    @Inject
    StaffDirectory directory;

    @Inject
    CurrentUser currentUser;

    @Inject
    Jurisdictions jurisdictions;

    @Inject
    AuditLog audit;

    @PermitAll
    public Account registerCitizen(CitizenRegistration form) {
        Account account = enrolment.registerCitizen(form);
        audit.record(new org.tongban.audit.control.Actor(account.username(), "CITIZEN", null),
                AuditRecord.of("ACCOUNT_REGISTERED").subject("ACCOUNT", account.id()));
        return account;
    }

    /** What is wrong with a registration form, without registering (nothing is written, so nothing is audited). */
    @PermitAll
    public java.util.List<org.tongban.platform.control.FieldProblem> problemsWith(CitizenRegistration form) {
        return enrolment.problemsWith(form);
    }

    @RolesAllowed("CENTRAL")
    public Account enrolStaff(StaffEnrolment form) {
        Account account = enrolment.enrolStaff(form);
        audit.record(AuditRecord.of("STAFF_ACCOUNT_CREATED").subject("ACCOUNT", account.id())
                .detail("office " + account.jurisdictionCode().orElse("") + ", roles " + account.roleNames()));
        return account;
    }

    /**
     * Colleagues visible to the caller, optionally narrowed to one jurisdiction's subtree. A
     * jurisdiction outside the caller's scope reads as not found, exactly like an unknown one.
     */
    @RolesAllowed({"CLERK", "SUPERVISOR", "INSPECTOR", "CENTRAL"})
    public StaffDirectory.Page staff(String jurisdictionCode, String text, int first, int size) {
        Scope scope = currentUser.scope();
        if (jurisdictionCode != null && !jurisdictionCode.isBlank()) {
            scope = jurisdictions.find(jurisdictionCode.strip()).map(scope::narrowTo).orElse(Scope.nothing());
            if (scope.kind() == Scope.Kind.NOTHING) {
                audit.recordIndependently(AuditRecord.of("STAFF_DIRECTORY_READ").subject("JURISDICTION", jurisdictionCode)
                        .outcome(Outcome.DENIED));
                throw new OutOfScopeException();
            }
        }
        StaffDirectory.Page page = directory.list(scope, text, first, size);
        audit.record(AuditRecord.of("STAFF_DIRECTORY_READ").subject("JURISDICTION", scope.jurisdictionCode())
                .detail(page.members().size() + " of " + page.total()));
        return page;
    }

    /** How many colleagues the caller sees; a count names nobody, so it is not audited. */
    @RolesAllowed({"CLERK", "SUPERVISOR", "INSPECTOR", "CENTRAL"})
    public long countStaff(String text) {
        return directory.count(currentUser.scope(), text);
    }

    @RolesAllowed({"CLERK", "SUPERVISOR", "INSPECTOR", "CENTRAL"})
    public Optional<Account> staffMember(String username) {
        Optional<Account> member = directory.find(currentUser.scope(), username);
        audit.record(AuditRecord.of("STAFF_MEMBER_READ").subject("ACCOUNT", member.map(Account::id).orElse(null))
                .outcome(member.isPresent() ? Outcome.SUCCESS : Outcome.DENIED));
        return member;
    }
}
