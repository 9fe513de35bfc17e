package org.tongban.coordination.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.tongban.audit.control.AuditLog;
import org.tongban.audit.entity.AuditRecord;
import org.tongban.cases.control.CaseClocks;
import org.tongban.catalogue.control.NationalCatalogue;
import org.tongban.coordination.control.DirectiveRefusedException;
import org.tongban.coordination.control.Directives;
import org.tongban.coordination.entity.Directive;
import org.tongban.coordination.entity.DirectiveRecipient;
import org.tongban.identity.control.CurrentUser;
import org.tongban.identity.entity.Account;
import org.tongban.jurisdiction.control.Jurisdictions;
import org.tongban.jurisdiction.control.OutOfScopeException;
import org.tongban.jurisdiction.entity.Jurisdiction;
import org.tongban.monitoring.boundary.MonitoringDesk;
import org.tongban.monitoring.control.Figure;
import org.tongban.notification.control.Notifications;
import org.tongban.platform.control.FieldChecks;

/**
 * Sends directives (central staff anywhere below the nation, a province's supervisors within the
 * province), lists them for senders and recipient offices, and records acknowledgement and
 * completion by a recipient office's supervisors. Every change is audited.
 */
@Stateless
@RolesAllowed({"CLERK", "SUPERVISOR", "INSPECTOR", "CENTRAL"})
public class DirectiveDesk {

    static final int MAX_RECIPIENTS = 500;

    @Inject
    CurrentUser currentUser;

    @Inject
    Directives directives;

    @Inject
    MonitoringDesk monitoring;

    @Inject
    Jurisdictions jurisdictions;

    @Inject
    NationalCatalogue catalogue;

    @Inject
    Notifications notifications;

    @Inject
    AuditLog audit;

    /** A sent directive, and whether this request made it (false: a retry of one already sent). */
    public record Sent(DirectiveRepresentation directive, boolean created) {
    }

    public record Page(List<DirectiveRepresentation> items, long total) {
    }

    /** Where the caller may send to: strictly below the nation (central) or their province. */
    @RolesAllowed({"CENTRAL", "SUPERVISOR"})
    public Jurisdiction senderRoot() {
        return monitoring.root();
    }

    /** Jurisdictions the caller may send to whose name or code matches, higher levels first. */
    @RolesAllowed({"CENTRAL", "SUPERVISOR"})
    public List<Jurisdiction> recipientsMatching(String text, int limit) {
        Jurisdiction root = monitoring.root();
        return jurisdictions.search(text, limit * 4).stream()
                .filter(j -> root.contains(j.code()) && !j.code().equals(root.code())).limit(limit).toList();
    }

    /** The jurisdictions right below the caller's own: all provinces for central staff. */
    @RolesAllowed({"CENTRAL", "SUPERVISOR"})
    public List<Jurisdiction> directRecipients() {
        return jurisdictions.children(monitoring.root().code());
    }

    @RolesAllowed({"CENTRAL", "SUPERVISOR"})
    public Sent send(DirectiveRequest request, String idempotencyKey) {
        Jurisdiction root = monitoring.root();
        Account sender = currentUser.get();
        String key = idempotencyKey == null || idempotencyKey.isBlank() ? UUID.randomUUID().toString() : idempotencyKey.strip();
        if (key.length() > 100) {
            new FieldChecks().problem("idempotencyKey", "validation.length", 1, 100).throwIfAny();
        }
        var earlier = directives.findSent(sender.id(), key);
        if (earlier.isPresent()) {
            return new Sent(represent(earlier.get(), true), false);
        }
        FieldChecks checks = new FieldChecks();
        DirectiveRequest r = request == null ? new DirectiveRequest(null, null, null, null, null, null) : request;
        if (checks.required("subject", r.subject())) {
            checks.length("subject", r.subject().strip(), 1, 200);
        }
        if (checks.required("text", r.text())) {
            checks.length("text", r.text().strip(), 1, 4000);
        }
        Set<String> recipients = new LinkedHashSet<>();
        if (r.recipients() == null || r.recipients().isEmpty()) {
            checks.problem("recipients", "directives.recipients.required");
        } else if (r.recipients().size() > MAX_RECIPIENTS) {
            checks.problem("recipients", "directives.recipients.tooMany", MAX_RECIPIENTS);
        } else {
            for (String code : r.recipients()) {
                String c = code == null ? "" : code.strip();
                if (!c.matches("[0-9]{6}") || c.equals(root.code()) || !root.contains(c) || jurisdictions.find(c).isEmpty()) {
                    checks.problem("recipients", "directives.recipients.outside", c);
                } else {
                    recipients.add(c);
                }
            }
        }
        String item = r.itemCode() == null || r.itemCode().isBlank() ? null : r.itemCode().strip();
        if (item != null && catalogue.findPublished(item).isEmpty()) {
            checks.problem("itemCode", "directives.item.unknown");
        }
        String figure = null;
        if (r.figure() != null && !r.figure().isBlank()) {
            figure = Figure.parse(r.figure()).map(Figure::key).orElse(null);
            if (figure == null) {
                checks.problem("figure", "monitoring.figure.unknown");
            }
        }
        LocalDate today = CaseClocks.today();
        LocalDate due = null;
        if (checks.required("dueOn", r.dueOn())) {
            try {
                due = LocalDate.parse(r.dueOn().strip());
                if (due.isBefore(today) || due.isAfter(today.plusYears(1))) {
                    checks.problem("dueOn", "directives.due.range");
                }
            } catch (DateTimeParseException e) {
                checks.problem("dueOn", "monitoring.period.date");
            }
        }
        checks.throwIfAny();
        Directive directive;
        try {
            directive = directives.send(new Directive(sender.id(), root.code(), r.subject().strip(), r.text().strip(), item,
                    figure, due, key), recipients);
        } catch (jakarta.persistence.PersistenceException raced) {
            // the same send, retried at the same moment, won; a retry now returns it
            throw new DirectiveRefusedException("directives.sentMeanwhile");
        }
        for (String code : recipients) {
            notifications.notifySupervisors(code, "directive", null, directive.subject());
        }
        audit.record(AuditRecord.of("DIRECTIVE_SENT").subject("DIRECTIVE", directive.id())
                .detail(recipients.size() + " recipient(s), due " + due));
        return new Sent(represent(directive, true), true);
    }

    /** Directives to the caller's office. */
    public Page received(int first, int size) {
        String office = currentUser.get().jurisdictionCode().orElseThrow(OutOfScopeException::new);
        List<Object[]> rows = directives.receivedBy(office, first, size);
        Map<String, Jurisdiction> names = new java.util.HashMap<>();
        LocalDate today = CaseClocks.today();
        List<DirectiveRepresentation> items = rows.stream().map(row -> {
            Directive d = (Directive) row[0];
            DirectiveRecipient own = (DirectiveRecipient) row[1];
            return representation(d, List.of(own), new Directives.Progress(1, own.acknowledgedAt() == null ? 0 : 1,
                    own.completedAt() == null ? 0 : 1), names, today);
        }).toList();
        return new Page(items, directives.countReceivedBy(office));
    }

    /** Directives sent from the caller's office (the nation, or the province), with how far each has got. */
    @RolesAllowed({"CENTRAL", "SUPERVISOR"})
    public Page sent(int first, int size) {
        Jurisdiction root = monitoring.root();
        List<Directive> page = directives.sentFrom(root.code(), first, size);
        Map<Long, Directives.Progress> progress = directives.progress(page.stream().map(Directive::id).toList());
        Map<String, Jurisdiction> names = new java.util.HashMap<>();
        LocalDate today = CaseClocks.today();
        List<DirectiveRepresentation> items = page.stream().map(d -> representation(d, List.of(),
                progress.getOrDefault(d.id(), Directives.Progress.NONE), names, today)).toList();
        return new Page(items, directives.countSentFrom(root.code()));
    }

    /** One directive: every recipient for the sending office (and central staff), the own part for a recipient. */
    public DirectiveRepresentation get(long id) {
        Directive d = directives.find(id).orElseThrow(OutOfScopeException::new);
        return represent(d, senderSide(d));
    }

    @RolesAllowed("SUPERVISOR")
    public DirectiveRepresentation acknowledge(long id) {
        Directive d = directives.find(id).orElseThrow(OutOfScopeException::new);
        DirectiveRecipient own = ownPart(d);
        if (own.acknowledge(currentUser.get().id())) {
            audit.record(AuditRecord.of("DIRECTIVE_ACKNOWLEDGED").subject("DIRECTIVE", d.id()).detail(own.jurisdictionCode()));
        }
        return represent(d, false);
    }

    @RolesAllowed("SUPERVISOR")
    public DirectiveRepresentation complete(long id, String note) {
        FieldChecks checks = new FieldChecks();
        if (checks.required("note", note)) {
            checks.length("note", note.strip(), 1, 2000);
        }
        checks.throwIfAny();
        Directive d = directives.find(id).orElseThrow(OutOfScopeException::new);
        DirectiveRecipient own = ownPart(d);
        var refusal = own.complete(currentUser.get().id(), note);
        if (refusal.isPresent()) {
            throw new DirectiveRefusedException(refusal.get());
        }
        Jurisdiction office = jurisdictions.get(own.jurisdictionCode());
        notifications.notify(d.senderId(), "directiveCompleted", null, d.subject() + " · " + office.nameZh());
        audit.record(AuditRecord.of("DIRECTIVE_COMPLETED").subject("DIRECTIVE", d.id()).detail(own.jurisdictionCode()));
        return represent(d, false);
    }

    /** True for the sending side, false for a recipient office; anyone else learns nothing. */
    private boolean senderSide(Directive d) {
        Account caller = currentUser.get();
        String home = caller.jurisdictionCode().orElse(null);
        boolean central = caller.roles().contains(org.tongban.identity.entity.Role.CENTRAL);
        boolean sender = central || caller.roles().contains(org.tongban.identity.entity.Role.SUPERVISOR)
                && home != null && home.equals(d.senderJurisdiction());
        if (sender) {
            return true;
        }
        if (home != null && directives.recipient(d.id(), home).isPresent()) {
            return false;
        }
        throw new OutOfScopeException();
    }

    private DirectiveRecipient ownPart(Directive d) {
        String home = currentUser.get().jurisdictionCode().orElseThrow(OutOfScopeException::new);
        return directives.recipientForUpdate(d.id(), home).orElseThrow(OutOfScopeException::new);
    }

    private DirectiveRepresentation represent(Directive d, boolean senderSide) {
        List<DirectiveRecipient> shown = senderSide ? directives.recipients(d.id())
                : directives.recipient(d.id(), currentUser.get().jurisdictionCode().orElseThrow()).stream().toList();
        long acknowledged = shown.stream().filter(r -> r.acknowledgedAt() != null).count();
        long completed = shown.stream().filter(r -> r.completedAt() != null).count();
        return representation(d, shown, new Directives.Progress(shown.size(), acknowledged, completed), new java.util.HashMap<>(),
                CaseClocks.today());
    }

    private DirectiveRepresentation representation(Directive d, List<DirectiveRecipient> shown, Directives.Progress progress,
            Map<String, Jurisdiction> names, LocalDate today) {
        Jurisdiction sender = names.computeIfAbsent(d.senderJurisdiction(), jurisdictions::get);
        List<DirectiveRepresentation.Recipient> recipients = shown.stream().map(r -> {
            Jurisdiction j = names.computeIfAbsent(r.jurisdictionCode(), jurisdictions::get);
            return new DirectiveRepresentation.Recipient(j.code(), j.nameZh(), j.nameEn(), r.progress(), r.acknowledgedAt(),
                    r.completedAt(), r.completionNote(), r.overdueOn(today, d.dueOn()));
        }).toList();
        boolean overdue = today.isAfter(d.dueOn()) && progress.completed() < progress.recipients();
        return new DirectiveRepresentation(d.id(), d.subject(), d.body(), d.itemCode(), d.figure(), d.dueOn(), d.sentAt(),
                sender.code(), sender.nameZh(), sender.nameEn(), overdue, progress.recipients(), progress.acknowledged(),
                progress.completed(), recipients);
    }
}
