package org.tongban.platform.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;

/**
 * The error pages (WEB-INF/errors): sets the status a page stands for, so that a refused page
 * (403) answers exactly like a missing one (404) and reveals nothing about what exists.
 */
@Named
@RequestScoped
public class ErrorPageBacking {

    public void status(int code) {
        FacesContext.getCurrentInstance().getExternalContext().setResponseStatus(code);
    }
}
