package org.tongban.jurisdiction.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.tongban.jurisdiction.entity.Jurisdiction;
import org.tongban.jurisdiction.entity.Office;
import org.tongban.platform.control.Database;

/** Reads the division hierarchy and its offices. */
@ApplicationScoped
public class Jurisdictions {

    @PersistenceContext(unitName = Database.UNIT)
    EntityManager em;

    public Optional<Jurisdiction> find(String code) {
        if (code == null || !code.matches("[0-9]{6}")) {
            return Optional.empty();
        }
        return Optional.ofNullable(em.find(Jurisdiction.class, code));
    }

    public Jurisdiction get(String code) {
        return find(code).orElseThrow(() -> new UnknownJurisdictionException(code));
    }

    public List<Jurisdiction> children(String code) {
        return em.createQuery("select j from Jurisdiction j where j.parentCode = :code order by j.code", Jurisdiction.class)
                .setParameter("code", code)
                .getResultList();
    }

    /** The chain from the nation down to {@code code}, both included. */
    public List<Jurisdiction> lineage(Jurisdiction jurisdiction) {
        var chain = new java.util.ArrayDeque<Jurisdiction>();
        Jurisdiction current = jurisdiction;
        while (current != null) {
            chain.addFirst(current);
            current = current.parentCode() == null ? null : em.find(Jurisdiction.class, current.parentCode());
        }
        return List.copyOf(chain);
    }

    /**
     * Jurisdictions whose Chinese or English name contains the text, or whose code starts with it;
     * higher levels first, at most {@code limit}.
     */
    public List<Jurisdiction> search(String text, int limit) {
        String needle = text.strip().toLowerCase(java.util.Locale.ROOT);
        return em.createQuery("""
                        select j from Jurisdiction j
                        where j.nameZh like :contains or lower(j.nameEn) like :contains or j.code like :prefix
                        order by length(j.scopePrefix), j.code""", Jurisdiction.class)
                .setParameter("contains", "%" + escapeLike(needle) + "%")
                .setParameter("prefix", escapeLike(needle) + "%")
                .setMaxResults(limit)
                .getResultList();
    }

    /** The administrative service centre of a jurisdiction. */
    public Optional<Office> officeOf(String jurisdictionCode) {
        return em.createQuery("select o from Office o where o.jurisdiction.code = :code order by o.id", Office.class)
                .setParameter("code", jurisdictionCode)
                .setMaxResults(1)
                .getResultStream()
                .findFirst();
    }

    static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
