package org.tongban.catalogue.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.tongban.audit.control.AuditLog;
import org.tongban.audit.entity.AuditRecord;
import org.tongban.catalogue.control.CatalogueProblem;
import org.tongban.catalogue.control.CatalogueStore;
import org.tongban.catalogue.control.LocalImplementations;
import org.tongban.catalogue.control.NationalCatalogue;
import org.tongban.catalogue.entity.CatalogueItem;
import org.tongban.catalogue.entity.DeltaDraft;
import org.tongban.catalogue.entity.DeltaKind;
import org.tongban.catalogue.entity.Impact;
import org.tongban.catalogue.entity.ItemDefinition;
import org.tongban.catalogue.entity.ItemVersion;
import org.tongban.catalogue.entity.LocalDelta;
import org.tongban.catalogue.entity.LocalImplementation;
import org.tongban.catalogue.entity.PolicyArea;
import org.tongban.catalogue.entity.VersionStatus;
import org.tongban.identity.control.CurrentUser;
import org.tongban.jurisdiction.control.Jurisdictions;
import org.tongban.jurisdiction.control.OutOfScopeException;
import org.tongban.jurisdiction.entity.Jurisdiction;
import org.tongban.platform.control.FieldChecks;

/**
 * Changes to the catalogue: administrators define and revise national items (a revision is a new
 * version, published after its impact is known); supervisors declare their own jurisdiction's
 * deltas and nobody else's. Every change is audited in its own transaction's commit.
 */
@Stateless
public class CatalogueDesk {

    @Inject
    org.tongban.catalogue.control.ItemUsage usage;

    @Inject
    CatalogueStore store;

    @Inject
    NationalCatalogue catalogue;

    @Inject
    LocalImplementations implementations;

    @Inject
    Jurisdictions jurisdictions;

    @Inject
    CurrentUser currentUser;

    @Inject
    AuditLog audit;

    @RolesAllowed("CATALOGUE_ADMIN")
    public ItemVersion createItem(String code, PolicyArea area, ItemDefinition definition) {
        if (store.findItem(code).isPresent()) {
            throw CatalogueProblem.duplicateCode(code);
        }
        CatalogueItem item = new CatalogueItem(code, area);
        store.add(item);
        ItemVersion first = new ItemVersion(item, 1, definition, currentUser.get().username());
        store.add(first);
        store.flush();
        audit.record(AuditRecord.of("CATALOGUE_ITEM_CREATED").subject("CATALOGUE_ITEM", code).detail("version 1 drafted"));
        return first;
    }

    @RolesAllowed("CATALOGUE_ADMIN")
    public ItemVersion draftRevision(String code, ItemDefinition definition) {
        CatalogueItem item = store.findItem(code).orElseThrow(jakarta.ws.rs.NotFoundException::new);
        int next = store.latestVersion(code) + 1;
        ItemVersion draft = new ItemVersion(item, next, definition, currentUser.get().username());
        store.add(draft);
        store.flush();
        audit.record(AuditRecord.of("CATALOGUE_REVISION_DRAFTED").subject("CATALOGUE_ITEM", code).detail("version " + next));
        return draft;
    }

    /** What publishing a draft would touch; a read of catalogue data only, so not audited. */
    @RolesAllowed("CATALOGUE_ADMIN")
    public Impact impact(String code, int version) {
        ItemVersion draft = draft(code, version);
        List<LocalImplementation> lists = store.implementationsOf(code);
        List<LocalDelta> deltas = store.deltasOf(code);
        List<Impact.NewlyNonConforming> worse = deltas.stream()
                .filter(LocalDelta::conforming)
                .flatMap(d -> d.violationUnder(draft).stream().map(v -> new Impact.NewlyNonConforming(
                        d.implementation().jurisdiction().code(), d.kind(), d.targetCode(), v)))
                .toList();
        return new Impact(code, version, lists.size(), deltas.size(), worse, usage.openCases(code));
    }

    /** Publishes a draft: the version in force is superseded and every local delta is judged again. */
    @RolesAllowed("CATALOGUE_ADMIN")
    public ItemVersion publish(String code, int version) {
        ItemVersion draft = draft(code, version);
        catalogue.findPublished(code).ifPresent(current -> {
            current.supersede();
            store.flush();
        });
        draft.publish(currentUser.get().username());
        store.deltasOf(code).forEach(d -> d.rejudge(draft));
        catalogue.forgetSummaries();
        audit.record(AuditRecord.of("CATALOGUE_VERSION_PUBLISHED").subject("CATALOGUE_ITEM", code).detail("version " + version));
        return draft;
    }

    /**
     * Replaces a jurisdiction's deltas for an item. Only the supervisors of that very jurisdiction
     * may; anyone else is told it does not exist. {@code expectedVersion} guards against
     * overwriting a colleague's change made meanwhile.
     */
    @RolesAllowed("SUPERVISOR")
    public LocalImplementation declare(String itemCode, String jurisdictionCode, List<DeltaDraft> drafts, Long expectedVersion) {
        String own = currentUser.get().jurisdictionCode().orElse(null);
        if (own == null || !own.equals(jurisdictionCode)) {
            throw new OutOfScopeException();
        }
        ItemVersion national = catalogue.findPublished(itemCode).orElseThrow(jakarta.ws.rs.NotFoundException::new);
        checkDrafts(drafts, national);
        Jurisdiction jurisdiction = jurisdictions.get(jurisdictionCode);
        LocalImplementation implementation = implementations.find(itemCode, jurisdictionCode)
                .orElseGet(() -> implementations.add(new LocalImplementation(national.item(), jurisdiction)));
        if (expectedVersion != null && implementation.id() != null && implementation.version() != expectedVersion) {
            throw CatalogueProblem.changedMeanwhile();
        }
        implementation.declare(drafts, national, currentUser.get().username());
        store.flush();
        long nonConforming = implementation.deltas().stream().filter(d -> !d.conforming()).count();
        audit.record(AuditRecord.of("LOCAL_IMPLEMENTATION_DECLARED").subject("CATALOGUE_ITEM", itemCode)
                .detail(jurisdictionCode + ": " + drafts.size() + " deltas, " + nonConforming + " non-conforming"));
        return implementation;
    }

    private ItemVersion draft(String code, int version) {
        ItemVersion found = store.findVersion(code, version).orElseThrow(jakarta.ws.rs.NotFoundException::new);
        if (found.status() != VersionStatus.DRAFT) {
            throw CatalogueProblem.notADraft(code, version);
        }
        return found;
    }

    /** Structural checks; whether a delta conforms to the variance policy is judged, not refused. */
    private static void checkDrafts(List<DeltaDraft> drafts, ItemVersion national) {
        FieldChecks checks = new FieldChecks();
        Set<String> added = new HashSet<>();
        Set<String> declared = new HashSet<>();
        for (int i = 0; i < drafts.size(); i++) {
            DeltaDraft d = drafts.get(i);
            String at = "deltas[" + i + "]";
            if (d.kind() == null) {
                checks.problem(at + ".kind", "validation.required");
                continue;
            }
            boolean once = d.kind() == DeltaKind.PROMISED_LIMIT || d.kind() == DeltaKind.FEE;
            if (!declared.add(d.kind() + (once ? "" : ":" + d.targetCode()))) {
                checks.problem(at + ".kind", "catalogue.delta.twice");
            }
            if (d.reason() == null || d.reason().isBlank() || d.reason().length() > 1000) {
                checks.problem(at + ".reason", "catalogue.delta.reason");
            }
            switch (d.kind()) {
                case PROMISED_LIMIT -> {
                    if (d.days() == null || d.days() < 1) {
                        checks.problem(at + ".days", "catalogue.delta.days");
                    }
                }
                case FEE -> {
                    if (d.feeFen() == null || d.feeFen() < 0) {
                        checks.problem(at + ".feeFen", "catalogue.fee.negative");
                    }
                }
                case WAIVE_MATERIAL -> {
                    if (d.targetCode() == null || national.material(d.targetCode()).isEmpty()) {
                        checks.problem(at + ".targetCode", "catalogue.delta.unknownMaterial", d.targetCode());
                    }
                }
                case ADD_MATERIAL, EXTRA_FIELD -> {
                    boolean field = d.kind() == DeltaKind.EXTRA_FIELD;
                    String pattern = field ? "[a-z][A-Za-z0-9]{0,39}" : "[A-Z][A-Z0-9_]{0,19}";
                    boolean clash = d.targetCode() != null && (field ? national.field(d.targetCode()).isPresent()
                            : national.material(d.targetCode()).isPresent());
                    if (d.targetCode() == null || !d.targetCode().matches(pattern) || clash || !added.add(d.targetCode())) {
                        checks.problem(at + ".targetCode", "catalogue.code.duplicateOrInvalid");
                    }
                    if (d.nameZh() == null || d.nameZh().isBlank() || d.nameEn() == null || d.nameEn().isBlank()) {
                        checks.problem(at + ".nameZh", "catalogue.delta.names");
                    }
                }
            }
        }
        checks.throwIfAny();
    }
}
