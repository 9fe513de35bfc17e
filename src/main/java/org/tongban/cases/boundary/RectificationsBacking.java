package org.tongban.cases.boundary;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.tongban.identity.control.CurrentUser;
import org.tongban.identity.entity.Role;
import org.tongban.platform.boundary.FacesMessages;
import org.tongban.platform.control.BusinessException;

/** clerk/rectifications.xhtml: the tasks bad ratings opened in the subtree; supervisors record what was done. */
@Named
@ViewScoped
public class RectificationsBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    static final int SHOWN = 50;

    @Inject
    transient RatingDesk desk;

    @Inject
    transient CurrentUser currentUser;

    private boolean open = true;
    private final Map<Long, String> outcomes = new HashMap<>();
    private transient List<RatingDesk.Task> tasks;

    public List<RatingDesk.Task> getTasks() {
        if (tasks == null) {
            tasks = desk.tasks(open, 0, SHOWN);
        }
        return tasks;
    }

    public void resolve(RatingDesk.Task task) {
        try {
            desk.resolve(task.id(), outcomes.get(task.id()), task.version());
            outcomes.remove(task.id());
            FacesMessages.info("rectification.saved");
        } catch (BusinessException refused) {
            FacesMessages.show(refused, Map.of());
        }
        tasks = null;
    }

    public boolean isSupervisor() {
        return currentUser.get().has(Role.SUPERVISOR);
    }

    public boolean isOpen() {
        return open;
    }

    public void setOpen(boolean open) {
        this.open = open;
        this.tasks = null;
    }

    public Map<Long, String> getOutcomes() {
        return outcomes;
    }
}
