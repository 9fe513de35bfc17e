package org.tongban.identity.entity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.tongban.jurisdiction.entity.Office;

/**
 * A person who signs in: a citizen (identified by a resident identity number, living in a
 * jurisdiction) or a member of staff (belonging to one office and so to one jurisdiction).
 */
@Entity
@Table(name = "account")
public class Account {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private Long id;

    @Column(name = "username")
    private String username;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind")
    private AccountKind kind;

    @Column(name = "display_name")
    private String displayName;

    @Column(name = "password_hash")
    private String passwordHash;

    @Column(name = "resident_id")
    private String residentId;

    @Column(name = "mobile")
    private String mobile;

    @Column(name = "email")
    private String email;

    @Column(name = "residence_code")
    private String residenceCode;

    @ManyToOne(fetch = FetchType.EAGER)
    @JoinColumn(name = "office_id")
    private Office office;

    @Column(name = "enabled")
    private boolean enabled = true;

    @Column(name = "created_at")
    private Instant createdAt;

    @Version
    @Column(name = "version")
    private long version;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "account_role", joinColumns = @JoinColumn(name = "account_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "role")
    private Set<Role> roles = EnumSet.noneOf(Role.class);

    protected Account() {
    }

    public static Account citizen(String username, String displayName, ResidentIdentityNumber residentId,
            String mobile, String email, String residenceCode, String passwordHash) {
        Account account = new Account();
        account.kind = AccountKind.CITIZEN;
        account.username = username;
        account.displayName = displayName;
        account.residentId = residentId.value();
        account.mobile = mobile;
        account.email = email;
        account.residenceCode = residenceCode;
        account.passwordHash = passwordHash;
        account.roles = EnumSet.of(Role.CITIZEN);
        account.createdAt = Instant.now();
        return account;
    }

    public static Account staff(String username, String displayName, Office office, Set<Role> roles,
            String email, String passwordHash) {
        if (roles.isEmpty() || !Role.STAFF.containsAll(roles)) {
            throw new IllegalArgumentException("staff roles only");
        }
        Account account = new Account();
        account.kind = AccountKind.STAFF;
        account.username = username;
        account.displayName = displayName;
        account.office = office;
        account.email = email;
        account.passwordHash = passwordHash;
        account.roles = EnumSet.copyOf(roles);
        account.createdAt = Instant.now();
        return account;
    }

    public Long id() {
        return id;
    }

    public String username() {
        return username;
    }

    public AccountKind kind() {
        return kind;
    }

    public String displayName() {
        return displayName;
    }

    public String passwordHash() {
        return passwordHash;
    }

    public Optional<ResidentIdentityNumber> residentId() {
        return Optional.ofNullable(residentId).map(ResidentIdentityNumber::new);
    }

    public String mobile() {
        return mobile;
    }

    public String email() {
        return email;
    }

    public String residenceCode() {
        return residenceCode;
    }

    public Optional<Office> office() {
        return Optional.ofNullable(office);
    }

    /** The jurisdiction a member of staff acts for; empty for citizens. */
    public Optional<String> jurisdictionCode() {
        return office().map(o -> o.jurisdiction().code());
    }

    public boolean enabled() {
        return enabled;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Set<Role> roles() {
        return Collections.unmodifiableSet(roles);
    }

    public Set<String> roleNames() {
        return roles.stream().map(Role::name).collect(Collectors.toUnmodifiableSet());
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }
}
