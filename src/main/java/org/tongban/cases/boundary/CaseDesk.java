package org.tongban.cases.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.persistence.PersistenceException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.tongban.audit.control.AuditLog;
import org.tongban.audit.entity.AuditRecord;
import org.tongban.cases.control.Answers;
import org.tongban.cases.control.Calendars;
import org.tongban.cases.control.CaseActionRefusedException;
import org.tongban.cases.control.CaseFiles;
import org.tongban.cases.control.IdempotencyConflictException;
import org.tongban.cases.control.TrackingNumbers;
import org.tongban.cases.entity.CaseAction;
import org.tongban.cases.entity.CaseFile;
import org.tongban.cases.entity.CaseWorkflow;
import org.tongban.cases.entity.LegalClock;
import org.tongban.cases.entity.WorkingCalendar;
import org.tongban.cases.entity.Party;
import org.tongban.catalogue.control.CatalogueStore;
import org.tongban.catalogue.control.LocalImplementations;
import org.tongban.catalogue.control.NationalCatalogue;
import org.tongban.catalogue.entity.EffectiveDefinition;
import org.tongban.catalogue.entity.ItemSummary;
import org.tongban.catalogue.entity.ItemVersion;
import org.tongban.identity.control.CurrentUser;
import org.tongban.identity.entity.Account;
import org.tongban.identity.entity.Role;
import org.tongban.identity.entity.UnifiedSocialCreditCode;
import org.tongban.jurisdiction.control.Jurisdictions;
import org.tongban.jurisdiction.control.OutOfScopeException;
import org.tongban.jurisdiction.entity.Jurisdiction;
import org.tongban.jurisdiction.entity.Level;
import org.tongban.platform.control.FieldChecks;
import org.tongban.platform.control.InvalidInputException;

/**
 * Submitting and reading cases. A submission resolves the effective local implementation for the
 * applicant's region, checks every answer against it, finds the deciding jurisdiction at the
 * item's handling level, and is idempotent per applicant and key: a retry with the same key and
 * request returns the case already made, a different request with the same key is refused.
 * Reads go through the caller's scope; staff reads of a case are audited.
 */
@Stateless
public class CaseDesk {

    static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    @Inject
    CaseFiles cases;

    @Inject
    TrackingNumbers trackingNumbers;

    @Inject
    NationalCatalogue catalogue;

    @Inject
    CatalogueStore catalogueStore;

    @Inject
    LocalImplementations implementations;

    @Inject
    Jurisdictions jurisdictions;

    @Inject
    Calendars calendars;

    @Inject
    CurrentUser currentUser;

    @Inject
    AuditLog audit;

    /** A submission's outcome: the case, and whether it already existed (a retry). */
    public record Submitted(CaseRepresentation representation, boolean replayed) {
    }

    @RolesAllowed("CITIZEN")
    public Submitted submit(SubmissionRequest request, String idempotencyKey) {
        Account applicant = currentUser.get();
        if (idempotencyKey == null || idempotencyKey.isBlank() || idempotencyKey.length() > 100
                || !idempotencyKey.matches("[\\x21-\\x7e]+")) {
            throw InvalidInputException.of("Idempotency-Key", "cases.idempotency.key");
        }
        if (request == null) {
            throw InvalidInputException.of("body", "validation.required");
        }
        String digest = digest(request);
        var earlier = cases.findByIdempotencyKey(applicant.id(), idempotencyKey);
        if (earlier.isPresent()) {
            return replay(earlier.get(), digest);
        }
        FieldChecks checks = new FieldChecks();
        ItemVersion national = request.item() == null ? null : catalogue.findPublished(request.item().strip()).orElse(null);
        if (national == null) {
            checks.problem("item", "cases.item.unknown");
        }
        Jurisdiction region = regionOf(request.region(), applicant, checks);
        String enterprise = null;
        if (request.enterpriseCode() != null && !request.enterpriseCode().isBlank()) {
            enterprise = UnifiedSocialCreditCode.normalize(request.enterpriseCode());
            UnifiedSocialCreditCode.problemWith(enterprise).ifPresent(key -> checks.problem("enterpriseCode", key));
        }
        checks.throwIfAny();
        EffectiveDefinition effective = implementations.effective(national, region);
        String answers = Answers.check(effective, request.answers(), checks);
        checks.throwIfAny();

        Jurisdiction deciding = decidingJurisdiction(region, national.handlingLevel());
        LocalDate today = LocalDate.now(CHINA);
        CaseFile created = CaseFile.submitted(trackingNumbers.next(deciding.code(), today), national.code(),
                national.version(), region.code(), deciding.code(), applicant.id(), enterprise, answers,
                effective.promisedLimitDays(), idempotencyKey, digest);
        try {
            cases.add(created);
        } catch (PersistenceException raced) {
            // a concurrent retry with the same key won; its transaction rolls this one back
            throw new IdempotencyConflictException();
        }
        audit.record(AuditRecord.of("CASE_SUBMITTED").subject("CASE", created.trackingNumber())
                .detail(national.code() + " v" + national.version() + " in " + region.code()));
        return new Submitted(represent(created, national), false);
    }

    @RolesAllowed({"CITIZEN", "CLERK", "SUPERVISOR", "INSPECTOR", "CENTRAL"})
    public CaseRepresentation get(String trackingNumber) {
        CaseFile found = cases.findVisible(currentUser.scope(), trackingNumber).orElseThrow(OutOfScopeException::new);
        boolean own = found.applicantId().equals(currentUser.get().id());
        if (!own) {
            audit.record(AuditRecord.of("CASE_READ").subject("CASE", found.trackingNumber()).purpose("case processing"));
        }
        return represent(found, versionOf(found).orElse(null));
    }

    /**
     * A page of cases: item names come from one summary query and each deciding jurisdiction's
     * calendar is read once, however many cases the page holds.
     */
    @RolesAllowed({"CITIZEN", "CLERK", "SUPERVISOR", "INSPECTOR", "CENTRAL"})
    public List<CaseRepresentation.Summary> list(int first, int size) {
        var page = cases.list(currentUser.scope(), first, size);
        Map<String, ItemSummary> names = catalogue.searchSummaries(null, null, 0, 10_000).items().stream()
                .collect(java.util.stream.Collectors.toMap(ItemSummary::code, i -> i));
        Map<String, WorkingCalendar> calendarsByJurisdiction = new java.util.HashMap<>();
        return page.cases().stream().map(c -> {
            ItemSummary item = names.get(c.itemCode());
            WorkingCalendar calendar = calendarsByJurisdiction.computeIfAbsent(c.jurisdictionCode(),
                    code -> calendars.of(jurisdictions.get(code)));
            var reading = clock(c, calendar);
            return new CaseRepresentation.Summary(c.trackingNumber(), c.status(), c.itemCode(),
                    item == null ? null : item.nameZh(), item == null ? null : item.nameEn(), c.jurisdictionCode(),
                    c.submittedAt(), reading.deadline(), reading.card());
        }).toList();
    }

    /**
     * Takes a step on a case: applicant steps by the applicant, office steps by clerks and
     * supervisors of the deciding jurisdiction's subtree. Of two people acting on one case at
     * once, the second is told that it changed meanwhile.
     */
    @RolesAllowed({"CITIZEN", "CLERK", "SUPERVISOR"})
    public CaseRepresentation act(String trackingNumber, CaseAction action, String reason, Integer days) {
        Account caller = currentUser.get();
        CaseFile found = cases.findVisible(currentUser.scope(), trackingNumber).orElseThrow(OutOfScopeException::new);
        boolean applicant = found.applicantId().equals(caller.id());
        if (action.party() == Party.APPLICANT ? !applicant : applicant || !(caller.has(Role.CLERK) || caller.has(Role.SUPERVISOR))) {
            throw new CaseActionRefusedException("cases.action.notYours", 403);
        }
        ItemVersion version = versionOf(found).orElseThrow();
        var refusal = found.take(action, version.workflow(), reason, days, caller.id(),
                caller.office().map(o -> o.id()).orElse(null), LocalDate.now(CHINA));
        if (refusal.isPresent()) {
            throw new CaseActionRefusedException(refusal.get(), refusal.get().equals("cases.action.notNow")
                    || refusal.get().equals("cases.action.extendedOnce") ? 409 : 400);
        }
        try {
            cases.flush();
        } catch (jakarta.persistence.OptimisticLockException meanwhile) {
            throw new CaseActionRefusedException("cases.action.changedMeanwhile");
        }
        audit.record(AuditRecord.of("CASE_" + action.name()).subject("CASE", found.trackingNumber())
                .purpose(applicant ? null : "case processing").detail(found.status().name()));
        return represent(found, version);
    }

    @RolesAllowed({"CITIZEN", "CLERK", "SUPERVISOR", "INSPECTOR", "CENTRAL"})
    public long count() {
        return cases.count(currentUser.scope());
    }

    /** The item version a case was made under: its workflow governs the case even after a revision. */
    private java.util.Optional<ItemVersion> versionOf(CaseFile c) {
        return catalogueStore.findVersion(c.itemCode(), c.itemVersion());
    }

    private Submitted replay(CaseFile earlier, String digest) {
        if (!earlier.requestDigest().equals(digest)) {
            throw new IdempotencyConflictException();
        }
        return new Submitted(represent(earlier, versionOf(earlier).orElse(null)), true);
    }

    /** The region asked for (a city or county), else where the applicant lives. */
    private Jurisdiction regionOf(String code, Account applicant, FieldChecks checks) {
        String asked = code == null || code.isBlank() ? applicant.residenceCode() : code.strip();
        Jurisdiction region = asked == null ? null : jurisdictions.find(asked).orElse(null);
        if (region == null || region.level() == Level.NATION || region.level() == Level.PROVINCE) {
            checks.problem("region", "cases.region.unknown");
            return null;
        }
        return region;
    }

    /** The jurisdiction at the item's handling level above (or at) the region. */
    private Jurisdiction decidingJurisdiction(Jurisdiction region, Level handlingLevel) {
        return jurisdictions.lineage(region).stream()
                .filter(j -> j.level() == handlingLevel)
                .findFirst()
                .orElse(region);
    }

    private LegalClock.Reading clock(CaseFile c) {
        return clock(c, calendars.of(jurisdictions.get(c.jurisdictionCode())));
    }

    private LegalClock.Reading clock(CaseFile c, WorkingCalendar calendar) {
        LocalDate from = c.acceptedOn() != null ? c.acceptedOn() : c.submittedAt().atZone(CHINA).toLocalDate();
        LegalClock clock = new LegalClock(from, c.promisedDays(), c.pauses(CHINA),
                c.extensionDays() == null ? null : new LegalClock.Extension(c.extensionDays(), null));
        return clock.read(calendar, LocalDate.now(CHINA));
    }

    private CaseRepresentation represent(CaseFile c, ItemVersion version) {
        LegalClock.Reading reading = clock(c);
        var office = jurisdictions.officeOf(c.jurisdictionCode());
        Account caller = currentUser.get();
        Party party = c.applicantId().equals(caller.id()) ? Party.APPLICANT : Party.OFFICE;
        boolean mayAct = party == Party.APPLICANT || caller.has(Role.CLERK) || caller.has(Role.SUPERVISOR);
        Map<String, String> answers = new LinkedHashMap<>();
        JsonObject json = Json.createReader(new StringReader(c.answers())).readObject();
        json.forEach((k, v) -> answers.put(k, json.getString(k)));
        return new CaseRepresentation(c.trackingNumber(), c.status(), c.itemCode(), c.itemVersion(),
                version == null ? null : version.nameZh(), version == null ? null : version.nameEn(), c.regionCode(),
                c.jurisdictionCode(), office.map(o -> o.nameZh()).orElse(null), office.map(o -> o.nameEn()).orElse(null),
                c.submittedAt(), c.promisedDays(),
                new CaseRepresentation.Clock(c.acceptedOn() != null ? c.acceptedOn() : c.submittedAt().atZone(CHINA).toLocalDate(),
                        reading.deadline(), reading.totalDays(), reading.usedDays(), reading.remainingDays(),
                        !c.status().clockRunning(), reading.card(), reading.beyondPublishedCalendar()),
                answers,
                c.transitions().stream().map(t -> new CaseRepresentation.Step(t.at(), t.action(), t.toStatus(), t.party(),
                        office.map(o -> o.nameZh()).orElse(null), office.map(o -> o.nameEn()).orElse(null), t.reason()))
                        .toList(),
                mayAct && version != null
                        ? CaseWorkflow.available(version.workflow(), c.status(), party, c.extensionDays() != null)
                        : List.of());
    }

    /** The same request always has the same digest: fields in a fixed order, answers sorted by code. */
    static String digest(SubmissionRequest request) {
        var answers = Json.createObjectBuilder();
        new TreeMap<>(request.answers() == null ? Map.<String, String>of() : request.answers())
                .forEach((k, v) -> answers.add(k, v == null ? "" : v));
        String canonical = Json.createArrayBuilder().add(String.valueOf(request.item()))
                .add(String.valueOf(request.region())).add(String.valueOf(request.enterpriseCode()))
                .add(answers).build().toString();
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(canonical.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
