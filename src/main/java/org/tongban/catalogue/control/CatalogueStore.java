package org.tongban.catalogue.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.tongban.catalogue.entity.CatalogueItem;
import org.tongban.catalogue.entity.ItemVersion;
import org.tongban.catalogue.entity.LocalDelta;
import org.tongban.catalogue.entity.LocalImplementation;
import org.tongban.platform.control.Database;

/** Stores national items, their versions, and finds what a revision touches. */
@ApplicationScoped
public class CatalogueStore {

    @PersistenceContext(unitName = Database.UNIT)
    EntityManager em;

    public Optional<CatalogueItem> findItem(String code) {
        return Optional.ofNullable(em.find(CatalogueItem.class, code));
    }

    public Optional<ItemVersion> findVersion(String code, int version) {
        return em.createQuery("select v from ItemVersion v where v.item.code = :code and v.version = :version", ItemVersion.class)
                .setParameter("code", code)
                .setParameter("version", version)
                .getResultStream().findFirst();
    }

    public int latestVersion(String code) {
        Integer latest = em.createQuery("select max(v.version) from ItemVersion v where v.item.code = :code", Integer.class)
                .setParameter("code", code)
                .getSingleResult();
        return latest == null ? 0 : latest;
    }

    public List<LocalImplementation> implementationsOf(String code) {
        return em.createQuery("select i from LocalImplementation i where i.item.code = :code order by i.jurisdiction.code",
                        LocalImplementation.class)
                .setParameter("code", code)
                .getResultList();
    }

    public List<LocalDelta> deltasOf(String code) {
        return em.createQuery("select d from LocalDelta d where d.implementation.item.code = :code "
                        + "order by d.implementation.jurisdiction.code, d.position", LocalDelta.class)
                .setParameter("code", code)
                .getResultList();
    }

    public void add(CatalogueItem item) {
        em.persist(item);
    }

    public void add(ItemVersion version) {
        em.persist(version);
    }

    public void flush() {
        em.flush();
    }
}
