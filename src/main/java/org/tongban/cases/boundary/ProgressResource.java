package org.tongban.cases.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.tongban.platform.control.ClientAddress;

/** The public progress lookup. A POST, so that the applicant's name never lands in an access log or a browser history. */
@Path("progress")
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
@Tag(name = "Cases")
public class ProgressResource {

    @Inject
    ProgressDesk desk;

    @Inject
    ClientAddress clientAddress;

    @Context
    HttpServletRequest request;

    public record LookupRequest(String trackingNumber, String name) {
    }

    @POST
    @PermitAll
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Where a case stands, given its tracking number and the applicant's name")
    @APIResponse(responseCode = "404", description = "No case has this number and applicant name")
    @APIResponse(responseCode = "429", description = "Too many lookups; Retry-After says when to try again")
    public ProgressDesk.Progress lookup(LookupRequest lookup) {
        return desk.lookup(lookup == null ? null : lookup.trackingNumber(), lookup == null ? null : lookup.name(),
                clientAddress.of(request));
    }
}
