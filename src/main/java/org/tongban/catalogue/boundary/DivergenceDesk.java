package org.tongban.catalogue.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.tongban.catalogue.control.DivergenceReport;
import org.tongban.catalogue.control.NationalCatalogue;
import org.tongban.catalogue.entity.DeltaKind;
import org.tongban.catalogue.entity.ItemSummary;
import org.tongban.identity.control.CurrentUser;
import org.tongban.jurisdiction.control.Jurisdictions;
import org.tongban.jurisdiction.control.OutOfScopeException;
import org.tongban.jurisdiction.entity.Jurisdiction;
import org.tongban.jurisdiction.entity.Scope;
import org.tongban.platform.control.InvalidInputException;

/** Builds the divergence report within the caller's scope; regions outside it are not found. */
@Stateless
public class DivergenceDesk {

    @Inject
    DivergenceReport report;

    @Inject
    NationalCatalogue catalogue;

    @Inject
    Jurisdictions jurisdictions;

    @Inject
    CurrentUser currentUser;

    @RolesAllowed({"CENTRAL", "SUPERVISOR", "CLERK"})
    public DivergenceRepresentation report(String jurisdictionCode, String itemCode) {
        Jurisdiction root = root(jurisdictionCode);
        Map<String, DivergenceRepresentation.Region> regions = new TreeMap<>();
        Map<String, long[]> regionTotals = new TreeMap<>();
        Map<String, Map<DeltaKind, Long>> kinds = new LinkedHashMap<>();
        Map<String, long[]> rowTotals = new LinkedHashMap<>();
        for (DivergenceReport.Cell cell : report.cells(root, blankToNull(itemCode))) {
            String key = cell.itemCode() + "|" + cell.regionCode();
            long[] row = rowTotals.computeIfAbsent(key, k -> new long[2]);
            row[0] += cell.deltas();
            row[1] += cell.conforming() ? 0 : cell.deltas();
            kinds.computeIfAbsent(key, k -> new EnumMap<>(DeltaKind.class)).merge(cell.kind(), cell.deltas(), Long::sum);
            long[] total = regionTotals.computeIfAbsent(cell.regionCode(), k -> new long[2]);
            total[0] += cell.deltas();
            total[1] += cell.conforming() ? 0 : cell.deltas();
        }
        regionTotals.forEach((code, total) -> {
            Jurisdiction region = jurisdictions.get(code);
            regions.put(code, new DivergenceRepresentation.Region(code, region.nameZh(), region.nameEn(), total[0], total[1]));
        });
        Map<String, ItemSummary> names = catalogue.publishedSummaries().stream()
                .collect(java.util.stream.Collectors.toMap(ItemSummary::code, i -> i));
        List<DivergenceRepresentation.Row> rows = rowTotals.entrySet().stream().map(e -> {
            String[] key = e.getKey().split("\\|");
            ItemSummary item = names.get(key[0]);
            return new DivergenceRepresentation.Row(key[0], item == null ? null : item.nameZh(),
                    item == null ? null : item.nameEn(), key[1], regions.get(key[1]).nameZh(), e.getValue()[0],
                    e.getValue()[1], kinds.get(e.getKey()));
        }).toList();
        return new DivergenceRepresentation(root.code(), List.copyOf(regions.values()), rows);
    }

    @RolesAllowed({"CENTRAL", "SUPERVISOR", "CLERK"})
    public List<DivergenceRepresentation.Detail> details(String itemCode, String jurisdictionCode) {
        return details(itemCode, jurisdictionCode, false);
    }

    /** The deltas behind one cell; {@code ownLevelOnly} for the row of what the jurisdiction itself declared. */
    @RolesAllowed({"CENTRAL", "SUPERVISOR", "CLERK"})
    public List<DivergenceRepresentation.Detail> details(String itemCode, String jurisdictionCode, boolean ownLevelOnly) {
        if (itemCode == null || itemCode.isBlank()) {
            throw InvalidInputException.of("item", "validation.required");
        }
        Jurisdiction region = root(jurisdictionCode);
        return report.deltas(itemCode.strip(), region, ownLevelOnly).stream()
                .map(d -> new DivergenceRepresentation.Detail(itemCode.strip(), d.implementation().jurisdiction().code(),
                        d.implementation().jurisdiction().nameZh(), d.kind(), d.targetCode(), d.days(), d.feeFen(),
                        d.nameZh(), d.reason(), d.legalBasis(), d.conforming(), d.violation()))
                .toList();
    }

    /** The jurisdiction asked for if the caller may see it, else the caller's own scope root. */
    private Jurisdiction root(String jurisdictionCode) {
        Scope scope = currentUser.scope();
        if (jurisdictionCode == null || jurisdictionCode.isBlank()) {
            return jurisdictions.get(scope.jurisdictionCode());
        }
        Jurisdiction asked = jurisdictions.find(jurisdictionCode.strip()).orElseThrow(OutOfScopeException::new);
        if (!scope.includes(asked.code())) {
            throw new OutOfScopeException();
        }
        return asked;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
