package org.tongban.catalogue.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.tongban.catalogue.entity.EffectiveDefinition;
import org.tongban.catalogue.entity.ItemVersion;
import org.tongban.catalogue.entity.LocalImplementation;
import org.tongban.jurisdiction.control.Jurisdictions;
import org.tongban.jurisdiction.entity.Jurisdiction;
import org.tongban.platform.control.Database;

/** Local implementation lists and the effective definitions they produce. */
@ApplicationScoped
public class LocalImplementations {

    @PersistenceContext(unitName = Database.UNIT)
    EntityManager em;

    @Inject
    Jurisdictions jurisdictions;

    public Optional<LocalImplementation> find(String itemCode, String jurisdictionCode) {
        return em.createQuery("""
                        select i from LocalImplementation i
                        where i.item.code = :item and i.jurisdiction.code = :jurisdiction""", LocalImplementation.class)
                .setParameter("item", itemCode)
                .setParameter("jurisdiction", jurisdictionCode)
                .getResultStream().findFirst();
    }

    /** Whether a jurisdiction has declared any local implementation at all. */
    public boolean anyIn(String jurisdictionCode) {
        return !em.createQuery("select i.id from LocalImplementation i where i.jurisdiction.code = :code", Long.class)
                .setParameter("code", jurisdictionCode)
                .setMaxResults(1)
                .getResultList().isEmpty();
    }

    /** The implementations of an item along a jurisdiction's lineage, from the province down. */
    public List<LocalImplementation> chain(String itemCode, Jurisdiction jurisdiction) {
        List<String> lineage = jurisdictions.lineage(jurisdiction).stream().map(Jurisdiction::code).toList();
        return em.createQuery("""
                        select i from LocalImplementation i
                        where i.item.code = :item and i.jurisdiction.code in :lineage""", LocalImplementation.class)
                .setParameter("item", itemCode)
                .setParameter("lineage", lineage)
                .getResultList().stream()
                .sorted(Comparator.comparingInt(i -> i.jurisdiction().level().prefixLength()))
                .toList();
    }

    /** How many local differences apply to each of the items in a jurisdiction, counting every level above it. */
    public Map<String, Long> differenceCounts(List<String> itemCodes, Jurisdiction jurisdiction) {
        if (itemCodes.isEmpty()) {
            return Map.of();
        }
        List<String> lineage = jurisdictions.lineage(jurisdiction).stream().map(Jurisdiction::code).toList();
        return em.createQuery("""
                        select d.implementation.item.code, count(d) from LocalDelta d
                        where d.implementation.item.code in :items and d.implementation.jurisdiction.code in :lineage
                        group by d.implementation.item.code""", Object[].class)
                .setParameter("items", itemCodes)
                .setParameter("lineage", lineage)
                .getResultList().stream()
                .collect(Collectors.toMap(r -> (String) r[0], r -> ((Number) r[1]).longValue()));
    }

    public EffectiveDefinition effective(ItemVersion national, Jurisdiction jurisdiction) {
        return EffectiveDefinition.resolve(national, jurisdiction, chain(national.code(), jurisdiction));
    }

    public LocalImplementation add(LocalImplementation implementation) {
        em.persist(implementation);
        return implementation;
    }
}
