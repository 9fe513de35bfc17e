package org.tongban.coordination.boundary;

import jakarta.ejb.EJBException;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Map;
import org.tongban.coordination.entity.DirectiveRecipient;
import org.tongban.identity.control.CurrentUser;
import org.tongban.identity.entity.Role;
import org.tongban.jurisdiction.control.OutOfScopeException;
import org.tongban.platform.boundary.FacesMessages;
import org.tongban.platform.boundary.LanguageBacking;
import org.tongban.platform.boundary.PageTimes;
import org.tongban.platform.control.BusinessException;

/**
 * clerk/directive.xhtml: one directive. The sending side sees each recipient office's progress,
 * overdue ones marked; a recipient office's supervisor acknowledges it and reports completion.
 */
@Named
@ViewScoped
public class DirectiveBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient DirectiveDesk desk;

    @Inject
    transient CurrentUser currentUser;

    @Inject
    transient LanguageBacking language;

    private Long id;
    private DirectiveRepresentation directive;
    private String note;

    public void load() {
        if (id == null) {
            FacesMessages.notFound();
            return;
        }
        try {
            directive = desk.get(id);
        } catch (OutOfScopeException | EJBException notVisible) {
            FacesMessages.notFound();
        }
    }

    public void acknowledge() {
        try {
            directive = desk.acknowledge(id);
            FacesMessages.info("directives.acknowledged");
        } catch (BusinessException refused) {
            FacesMessages.show(refused, Map.of());
        }
    }

    public void complete() {
        try {
            directive = desk.complete(id, note);
            note = null;
            FacesMessages.info("directives.completed");
        } catch (BusinessException refused) {
            FacesMessages.show(refused, Map.of("note", "act:note"));
        }
    }

    /** A recipient office's supervisor, with its part still to do. */
    public boolean isRecipientSupervisor() {
        return currentUser.get().has(Role.SUPERVISOR) && directive != null && directive.recipients().size() == 1
                && currentUser.get().jurisdictionCode().map(c -> c.equals(directive.recipients().get(0).code())).orElse(false)
                && directive.recipients().get(0).progress() != DirectiveRecipient.Progress.COMPLETED;
    }

    public boolean isAcknowledgeable() {
        return isRecipientSupervisor() && directive.recipients().get(0).progress() == DirectiveRecipient.Progress.SENT;
    }

    public String name(DirectiveRepresentation.Recipient r) {
        return language.isEnglish() && r.nameEn() != null ? r.nameEn() : r.name();
    }

    public String sender() {
        return language.isEnglish() && directive.senderNameEn() != null ? directive.senderNameEn() : directive.senderName();
    }

    public String at(java.time.Instant instant) {
        return instant == null ? "—" : PageTimes.minute(instant);
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public DirectiveRepresentation getDirective() {
        return directive;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }
}
