package org.tongban.notification.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.tongban.platform.boundary.PageRepresentation;
import org.tongban.platform.control.Paging;

/** One's own inbox. */
@Path("notifications")
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
@RolesAllowed({"CITIZEN", "CLERK", "SUPERVISOR", "INSPECTOR", "CENTRAL", "CATALOGUE_ADMIN"})
@SecurityRequirement(name = "bearer")
@Tag(name = "Notifications")
public class NotificationsResource {

    @Inject
    InboxDesk desk;

    @GET
    @Operation(summary = "My notifications, newest first, in my language")
    public PageRepresentation<InboxDesk.Item> list(@QueryParam("page") @DefaultValue("0") int page,
            @QueryParam("size") @DefaultValue("20") int size) {
        int first = Paging.firstRow(page, size, PageRepresentation.MAX_SIZE);
        var inbox = desk.inbox(first, size);
        return new PageRepresentation<>(inbox.items(), inbox.total(), page, size);
    }

    @POST
    @Path("read")
    @Operation(summary = "Mark all my notifications read")
    public Response readAll() {
        desk.markAllRead();
        return Response.noContent().build();
    }
}
