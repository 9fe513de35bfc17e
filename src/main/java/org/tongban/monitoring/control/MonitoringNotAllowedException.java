package org.tongban.monitoring.control;

import org.tongban.platform.control.BusinessException;

/** Figures are for central staff and the supervisors of a province; clerks and local offices have none. */
public class MonitoringNotAllowedException extends BusinessException {

    private static final long serialVersionUID = 1L;

    public MonitoringNotAllowedException() {
        super("monitoring.notAllowed");
    }

    @Override
    public int status() {
        return 403;
    }
}
