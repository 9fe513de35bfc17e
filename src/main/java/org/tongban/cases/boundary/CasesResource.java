package org.tongban.cases.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
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
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.tongban.cases.entity.CaseAction;
import org.tongban.cases.entity.TrackingNumber;
import org.tongban.platform.boundary.PageRepresentation;
import org.tongban.platform.control.InvalidInputException;
import org.tongban.platform.control.Paging;

/** Cases for handheld apps and pages: citizens submit and follow their own, staff see their jurisdiction's. */
@Path("cases")
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
@RolesAllowed({"CITIZEN", "CLERK", "SUPERVISOR", "INSPECTOR", "CENTRAL"})
@SecurityRequirement(name = "bearer")
@Tag(name = "Cases")
public class CasesResource {

    @Inject
    CaseDesk desk;

    @POST
    @RolesAllowed("CITIZEN")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Submit an application; the Idempotency-Key header makes a retry return the same case")
    @APIResponse(responseCode = "201", description = "Submitted; Location is the case")
    @APIResponse(responseCode = "200", description = "A retry of a submission already made: the same case")
    @APIResponse(responseCode = "400", description = "Invalid answers, each with a message")
    @APIResponse(responseCode = "422", description = "The key was used before for a different request")
    public Response submit(@HeaderParam("Idempotency-Key") String idempotencyKey, SubmissionRequest request,
            @Context UriInfo uri) {
        CaseDesk.Submitted submitted = desk.submit(request, idempotencyKey);
        var location = uri.getAbsolutePathBuilder().path(submitted.representation().trackingNumber()).build();
        return (submitted.replayed() ? Response.ok().location(location).header("Idempotent-Replayed", "true")
                : Response.created(location)).entity(submitted.representation()).build();
    }

    @GET
    @Path("{trackingNumber}")
    @Operation(summary = "A case, if it is one's own or in one's jurisdiction")
    public CaseRepresentation get(@PathParam("trackingNumber") String trackingNumber) {
        if (!TrackingNumber.looksValid(trackingNumber)) {
            throw new NotFoundException();
        }
        return desk.get(trackingNumber);
    }

    /** A step on a case, as a handheld app or a page sends it. */
    public record ActionRequest(String action, String reason, Integer days) {
    }

    @POST
    @Path("{trackingNumber}/actions")
    @RolesAllowed({"CITIZEN", "CLERK", "SUPERVISOR"})
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Take a step: ACCEPT, REFUSE, REQUEST_SUPPLEMENT, SUPPLY, APPROVE, DENY, EXTEND (with days), WITHDRAW, ...")
    @APIResponse(responseCode = "200", description = "The case after the step")
    @APIResponse(responseCode = "409", description = "Not possible in the case's state, or someone else acted meanwhile")
    public CaseRepresentation act(@PathParam("trackingNumber") String trackingNumber, ActionRequest request) {
        if (!TrackingNumber.looksValid(trackingNumber)) {
            throw new NotFoundException();
        }
        CaseAction action;
        try {
            action = request == null || request.action() == null ? null : CaseAction.valueOf(request.action().strip());
        } catch (IllegalArgumentException unknown) {
            action = null;
        }
        if (action == null || action == CaseAction.SUBMIT) {
            throw InvalidInputException.of("action", "cases.action.unknown");
        }
        return desk.act(trackingNumber, action, request.reason(), request.days());
    }

    @GET
    @Operation(summary = "My cases (citizens) or my jurisdiction's cases (staff), newest first")
    public PageRepresentation<CaseRepresentation.Summary> list(@QueryParam("page") @DefaultValue("0") int page,
            @QueryParam("size") @DefaultValue("20") int size) {
        int first = Paging.firstRow(page, size, PageRepresentation.MAX_SIZE);
        List<CaseRepresentation.Summary> items = desk.list(first, size);
        return new PageRepresentation<>(items, desk.count(), page, size);
    }
}
