package org.tongban.coordination.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
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
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.tongban.platform.boundary.PageRepresentation;
import org.tongban.platform.control.Paging;

/** Directives: sent by central staff or a province, acknowledged and completed by the recipient offices. */
@Path("directives")
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
@RolesAllowed({"CLERK", "SUPERVISOR", "INSPECTOR", "CENTRAL"})
@SecurityRequirement(name = "bearer")
@Tag(name = "Coordination")
public class DirectivesResource {

    @Inject
    DirectiveDesk desk;

    @POST
    @RolesAllowed({"CENTRAL", "SUPERVISOR"})
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Send a directive; the Idempotency-Key header makes a retry return the same directive")
    @APIResponse(responseCode = "201", description = "Sent; Location is the directive")
    @APIResponse(responseCode = "200", description = "A retry of a directive already sent")
    public Response send(@HeaderParam("Idempotency-Key") String idempotencyKey, DirectiveRequest request,
            @Context UriInfo uri) {
        DirectiveDesk.Sent sent = desk.send(request, idempotencyKey);
        if (!sent.created()) {
            return Response.ok(sent.directive()).build();
        }
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(sent.directive().id())).build())
                .entity(sent.directive()).build();
    }

    @GET
    @Operation(summary = "Directives to the caller's office (box=received, the default) or sent from it (box=sent)")
    public PageRepresentation<DirectiveRepresentation> list(@QueryParam("box") @DefaultValue("received") String box,
            @QueryParam("page") @DefaultValue("0") int page, @QueryParam("size") @DefaultValue("20") int size) {
        int first = Paging.firstRow(page, size, PageRepresentation.MAX_SIZE);
        DirectiveDesk.Page found = "sent".equals(box) ? desk.sent(first, size) : desk.received(first, size);
        return new PageRepresentation<>(found.items(), found.total(), page, size);
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One directive: every recipient's progress for the sender, the office's own part for a recipient")
    public DirectiveRepresentation get(@PathParam("id") long id) {
        return desk.get(id);
    }

    @POST
    @Path("{id}/acknowledgement")
    @RolesAllowed("SUPERVISOR")
    @Operation(summary = "The recipient office has seen the directive")
    public DirectiveRepresentation acknowledge(@PathParam("id") long id) {
        return desk.acknowledge(id);
    }

    /** What the office did. */
    public record CompletionRequest(String note) {
    }

    @POST
    @Path("{id}/completion")
    @RolesAllowed("SUPERVISOR")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "The recipient office reports what it did; the sender is told")
    public DirectiveRepresentation complete(@PathParam("id") long id, CompletionRequest request) {
        return desk.complete(id, request == null ? null : request.note());
    }
}
