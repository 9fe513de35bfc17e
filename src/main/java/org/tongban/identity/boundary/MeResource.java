package org.tongban.identity.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.tongban.identity.control.CurrentUser;
import org.tongban.jurisdiction.control.Jurisdictions;

/** Who the caller is: name, roles, jurisdiction and office. */
@Path("me")
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
@RolesAllowed({"CITIZEN", "CLERK", "SUPERVISOR", "INSPECTOR", "CENTRAL", "CATALOGUE_ADMIN"})
@SecurityRequirement(name = "bearer")
@Tag(name = "Accounts")
public class MeResource {

    @Inject
    CurrentUser currentUser;

    @Inject
    Jurisdictions jurisdictions;

    @GET
    @Operation(summary = "The signed-in account")
    public AccountRepresentation me() {
        return AccountRepresentation.of(currentUser.get(), jurisdictions);
    }
}
