package org.tongban.demo.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.tongban.platform.control.Database;

/**
 * A few thousand cases in every state around the demo offices (Shenzhen with Nanshan, and
 * Beijing with Haidian), forty of them citizen1's, so that every page has something to show.
 * Loaded once.
 */
@ApplicationScoped
public class DemoCases {

    static final int COUNT = 3000;

    @PersistenceContext(unitName = Database.UNIT)
    EntityManager em;

    /** @return how many cases were loaded (0 when they exist already) */
    public int load() {
        // stops at the first synthetic case: a database holding millions of them starts as fast as an empty one
        boolean loaded = !em.createNativeQuery("select 1 from case_file where idempotency_key like 'synthetic-%' limit 1")
                .getResultList().isEmpty();
        if (loaded) {
            return 0;
        }
        for (String statement : SyntheticCases.statements(COUNT, "^(4403|1101)", 400, "citizen1", 40, true)) {
            em.createNativeQuery(statement).executeUpdate();
        }
        return COUNT;
    }
}
