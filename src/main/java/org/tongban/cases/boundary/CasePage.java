package org.tongban.cases.boundary;

import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;
import org.tongban.cases.entity.CaseAction;
import org.tongban.platform.boundary.FacesMessages;
import org.tongban.platform.boundary.LanguageBacking;
import org.tongban.platform.control.BusinessException;

/**
 * What the applicant's and the office's case pages share: loading the case (404 when it is not
 * the reader's to see), taking a step with the refusal shown in the reader's language, dates in
 * China's time, and file downloads.
 */
public abstract class CasePage {

    @Inject
    transient CaseDesk desk;

    @Inject
    transient MaterialDesk files;

    @Inject
    transient LanguageBacking language;

    @Inject
    transient CertificateDesk certificateDesk;

    private String number;
    private CaseRepresentation theCase;

    public void load() {
        try {
            theCase = desk.get(number == null ? "" : number.strip());
        } catch (BusinessException notYours) {
            FacesMessages.notFound();
        }
    }

    void reload() {
        theCase = desk.get(number);
    }

    /** Takes a step; a refusal (someone acted meanwhile, a missing reason) is shown and the case reloaded. */
    boolean take(CaseAction action, String reason, Integer days) {
        try {
            theCase = desk.act(number, action, reason, days);
            FacesMessages.info("case.done." + action.name());
            return true;
        } catch (BusinessException refused) {
            FacesMessages.show(refused, Map.of());
            reload();
            return false;
        }
    }

    public StreamedContent download(long materialId) {
        MaterialDesk.Download file = files.download(number, materialId);
        return DefaultStreamedContent.builder().name(file.fileName()).contentType(file.mediaType())
                .stream(() -> new ByteArrayInputStream(file.content())).build();
    }

    /** The case's certificate, downloaded as a PDF (staff downloads are audited by the desk). */
    public StreamedContent certificatePdf() {
        byte[] pdf = certificateDesk.pdf(getNumber());
        return DefaultStreamedContent.builder().name("certificate-" + getNumber() + ".pdf").contentType("application/pdf")
                .stream(() -> new ByteArrayInputStream(pdf)).build();
    }

    public boolean can(String action) {
        return theCase != null && theCase.nextSteps().contains(CaseAction.valueOf(action));
    }

    public String at(Instant instant) {
        return org.tongban.platform.boundary.PageTimes.minute(instant);
    }

    public String day(LocalDate day) {
        return day == null ? "" : day.toString();
    }

    public boolean isEnglish() {
        return language.isEnglish();
    }

    public String getNumber() {
        return number;
    }

    public void setNumber(String number) {
        this.number = number;
    }

    public CaseRepresentation getCase() {
        return theCase;
    }
}
