package org.tongban.cases.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.text.Normalizer;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.tongban.audit.control.AuditLog;
import org.tongban.audit.entity.AuditRecord;
import org.tongban.cases.control.CaseClocks;
import org.tongban.cases.control.CaseFiles;
import org.tongban.cases.entity.CaseAction;
import org.tongban.cases.entity.CaseFile;
import org.tongban.cases.entity.CaseStatus;
import org.tongban.cases.entity.TrackingNumber;
import org.tongban.catalogue.control.CatalogueStore;
import org.tongban.identity.control.Accounts;
import org.tongban.jurisdiction.control.Jurisdictions;
import org.tongban.jurisdiction.control.OutOfScopeException;
import org.tongban.platform.control.BusinessException;
import org.tongban.platform.control.RateLimits;

/**
 * The public progress lookup: with the tracking number and the applicant's name, anyone (a
 * relative, the applicant without an account at hand) sees where a case stands, and nothing
 * personal. Each client address may look up {@value #PER_ADDRESS} times in ten minutes and each
 * tracking number be tried {@value #PER_NUMBER} times an hour, so names cannot be guessed.
 */
@Stateless
public class ProgressDesk {

    static final int PER_ADDRESS = 10;
    static final int PER_NUMBER = 20;

    @Inject
    CaseFiles cases;

    @Inject
    Accounts accounts;

    @Inject
    CatalogueStore catalogueStore;

    @Inject
    Jurisdictions jurisdictions;

    @Inject
    RateLimits limits;

    @Inject
    CaseClocks clocks;

    @Inject
    AuditLog audit;

    public record Progress(String trackingNumber, CaseStatus status, String itemNameZh, String itemNameEn,
            String officeNameZh, String officeNameEn, Instant submittedAt, LocalDate deadline, List<Step> steps) {
    }

    public record Step(Instant at, CaseAction action, CaseStatus status) {
    }

    /** Too many lookups: 429 with the time to wait. */
    public static class TooManyLookupsException extends BusinessException {

        private static final long serialVersionUID = 1L;

        public TooManyLookupsException() {
            super("cases.progress.tooMany");
        }

        @Override
        public int status() {
            return 429;
        }

        @Override
        public java.util.Map<String, String> headers() {
            return java.util.Map.of("Retry-After", "600");
        }
    }

    @PermitAll
    public Progress lookup(String trackingNumber, String name, String clientAddress) {
        String number = trackingNumber == null ? "" : trackingNumber.strip();
        if (!limits.admit("progress:address:" + clientAddress, PER_ADDRESS, 600)
                || (TrackingNumber.looksValid(number) && !limits.admit("progress:number:" + number, PER_NUMBER, 3600))) {
            throw new TooManyLookupsException();
        }
        CaseFile found = TrackingNumber.looksValid(number) ? cases.findByTrackingNumber(number).orElse(null) : null;
        boolean matches = found != null && accounts.find(found.applicantId())
                .map(a -> folded(a.displayName()).equals(folded(name))).orElse(false);
        if (!matches) {
            // kept although the answer is an error (which rolls this transaction back): guesses leave a trace
            audit.recordIndependently(AuditRecord.of("CASE_PROGRESS_LOOKUP").subject("CASE", number)
                    .outcome(org.tongban.audit.entity.Outcome.DENIED));
            throw new OutOfScopeException();
        }
        audit.record(AuditRecord.of("CASE_PROGRESS_LOOKUP").subject("CASE", number)
                .outcome(org.tongban.audit.entity.Outcome.SUCCESS));
        var version = catalogueStore.findVersion(found.itemCode(), found.itemVersion());
        var office = jurisdictions.officeOf(found.jurisdictionCode());
        var reading = clocks.read(found);
        return new Progress(found.trackingNumber(), found.status(), version.map(v -> v.nameZh()).orElse(null),
                version.map(v -> v.nameEn()).orElse(null), office.map(o -> o.nameZh()).orElse(null),
                office.map(o -> o.nameEn()).orElse(null), found.submittedAt(),
                found.status().clockRunning() ? reading.deadline() : null,
                found.transitions().stream().map(t -> new Step(t.at(), t.action(), t.toStatus())).toList());
    }

    /** Names compare without regard to spaces, width or case. */
    static String folded(String name) {
        if (name == null) {
            return "";
        }
        return Normalizer.normalize(name, Normalizer.Form.NFKC).replaceAll("[\\s·・.]", "").toLowerCase(Locale.ROOT);
    }
}
