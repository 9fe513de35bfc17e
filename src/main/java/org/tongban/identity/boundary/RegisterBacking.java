package org.tongban.identity.boundary;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.Map;
import org.tongban.identity.entity.CitizenRegistration;
import org.tongban.platform.boundary.FacesMessages;
import org.tongban.platform.control.BusinessException;

/** public/register.xhtml: a citizen opens an account; every problem is shown next to its field. */
@Named
@ViewScoped
public class RegisterBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    private static final Map<String, String> FIELDS = Map.of(
            "username", "register:username", "name", "register:name", "residentId", "register:residentId",
            "mobile", "register:mobile", "email", "register:email", "password", "register:password");

    @Inject
    transient AccountDesk desk;

    private String username;
    private String name;
    private String residentId;
    private String mobile;
    private String email;
    private String password;
    private String passwordConfirmation;

    public void submit() throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        if (password != null && !password.equals(passwordConfirmation)) {
            faces.addMessage("register:passwordConfirmation", new FacesMessage(FacesMessage.SEVERITY_ERROR,
                    FacesMessages.text("identity.password.mismatch"), null));
            // every other problem too, so the form is corrected in one go
            var others = desk.problemsWith(new CitizenRegistration(username, name, residentId, mobile, email, password, null));
            if (!others.isEmpty()) {
                FacesMessages.show(new org.tongban.platform.control.InvalidInputException(others), FIELDS);
            }
            faces.validationFailed();
            return;
        }
        try {
            desk.registerCitizen(new CitizenRegistration(username, name, residentId, mobile, email, password, null));
        } catch (BusinessException problem) {
            FacesMessages.show(problem, FIELDS);
            faces.validationFailed();
            return;
        }
        ExternalContext external = faces.getExternalContext();
        external.redirect(external.getRequestContextPath() + "/public/login.xhtml?registered=true");
        faces.responseComplete();
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getResidentId() {
        return residentId;
    }

    public void setResidentId(String residentId) {
        this.residentId = residentId;
    }

    public String getMobile() {
        return mobile;
    }

    public void setMobile(String mobile) {
        this.mobile = mobile;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public String getPasswordConfirmation() {
        return passwordConfirmation;
    }

    public void setPasswordConfirmation(String passwordConfirmation) {
        this.passwordConfirmation = passwordConfirmation;
    }
}
