package org.tongban.platform.boundary;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import java.util.Locale;
import java.util.Map;
import org.tongban.platform.control.BusinessException;
import org.tongban.platform.control.Messages;

/** Shows business problems on a page: field problems next to their inputs, the rest at the top. */
public final class FacesMessages {

    private FacesMessages() {
    }

    /**
     * @param fieldIds the page's component client ids by field name, e.g. {@code residentId -> form:residentId}
     */
    public static void show(BusinessException problem, Map<String, String> fieldIds) {
        FacesContext faces = FacesContext.getCurrentInstance();
        Locale locale = faces.getViewRoot().getLocale();
        boolean placed = false;
        for (var field : problem.fieldProblems()) {
            String clientId = fieldIds.get(field.field());
            faces.addMessage(clientId, new FacesMessage(FacesMessage.SEVERITY_ERROR, field.localizedMessage(locale), null));
            placed |= clientId != null;
        }
        if (!placed || problem.fieldProblems().isEmpty()) {
            error(problem.localizedMessage(locale));
        }
    }

    public static void error(String text) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null));
    }

    public static void info(String key) {
        FacesContext faces = FacesContext.getCurrentInstance();
        faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO,
                Messages.format(faces.getViewRoot().getLocale(), key), null));
    }

    public static String text(String key, Object... args) {
        return Messages.format(FacesContext.getCurrentInstance().getViewRoot().getLocale(), key, args);
    }

    /** Answers the page request with 404, as for any page that does not exist, and renders nothing more. */
    public static void notFound() {
        FacesContext faces = FacesContext.getCurrentInstance();
        try {
            faces.getExternalContext().responseSendError(404, null);
        } catch (java.io.IOException clientGone) {
            // nothing left to tell
        }
        faces.responseComplete();
    }
}
