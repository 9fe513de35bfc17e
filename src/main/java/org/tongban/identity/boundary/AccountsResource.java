package org.tongban.identity.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.tongban.identity.entity.CitizenRegistration;
import org.tongban.jurisdiction.control.Jurisdictions;
import org.tongban.platform.control.InvalidInputException;

/** Citizens open their own accounts; staff accounts are created through {@link StaffResource}. */
@Path("accounts")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RequestScoped
@Tag(name = "Accounts")
public class AccountsResource {

    @Inject
    AccountDesk desk;

    @Inject
    Jurisdictions jurisdictions;

    @POST
    @PermitAll
    @Operation(summary = "Register a citizen account")
    @APIResponse(responseCode = "201", description = "Registered; Location is the account's own view, /api/v1/me")
    @APIResponse(responseCode = "400", description = "Invalid fields, each with a message")
    @APIResponse(responseCode = "409", description = "Name, identity number or e-mail already registered")
    public Response register(CitizenRegistration form, @jakarta.ws.rs.core.Context UriInfo uri) {
        if (form == null) {
            throw InvalidInputException.of("body", "validation.required");
        }
        var account = desk.registerCitizen(form);
        return Response.created(uri.getBaseUriBuilder().path("me").build())
                .entity(AccountRepresentation.of(account, jurisdictions))
                .build();
    }
}
