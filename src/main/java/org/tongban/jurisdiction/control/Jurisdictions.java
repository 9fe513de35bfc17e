package org.tongban.jurisdiction.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.tongban.jurisdiction.entity.Jurisdiction;
import org.tongban.jurisdiction.entity.Level;
import org.tongban.jurisdiction.entity.Office;
import org.tongban.platform.control.Database;
import org.tongban.platform.control.FieldChecks;

/** Reads the division hierarchy and its offices. */
@ApplicationScoped
public class Jurisdictions {

    /** Names of levels that only group counties directly under a municipality or province. */
    private static final Set<String> PLACEHOLDERS = Set.of("市辖区", "县", "省直辖县级行政区划",
            "自治区直辖县级行政区划");

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
     * The name as written in an address, from the province down, without the nation and without
     * the placeholder levels that group counties directly under a municipality or province:
     * 广东省深圳市南山区, or "Guangdong 深圳市 南山区" in English (only provinces have English names).
     */
    public String fullName(Jurisdiction jurisdiction, Locale locale) {
        if (jurisdiction.parentCode() == null) {
            return jurisdiction.name(locale);
        }
        boolean english = "en".equals(locale.getLanguage());
        return lineage(jurisdiction).stream()
                .filter(j -> j.parentCode() != null && !PLACEHOLDERS.contains(j.nameZh()))
                .map(j -> j.name(locale))
                .collect(Collectors.joining(english ? " " : ""));
    }

    /**
     * Jurisdictions whose Chinese or English name contains the text, or whose code starts with it;
     * higher levels first, at most {@code limit}.
     */
    public List<Jurisdiction> search(String text, int limit) {
        String cleaned = FieldChecks.searchText(text, 50);
        if (cleaned == null) {
            return List.of();
        }
        String needle = cleaned.toLowerCase(Locale.ROOT);
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

    /** A city or county: where a person applies, so that its local implementation applies. */
    public Optional<Jurisdiction> findApplicationRegion(String code) {
        if (code == null || code.isBlank()) {
            return Optional.empty();
        }
        return find(code.strip()).filter(j -> j.level() != Level.NATION && j.level() != Level.PROVINCE);
    }

    public Optional<Office> officeById(long id) {
        return Optional.ofNullable(em.find(Office.class, id));
    }

    static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
