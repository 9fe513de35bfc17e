package org.tongban.cases.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;
import org.tongban.cases.entity.Certificate;
import org.tongban.platform.control.Database;

/** Stores certificates and finds them by case or by verification code. */
@ApplicationScoped
public class Certificates {

    @PersistenceContext(unitName = Database.UNIT)
    EntityManager em;

    public Certificate add(Certificate certificate) {
        em.persist(certificate);
        em.flush();
        return certificate;
    }

    public Optional<Certificate> ofCase(long caseId) {
        return em.createQuery("select c from Certificate c where c.caseId = :id", Certificate.class)
                .setParameter("id", caseId).getResultStream().findFirst();
    }

    public Optional<Certificate> byCode(String verificationCode) {
        return em.createQuery("select c from Certificate c where c.verificationCode = :code", Certificate.class)
                .setParameter("code", verificationCode).getResultStream().findFirst();
    }

    public void flush() {
        em.flush();
    }
}
