package org.tongban.catalogue.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import org.tongban.catalogue.entity.DeltaKind;
import org.tongban.catalogue.entity.LocalDelta;
import org.tongban.jurisdiction.entity.Jurisdiction;
import org.tongban.jurisdiction.entity.Level;
import org.tongban.platform.control.Database;

/**
 * Which regions differ from the national standard, where and how much: deltas counted per item,
 * per region one level below the chosen jurisdiction (provinces under the nation, cities under a
 * province, counties under a city), per kind and conformity. Local implementation lists are
 * small (items times jurisdictions), so the counts are computed on request.
 */
@ApplicationScoped
public class DivergenceReport {

    @PersistenceContext(unitName = Database.UNIT)
    EntityManager em;

    /** One cell of the report: how many deltas of a kind one region has declared for one item. */
    public record Cell(String itemCode, String regionCode, DeltaKind kind, boolean conforming, long deltas) {
    }

    /**
     * @param root       the jurisdiction whose subtree is reported, already checked against the caller's scope
     * @param itemCode   one item, or null for all
     */
    public List<Cell> cells(Jurisdiction root, String itemCode) {
        int regionDigits = root.level() == Level.COUNTY ? 6 : root.level().prefixLength() + 2;
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                        select i.item_code, rpad(substr(i.jurisdiction_code, 1, ?1), 6, '0') as region, d.kind, d.conforming,
                               count(*)
                        from local_delta d join local_implementation i on i.id = d.implementation_id
                        where i.jurisdiction_code like ?2 and (cast(?3 as varchar) is null or i.item_code = ?3)
                        group by 1, 2, 3, 4
                        order by 1, 2""")
                .setParameter(1, regionDigits)
                .setParameter(2, root.scopePrefix() + "%")
                .setParameter(3, itemCode)
                .getResultList();
        return rows.stream()
                .map(r -> new Cell((String) r[0], (String) r[1], DeltaKind.valueOf((String) r[2]), (Boolean) r[3],
                        ((Number) r[4]).longValue()))
                .toList();
    }

    /**
     * The exact deltas behind a cell: one item, one region's subtree, or only what the region
     * itself declared (the row of the report's own level).
     */
    public List<LocalDelta> deltas(String itemCode, Jurisdiction region, boolean ownLevelOnly) {
        return em.createQuery("""
                        select d from LocalDelta d
                        where d.implementation.item.code = :item and d.implementation.jurisdiction.code like :pattern
                        order by d.implementation.jurisdiction.code, d.position""", LocalDelta.class)
                .setParameter("item", itemCode)
                .setParameter("pattern", ownLevelOnly ? region.code() : region.scopePrefix() + "%")
                .getResultList();
    }
}
