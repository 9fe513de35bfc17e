package org.tongban.cases.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.tongban.platform.boundary.PageRepresentation;
import org.tongban.platform.control.Paging;

/** Rectification tasks opened by bad ratings, for the supervisors of the subtree. */
@Path("rectifications")
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
@RolesAllowed({"SUPERVISOR", "INSPECTOR", "CENTRAL"})
@SecurityRequirement(name = "bearer")
@Tag(name = "Cases")
public class RectificationsResource {

    @Inject
    RatingDesk desk;

    @GET
    @Operation(summary = "Open tasks by deadline (open=true, the default) or resolved ones, newest first")
    public PageRepresentation<RatingDesk.Task> list(@QueryParam("open") @DefaultValue("true") boolean open,
            @QueryParam("page") @DefaultValue("0") int page, @QueryParam("size") @DefaultValue("20") int size) {
        int first = Paging.firstRow(page, size, PageRepresentation.MAX_SIZE);
        return new PageRepresentation<>(desk.tasks(open, first, size), desk.count(open), page, size);
    }

    /** What was done about the rating; {@code expectedVersion} guards against two supervisors at once. */
    public record ResolutionRequest(String outcome, Long expectedVersion) {
    }

    @POST
    @Path("{id}/resolution")
    @RolesAllowed("SUPERVISOR")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Record what was done; the applicant is told")
    public RatingDesk.Task resolve(@PathParam("id") long id, ResolutionRequest request) {
        return desk.resolve(id, request == null ? null : request.outcome(), request == null ? null : request.expectedVersion());
    }
}
