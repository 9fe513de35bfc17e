package org.tongban.cases.boundary;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.tongban.cases.entity.CaseAction;
import org.tongban.identity.control.CurrentUser;
import org.tongban.identity.control.StaffDirectory;
import org.tongban.identity.entity.Account;
import org.tongban.identity.entity.Role;
import org.tongban.jurisdiction.entity.Scope;
import org.tongban.platform.boundary.FacesMessages;
import org.tongban.platform.control.BusinessException;

/**
 * clerk/case.xhtml: a case as the office works it: answers, files (each opening audited),
 * timeline and clock, and only the steps the item's workflow allows now, each with the reason the
 * applicant will read. Claiming, handing over (supervisors) and revoking the certificate.
 */
@Named
@ViewScoped
public class ClerkCaseBacking extends CasePage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient CurrentUser currentUser;

    @Inject
    transient StaffDirectory staff;

    private String reason;
    private Integer days;
    private String assignee;
    private String revocationReason;
    private transient List<Account> colleagues;

    /** The steps an office takes from the page, in the order a clerk thinks of them. */
    public List<CaseAction> getActions() {
        return getCase() == null ? List.of() : getCase().nextSteps().stream()
                .filter(a -> a != CaseAction.ISSUE_CERTIFICATE).toList();
    }

    public void act(CaseAction action) {
        if (take(action, reason, action == CaseAction.EXTEND ? days : null)) {
            reason = null;
            days = null;
        }
    }

    public boolean isMayAct() {
        Account me = currentUser.get();
        return me.has(Role.CLERK) || me.has(Role.SUPERVISOR);
    }

    public boolean isSupervisor() {
        return currentUser.get().has(Role.SUPERVISOR);
    }

    public void claim() {
        assign(currentUser.get().username());
    }

    public void handOver() {
        assign(assignee == null ? "" : assignee);
    }

    private void assign(String username) {
        try {
            desk.assign(getNumber(), username);
            FacesMessages.info("case.assigned");
        } catch (BusinessException refused) {
            FacesMessages.show(refused, Map.of());
        }
        reload();
    }

    /** Staff of the supervisor's subtree who may be handed the case. */
    public List<Account> getColleagues() {
        if (colleagues == null) {
            Scope scope = currentUser.scope();
            colleagues = staff.list(scope, null, 0, 200).members().stream()
                    .filter(a -> a.enabled() && (a.has(Role.CLERK) || a.has(Role.SUPERVISOR))).toList();
        }
        return colleagues;
    }

    public void revoke() {
        try {
            certificateDesk.revoke(getCase().certificate().verificationCode(), revocationReason);
            FacesMessages.info("case.certificate.revoked");
            revocationReason = null;
        } catch (BusinessException refused) {
            FacesMessages.show(refused, Map.of());
        }
        reload();
    }

    public boolean reasonRequired(CaseAction action) {
        return action.reasonRequired();
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public Integer getDays() {
        return days;
    }

    public void setDays(Integer days) {
        this.days = days;
    }

    public String getAssignee() {
        return assignee;
    }

    public void setAssignee(String assignee) {
        this.assignee = assignee;
    }

    public String getRevocationReason() {
        return revocationReason;
    }

    public void setRevocationReason(String revocationReason) {
        this.revocationReason = revocationReason;
    }
}
