package org.tongban.cases.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Instant;
import java.util.Map;
import org.tongban.jurisdiction.control.OutOfScopeException;
import org.tongban.platform.boundary.FacesMessages;
import org.tongban.platform.boundary.LanguageBacking;
import org.tongban.platform.control.BusinessException;
import org.tongban.platform.control.ClientAddress;

/** public/progress.xhtml: the public lookup by tracking number and applicant's name. */
@Named
@RequestScoped
public class ProgressBacking {

    @Inject
    ProgressDesk desk;

    @Inject
    ClientAddress clientAddress;

    @Inject
    HttpServletRequest request;

    @Inject
    LanguageBacking language;

    private String number;
    private String name;
    private ProgressDesk.Progress progress;

    public void lookup() {
        try {
            progress = desk.lookup(number, name, clientAddress.of(request));
        } catch (OutOfScopeException notFound) {
            FacesMessages.error(FacesMessages.text("progress.notFound"));
        } catch (BusinessException refused) {
            FacesMessages.show(refused, Map.of());
        }
    }

    public String at(Instant instant) {
        return org.tongban.platform.boundary.PageTimes.minute(instant);
    }

    public boolean isEnglish() {
        return language.isEnglish();
    }

    public ProgressDesk.Progress getProgress() {
        return progress;
    }

    public String getNumber() {
        return number;
    }

    public void setNumber(String number) {
        this.number = number;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }
}
