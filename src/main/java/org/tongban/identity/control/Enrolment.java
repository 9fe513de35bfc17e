package org.tongban.identity.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.tongban.identity.entity.Account;
import org.tongban.identity.entity.CitizenRegistration;
import org.tongban.identity.entity.ResidentIdentityNumber;
import org.tongban.identity.entity.Role;
import org.tongban.identity.entity.StaffEnrolment;
import org.tongban.jurisdiction.control.Jurisdictions;
import org.tongban.jurisdiction.entity.Jurisdiction;
import org.tongban.jurisdiction.entity.Level;
import org.tongban.jurisdiction.entity.Office;
import org.tongban.platform.control.FieldChecks;
import org.tongban.platform.control.FieldProblem;

/**
 * Opens accounts: citizens for themselves, staff by an administrator. Every field is checked and
 * every problem reported together before anything is written; uniqueness is checked up front for
 * a helpful message and enforced by the database for concurrent attempts. Runs inside the
 * caller's transaction.
 */
@ApplicationScoped
public class Enrolment {

    static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{2,31}");
    static final Pattern MOBILE = Pattern.compile("1[3-9][0-9]{9}");
    static final Pattern EMAIL = Pattern.compile("[^@\\s\\p{Cntrl}]{1,64}@[^@\\s\\p{Cntrl}]+\\.[^@\\s\\p{Cntrl}]{2,}");

    @Inject
    Accounts accounts;

    @Inject
    Passwords passwords;

    @Inject
    Jurisdictions jurisdictions;

    public Account registerCitizen(CitizenRegistration form) {
        FieldChecks checks = new FieldChecks();
        CitizenRegistration valid = checkCitizen(form, checks);
        checks.throwIfAny();
        refuseDuplicates(valid.username(), valid.residentId(), valid.email());
        Account account = Account.citizen(valid.username(), valid.name(), new ResidentIdentityNumber(valid.residentId()),
                valid.mobile(), valid.email(), valid.residenceCode(), passwords.hash(form.password()));
        return add(account);
    }

    /** Every problem of a registration form, without registering anything (for a form that must be corrected anyway). */
    public List<FieldProblem> problemsWith(CitizenRegistration form) {
        FieldChecks checks = new FieldChecks();
        checkCitizen(form, checks);
        return checks.problems();
    }

    /** The form's values normalized; problems go to {@code checks}. */
    private CitizenRegistration checkCitizen(CitizenRegistration form, FieldChecks checks) {
        String username = checkUsername(checks, form.username());
        String name = checkName(checks, form.name());
        String residentId = ResidentIdentityNumber.normalize(form.residentId());
        if (checks.required("residentId", residentId)) {
            ResidentIdentityNumber.problemWith(residentId, LocalDate.now()).ifPresent(key -> checks.problem("residentId", key));
        }
        String mobile = form.mobile() == null ? null : form.mobile().strip().replace(" ", "").replace("-", "");
        if (checks.required("mobile", mobile) && !MOBILE.matcher(mobile).matches()) {
            checks.problem("mobile", "identity.mobile.format");
        }
        String email = checkEmail(checks, form.email());
        checkPassword(checks, form.password(), username, residentId, mobile);
        String residence = checkResidence(checks, form.residenceCode(), residentId);
        return new CitizenRegistration(username, name, residentId, mobile, email, null, residence);
    }

    public Account enrolStaff(StaffEnrolment form) {
        FieldChecks checks = new FieldChecks();
        String username = checkUsername(checks, form.username());
        String name = checkName(checks, form.name());
        String email = checkEmail(checks, form.email());
        checkPassword(checks, form.password(), username);
        Office office = null;
        if (checks.required("officeJurisdictionCode", form.officeJurisdictionCode())) {
            office = jurisdictions.find(form.officeJurisdictionCode().strip())
                    .flatMap(j -> jurisdictions.officeOf(j.code())).orElse(null);
            if (office == null) {
                checks.problem("officeJurisdictionCode", "jurisdiction.unknown", form.officeJurisdictionCode());
            }
        }
        Set<Role> roles = EnumSet.noneOf(Role.class);
        if (form.roles() == null || form.roles().isEmpty()) {
            checks.problem("roles", "validation.required");
        } else {
            for (String role : form.roles()) {
                try {
                    Role r = Role.valueOf(role);
                    if (!Role.STAFF.contains(r)) {
                        throw new IllegalArgumentException(role);
                    }
                    roles.add(r);
                } catch (IllegalArgumentException | NullPointerException e) {
                    checks.problem("roles", "identity.role.unknown", role);
                }
            }
            boolean nationOffice = office != null && office.jurisdiction().level() == Level.NATION;
            if (office != null && !nationOffice && (roles.contains(Role.CENTRAL) || roles.contains(Role.CATALOGUE_ADMIN))) {
                checks.problem("roles", "identity.role.centralOnly");
            }
            // office roles at the national office would see every locality without stating a purpose
            if (nationOffice && roles.stream().anyMatch(Role.OFFICE::contains)) {
                checks.problem("roles", "identity.role.localOnly");
            }
        }
        checks.throwIfAny();
        refuseDuplicates(username, null, email);
        return add(Account.staff(username, name, office, roles, email, passwords.hash(form.password())));
    }

    private Account add(Account account) {
        try {
            return accounts.add(account);
        } catch (PersistenceException e) {
            if (!isUniqueViolation(e)) {
                throw e;
            }
            // lost a race with a concurrent registration of the same name, identity number or e-mail
            throw new DuplicateAccountException(List.of(new FieldProblem("username", "identity.duplicate.retry")));
        }
    }

    private static boolean isUniqueViolation(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof java.sql.SQLException sql && "23505".equals(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }

    private void refuseDuplicates(String username, String residentId, String email) {
        List<FieldProblem> duplicates = new ArrayList<>();
        if (accounts.usernameTaken(username)) {
            duplicates.add(new FieldProblem("username", "identity.duplicate.username"));
        }
        if (residentId != null && accounts.residentIdTaken(residentId)) {
            duplicates.add(new FieldProblem("residentId", "identity.duplicate.residentId"));
        }
        if (email != null && accounts.emailTaken(email)) {
            duplicates.add(new FieldProblem("email", "identity.duplicate.email"));
        }
        if (!duplicates.isEmpty()) {
            throw new DuplicateAccountException(duplicates);
        }
    }

    private static String checkUsername(FieldChecks checks, String raw) {
        String username = raw == null ? null : raw.strip().toLowerCase(Locale.ROOT);
        if (checks.required("username", username) && !USERNAME.matcher(username).matches()) {
            checks.problem("username", "identity.username.format");
        }
        return username;
    }

    private static String checkName(FieldChecks checks, String raw) {
        String name = raw == null ? null : raw.strip();
        if (checks.required("name", name) && checks.length("name", name, 2, 50)
                && name.chars().anyMatch(Character::isISOControl)) {
            checks.problem("name", "validation.characters");
        }
        return name;
    }

    private static String checkEmail(FieldChecks checks, String raw) {
        String email = raw == null ? null : raw.strip().toLowerCase(Locale.ROOT);
        if (checks.required("email", email) && (email.length() > 254 || !EMAIL.matcher(email).matches())) {
            checks.problem("email", "identity.email.format");
        }
        return email;
    }

    private static void checkPassword(FieldChecks checks, String password, String... personal) {
        if (checks.required("password", password)) {
            PasswordPolicy.problemWith(password, personal).ifPresent(key -> checks.problem("password", key,
                    PasswordPolicy.MIN_LENGTH));
        }
    }

    /** The chosen county of residence, or the division of registration when it is a current county. */
    private String checkResidence(FieldChecks checks, String residenceCode, String residentId) {
        if (residenceCode != null && !residenceCode.isBlank()) {
            var place = jurisdictions.find(residenceCode.strip());
            if (place.isEmpty() || place.get().level() == Level.NATION || place.get().level() == Level.PROVINCE) {
                checks.problem("residenceCode", "identity.residence.unknown");
                return null;
            }
            return place.get().code();
        }
        if (residentId == null || checks.hasProblem("residentId")) {
            return null;
        }
        return jurisdictions.find(residentId.substring(0, 6))
                .filter(j -> j.level() == Level.COUNTY || j.level() == Level.PREFECTURE)
                .map(Jurisdiction::code).orElse(null);
    }
}
