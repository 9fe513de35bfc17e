package org.tongban.identity.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.tongban.identity.entity.StaffEnrolment;
import org.tongban.platform.boundary.PageRepresentation;
import org.tongban.platform.control.InvalidInputException;
import org.tongban.platform.control.Paging;

/**
 * The staff directory: each member of staff sees colleagues in their own jurisdiction's subtree,
 * central staff everyone. Anything outside the caller's scope is simply not found.
 */
@Path("staff")
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
@RolesAllowed({"CLERK", "SUPERVISOR", "INSPECTOR", "CENTRAL"})
@SecurityRequirement(name = "bearer")
@Tag(name = "Staff")
public class StaffResource {

    @Inject
    AccountDesk desk;

    @GET
    @Operation(summary = "Colleagues within the caller's scope, optionally within one jurisdiction's subtree")
    public PageRepresentation<StaffMemberRepresentation> list(@QueryParam("jurisdiction") String jurisdiction,
            @QueryParam("q") String q, @QueryParam("page") @DefaultValue("0") int page,
            @QueryParam("size") @DefaultValue("20") int size) {
        int first = Paging.firstRow(page, size, PageRepresentation.MAX_SIZE);
        var result = desk.staff(jurisdiction, q, first, size);
        return new PageRepresentation<>(result.members().stream().map(StaffMemberRepresentation::of).toList(),
                result.total(), page, size);
    }

    @GET
    @Path("{username}")
    @Operation(summary = "One colleague, if within the caller's scope")
    public StaffMemberRepresentation get(@PathParam("username") String username) {
        return desk.staffMember(username).map(StaffMemberRepresentation::of).orElseThrow(NotFoundException::new);
    }

    @POST
    @RolesAllowed("CENTRAL")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Create a staff account in an office (central administrators only)")
    public Response create(StaffEnrolment form, @Context UriInfo uri) {
        if (form == null) {
            throw InvalidInputException.of("body", "validation.required");
        }
        var account = desk.enrolStaff(form);
        return Response.created(uri.getAbsolutePathBuilder().path(account.username()).build())
                .entity(StaffMemberRepresentation.of(account))
                .build();
    }
}
