package org.tongban.cases.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.persistence.PersistenceException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.tongban.audit.control.AuditLog;
import org.tongban.audit.entity.AuditRecord;
import org.tongban.cases.control.Answers;
import org.tongban.cases.control.Calendars;
import org.tongban.cases.control.CaseActionRefusedException;
import org.tongban.cases.control.CaseClocks;
import org.tongban.cases.control.CaseFiles;
import org.tongban.cases.control.Certificates;
import org.tongban.cases.control.Drafts;
import org.tongban.cases.control.IdempotencyConflictException;
import org.tongban.cases.control.Materials;
import org.tongban.cases.control.Ratings;
import org.tongban.cases.control.TrackingNumbers;
import org.tongban.cases.entity.CaseAction;
import org.tongban.cases.entity.CaseDraft;
import org.tongban.cases.entity.CaseFile;
import org.tongban.cases.entity.CaseMaterial;
import org.tongban.cases.entity.CaseWorkflow;
import org.tongban.cases.entity.Certificate;
import org.tongban.cases.entity.LegalClock;
import org.tongban.cases.entity.Party;
import org.tongban.cases.entity.Worklist;
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
import org.tongban.notification.control.Notifications;
import org.tongban.platform.control.FieldChecks;
import org.tongban.platform.control.InvalidInputException;
import org.tongban.platform.control.JsonProviders;

/**
 * Submitting and reading cases. A submission resolves the effective local implementation for the
 * applicant's region, checks every answer against it, finds the deciding jurisdiction at the
 * item's handling level, and is idempotent per applicant and key: a retry with the same key and
 * request returns the case already made, a different request with the same key is refused.
 * Reads go through the caller's scope; staff reads of a case are audited.
 */
@Stateless
public class CaseDesk {

    static final ZoneId CHINA = CaseClocks.CHINA;

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
    CaseClocks clocks;

    @Inject
    Materials materials;

    @Inject
    Drafts drafts;

    @Inject
    Certificates certificates;

    @Inject
    Ratings ratings;

    @Inject
    Notifications notifications;

    @Inject
    org.tongban.identity.control.Accounts accounts;

    @Inject
    CurrentUser currentUser;

    @Inject
    AuditLog audit;

    /** A submission's outcome: the case, and whether it already existed (a retry). */
    public record Submitted(CaseRepresentation representation, boolean replayed) {
    }

    @RolesAllowed("CITIZEN")
    public Submitted submit(SubmissionRequest request, String idempotencyKey) {
        return submit(request, idempotencyKey, null);
    }

    private Submitted submit(SubmissionRequest request, String idempotencyKey, CaseDraft draft) {
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
        if (draft != null) {
            materials.moveToCase(draft.id(), created.id());
            drafts.remove(draft);
        }
        clocks.mark(created);
        notifications.notify(applicant.id(), "submitted", created.trackingNumber(), null);
        Submitted submitted = new Submitted(represent(created, national), false);
        // the audit entry last, after everything else is written: the chain's lock is held from here to the commit
        cases.flush();
        audit.record(AuditRecord.of("CASE_SUBMITTED").subject("CASE", created.trackingNumber())
                .detail(national.code() + " v" + national.version() + " in " + region.code()));
        return submitted;
    }

    /**
     * Submits a draft from the pages: the same checks as the API, and every mandatory material
     * must be there. The draft's own idempotency key makes a double submission one case.
     */
    @RolesAllowed("CITIZEN")
    public Submitted submitDraft(long draftId) {
        Account applicant = currentUser.get();
        CaseDraft draft = drafts.findOwn(applicant.id(), draftId).orElse(null);
        if (draft == null) {
            // submitted already (a second tap): the case made from it answers
            throw new OutOfScopeException();
        }
        FieldChecks checks = new FieldChecks();
        ItemVersion national = catalogue.findPublished(draft.itemCode()).orElseThrow(OutOfScopeException::new);
        Jurisdiction region = jurisdictions.find(draft.regionCode()).orElseThrow(OutOfScopeException::new);
        EffectiveDefinition effective = implementations.effective(national, region);
        var given = materials.ofDraft(draft.id()).stream().map(CaseMaterial::materialCode).collect(java.util.stream.Collectors.toSet());
        effective.materials().stream().filter(m -> m.mandatory() && !given.contains(m.code()))
                .forEach(m -> checks.problem("materials." + m.code(), "cases.material.missing"));
        checks.throwIfAny();
        return submit(new SubmissionRequest(draft.itemCode(), draft.regionCode(), draft.enterpriseCode(),
                answersOf(draft.answers())), draft.idempotencyKey(), draft);
    }

    /** The answers a draft holds, as submitted. */
    public static Map<String, String> answersOf(String json) {
        Map<String, String> answers = new LinkedHashMap<>();
        JsonObject object = JsonProviders.PROVIDER.createReader(new StringReader(json == null ? "{}" : json)).readObject();
        object.forEach((k, v) -> answers.put(k, v.getValueType() == jakarta.json.JsonValue.ValueType.STRING
                ? object.getString(k) : v.toString()));
        return answers;
    }

    @RolesAllowed({"CITIZEN", "CLERK", "SUPERVISOR", "INSPECTOR", "CENTRAL"})
    public CaseRepresentation get(String trackingNumber) {
        CaseFile found = cases.findVisible(currentUser.scope(), trackingNumber).orElseThrow(OutOfScopeException::new);
        boolean own = found.applicantId().equals(currentUser.get().id());
        CaseRepresentation read = represent(found, versionOf(found).orElse(null));
        if (!own) {
            audit.record(AuditRecord.of("CASE_READ").subject("CASE", found.trackingNumber()).purpose("case processing"));
        }
        return read;
    }

    /** A page of the caller's own cases (citizens), newest first. */
    @RolesAllowed({"CITIZEN", "CLERK", "SUPERVISOR", "INSPECTOR", "CENTRAL"})
    public List<CaseRepresentation.Summary> list(int first, int size) {
        return summaries(cases.list(currentUser.scope(), first, size).cases());
    }

    /** A page of a worklist: the caller's subtree, filtered and ordered in the database. */
    @RolesAllowed({"CLERK", "SUPERVISOR", "INSPECTOR", "CENTRAL"})
    public CaseFiles.Page worklist(Worklist filter, int first, int size) {
        return cases.worklist(currentUser.scope(), filter, currentUser.get().id(), CaseClocks.today(), first, size);
    }

    /** Summaries of a page of cases: item names from one summary query, cards from the marks kept on each case. */
    public List<CaseRepresentation.Summary> summaries(List<CaseFile> page) {
        Map<String, ItemSummary> names = catalogue.publishedSummaries().stream()
                .collect(java.util.stream.Collectors.toMap(ItemSummary::code, i -> i));
        LocalDate today = CaseClocks.today();
        Long me = currentUser.get().id();
        return page.stream().map(c -> {
            ItemSummary item = names.get(c.itemCode());
            var marks = new org.tongban.cases.entity.LegalClock.Marks(c.yellowOn(), c.dueOn());
            boolean open = c.status().inProgress();
            return new CaseRepresentation.Summary(c.trackingNumber(), c.status(), c.itemCode(),
                    item == null ? null : item.nameZh(), item == null ? null : item.nameEn(), c.jurisdictionCode(),
                    c.submittedAt(), open ? c.dueOn() : null,
                    open ? marks.cardOn(today) : null, c.assigneeId() != null, me.equals(c.assigneeId()),
                    c.suppliedAt() != null, c.extensionDays() != null);
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
        if (reason != null && !reason.isBlank()) {
            // the applicant reads it: printable text of at most 1,000 characters
            FieldChecks checks = new FieldChecks();
            if (checks.required("reason", reason)) {
                checks.length("reason", reason.strip(), 1, 1000);
            }
            checks.throwIfAny();
        }
        ItemVersion version = versionOf(found).orElseThrow();
        if (action == CaseAction.SUPPLY && found.status() == org.tongban.cases.entity.CaseStatus.AWAITING_SUPPLEMENT
                && !suppliedSinceRequest(found)) {
            throw new CaseActionRefusedException("cases.supply.noMaterial", 400);
        }
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
        if (action == CaseAction.APPROVE) {
            issueCertificate(found, version, caller);
        }
        clocks.mark(found);
        if (!applicant) {
            notifications.notify(found.applicantId(), topicOf(action), found.trackingNumber(), reason);
        } else if (action == CaseAction.SUPPLY && found.assigneeId() != null) {
            notifications.notify(found.assigneeId(), "supplied", found.trackingNumber(), null);
        }
        CaseRepresentation after = represent(found, version);
        cases.flush();
        audit.record(AuditRecord.of("CASE_" + action.name()).subject("CASE", found.trackingNumber())
                .purpose(applicant ? null : "case processing").detail(found.status().name()));
        return after;
    }

    /**
     * Claims a case (a clerk, for oneself) or hands it to a member of staff whose office's
     * subtree holds the case (a supervisor); an empty name releases it.
     */
    @RolesAllowed({"CLERK", "SUPERVISOR"})
    public CaseRepresentation assign(String trackingNumber, String username) {
        Account caller = currentUser.get();
        CaseFile found = cases.findVisible(currentUser.scope(), trackingNumber).orElseThrow(OutOfScopeException::new);
        if (found.applicantId().equals(caller.id())) {
            throw new CaseActionRefusedException("cases.action.notYours", 403);
        }
        Long assignee;
        if (username == null || username.isBlank()) {
            if (!caller.has(Role.SUPERVISOR) && !caller.id().equals(found.assigneeId())) {
                throw new CaseActionRefusedException("cases.assign.supervisorOnly", 403);
            }
            assignee = null;
        } else {
            Account to = accounts.findByUsername(username.strip()).orElse(null);
            boolean self = to != null && to.id().equals(caller.id());
            if (!self && !caller.has(Role.SUPERVISOR)) {
                throw new CaseActionRefusedException("cases.assign.supervisorOnly", 403);
            }
            if (to == null || !to.enabled() || !(to.has(Role.CLERK) || to.has(Role.SUPERVISOR))
                    || to.jurisdictionCode().isEmpty()
                    || !org.tongban.jurisdiction.entity.Scope.subtree(jurisdictions.get(to.jurisdictionCode().get()))
                            .includes(found.jurisdictionCode())) {
                throw InvalidInputException.of("assignee", "cases.assign.unknownStaff");
            }
            if (self && found.assigneeId() != null && !found.assigneeId().equals(caller.id()) && !caller.has(Role.SUPERVISOR)) {
                throw new CaseActionRefusedException("cases.assign.taken");
            }
            assignee = to.id();
        }
        found.assign(assignee);
        try {
            cases.flush();
        } catch (jakarta.persistence.OptimisticLockException meanwhile) {
            throw new CaseActionRefusedException("cases.action.changedMeanwhile");
        }
        audit.record(AuditRecord.of("CASE_ASSIGNED").subject("CASE", found.trackingNumber()).purpose("case processing")
                .detail(assignee == null ? "released" : username.strip()));
        if (assignee != null && !assignee.equals(caller.id())) {
            notifications.notify(assignee, "assigned", found.trackingNumber(), null);
        }
        return represent(found, versionOf(found).orElse(null));
    }

    /** Approval issues the certificate at once, as a step of the same office. */
    private void issueCertificate(CaseFile approved, ItemVersion version, Account caller) {
        Account holder = accounts.find(approved.applicantId()).orElseThrow();
        var office = jurisdictions.officeOf(approved.jurisdictionCode()).orElseThrow();
        String holderId = approved.enterpriseCode() != null ? approved.enterpriseCode()
                : holder.residentId().map(r -> r.masked()).orElse("");
        certificates.add(new Certificate(approved.id(), version.code(), version.nameZh(), version.nameEn(), office.id(),
                holder.displayName(), holderId, LocalDate.now(CHINA), version.certificateValidityYears().orElse(null)));
        approved.take(CaseAction.ISSUE_CERTIFICATE, version.workflow(), null, null, caller.id(),
                caller.office().map(o -> o.id()).orElse(null), LocalDate.now(CHINA));
    }

    /** Material must come with an answer to a supplement request: at least one file since the request. */
    private boolean suppliedSinceRequest(CaseFile c) {
        var requested = c.transitions().stream().filter(t -> t.action() == CaseAction.REQUEST_SUPPLEMENT)
                .map(t -> t.at()).reduce((a, b) -> b).orElse(java.time.Instant.MIN);
        return materials.ofCase(c.id()).stream().anyMatch(m -> m.uploadedAt().isAfter(requested));
    }

    private static String topicOf(CaseAction action) {
        return switch (action) {
            case ACCEPT -> "accepted";
            case REFUSE -> "refused";
            case REQUEST_SUPPLEMENT -> "supplementRequested";
            case APPROVE -> "approved";
            case DENY -> "denied";
            case EXTEND -> "extended";
            default -> "changed";
        };
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
        String asked = code == null || code.isBlank() ? applicant.residenceCode() : code;
        Jurisdiction region = jurisdictions.findApplicationRegion(asked).orElse(null);
        if (region == null) {
            checks.problem("region", "cases.region.unknown");
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

    CaseRepresentation represent(CaseFile c, ItemVersion version) {
        LegalClock.Reading reading = clocks.read(c);
        var office = jurisdictions.officeOf(c.jurisdictionCode());
        Account caller = currentUser.get();
        Party party = c.applicantId().equals(caller.id()) ? Party.APPLICANT : Party.OFFICE;
        boolean mayAct = party == Party.APPLICANT || caller.has(Role.CLERK) || caller.has(Role.SUPERVISOR);
        EffectiveDefinition effective = version == null ? null
                : implementations.effective(version, jurisdictions.get(c.regionCode()));
        List<CaseRepresentation.MaterialRef> files = materials.ofCase(c.id()).stream().map(m -> {
            var named = effective == null ? null
                    : effective.materials().stream().filter(e -> e.code().equals(m.materialCode())).findFirst().orElse(null);
            return new CaseRepresentation.MaterialRef(m.id(), m.materialCode(), named == null ? m.materialCode() : named.nameZh(),
                    named == null ? m.materialCode() : named.nameEn(), m.fileName(), m.mediaType(), m.sizeBytes(),
                    m.uploadedAt());
        }).toList();
        var certificate = certificates.ofCase(c.id()).map(x -> new CaseRepresentation.CertificateRef(x.verificationCode(),
                x.stateOn(CaseClocks.today()), x.issuedOn(), x.validUntil())).orElse(null);
        var rating = ratings.of(c.id()).map(r -> new CaseRepresentation.RatingRef(r.score(), r.comment(), r.ratedAt()))
                .orElse(null);
        var rectification = ratings.rectificationOf(c.id()).map(r -> new CaseRepresentation.RectificationRef(r.id(),
                r.dueOn(), r.overdueOn(CaseClocks.today()), r.resolvedAt(), r.outcome())).orElse(null);
        String assignee = party == Party.OFFICE && c.assigneeId() != null
                ? accounts.find(c.assigneeId()).map(Account::displayName).orElse(null) : null;
        return new CaseRepresentation(c.trackingNumber(), c.status(), c.itemCode(), c.itemVersion(),
                version == null ? null : version.nameZh(), version == null ? null : version.nameEn(), c.regionCode(),
                c.jurisdictionCode(), office.map(o -> o.nameZh()).orElse(null), office.map(o -> o.nameEn()).orElse(null),
                c.enterpriseCode(), c.submittedAt(), c.promisedDays(),
                new CaseRepresentation.Clock(CaseClocks.countedFrom(c), reading.deadline(), reading.totalDays(),
                        reading.usedDays(), reading.remainingDays(), !c.status().clockRunning(), reading.card(),
                        reading.beyondPublishedCalendar(), c.extensionDays(), c.extensionReason(), reading.skipped(),
                        c.pauses(CHINA)),
                answersOf(c.answers()).entrySet().stream().map(a -> {
                    var field = effective == null ? null
                            : effective.fields().stream().filter(f -> f.code().equals(a.getKey())).findFirst().orElse(null);
                    return new CaseRepresentation.Answer(a.getKey(), field == null ? a.getKey() : field.labelZh(),
                            field == null ? a.getKey() : field.labelEn(), a.getValue());
                }).toList(), files,
                c.transitions().stream().map(t -> {
                    // an office's step names the office that took it (the province may act on a county's case);
                    // the applicant's steps name the office the case is with
                    var by = t.officeId() == null ? office : jurisdictions.officeById(t.officeId()).or(() -> office);
                    return new CaseRepresentation.Step(t.at(), t.action(), t.toStatus(), t.party(),
                            by.map(o -> o.nameZh()).orElse(null), by.map(o -> o.nameEn()).orElse(null), t.reason());
                }).toList(),
                mayAct && version != null
                        ? CaseWorkflow.available(version.workflow(), c.status(), party, c.extensionDays() != null)
                        : List.of(),
                assignee, certificate, rating, rectification,
                party == Party.APPLICANT && c.status().decided() && rating == null);
    }

    /** The same request always has the same digest: fields in a fixed order, answers sorted by code. */
    static String digest(SubmissionRequest request) {
        var answers = JsonProviders.PROVIDER.createObjectBuilder();
        new TreeMap<>(request.answers() == null ? Map.<String, String>of() : request.answers())
                .forEach((k, v) -> answers.add(k, v == null ? "" : v));
        String canonical = JsonProviders.PROVIDER.createArrayBuilder().add(String.valueOf(request.item()))
                .add(String.valueOf(request.region())).add(String.valueOf(request.enterpriseCode()))
                .add(answers).build().toString();
        return org.tongban.platform.control.Digests.sha256Hex(canonical.getBytes(StandardCharsets.UTF_8));
    }
}
