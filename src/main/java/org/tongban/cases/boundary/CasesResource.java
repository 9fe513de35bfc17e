package org.tongban.cases.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.core.EntityPart;
import jakarta.ws.rs.core.SecurityContext;
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
import org.tongban.cases.control.Materials;
import org.tongban.cases.entity.CaseAction;
import org.tongban.cases.entity.CaseMaterial;
import org.tongban.cases.entity.LegalClock;
import org.tongban.cases.entity.Worklist;
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

    @Inject
    MaterialDesk materialDesk;

    @Inject
    CertificateDesk certificateDesk;

    @Inject
    RatingDesk ratingDesk;

    @Inject
    Materials materials;

    @Context
    SecurityContext security;

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
    @Operation(summary = "My cases (citizens, newest first) or my worklist (staff: my jurisdiction's subtree, filtered,"
            + " most urgent first unless order=NEWEST)")
    public PageRepresentation<CaseRepresentation.Summary> list(@QueryParam("page") @DefaultValue("0") int page,
            @QueryParam("size") @DefaultValue("20") int size, @QueryParam("status") List<String> status,
            @QueryParam("item") String item, @QueryParam("card") String card, @QueryParam("flag") String flag,
            @QueryParam("order") String order) {
        int first = Paging.firstRow(page, size, PageRepresentation.MAX_SIZE);
        if (security.isUserInRole("CITIZEN")) {
            return new PageRepresentation<>(desk.list(first, size), desk.count(), page, size);
        }
        Worklist filter = new Worklist(Worklists.statuses(status), Worklists.blankToNull(item),
                Worklists.parse(LegalClock.Card.class, "card", card), Worklists.parse(Worklist.Flag.class, "flag", flag),
                Worklists.parse(Worklist.Order.class, "order", order));
        var found = desk.worklist(filter, first, size);
        return new PageRepresentation<>(desk.summaries(found.cases()), found.total(), page, size, found.capped());
    }

    @POST
    @Path("{trackingNumber}/materials")
    @RolesAllowed("CITIZEN")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Operation(summary = "Add a file for one of the item's materials (before acceptance, or in answer to a supplement request);"
            + " parts: material (the material's code) and file")
    @APIResponse(responseCode = "201", description = "Stored; Location is the file")
    @APIResponse(responseCode = "400", description = "Unknown material, a kind of file it does not take, or too large")
    public Response addMaterial(@PathParam("trackingNumber") String trackingNumber, @FormParam("material") String material,
            @FormParam("file") EntityPart file, @Context UriInfo uri) {
        checkNumber(trackingNumber);
        if (file == null) {
            throw InvalidInputException.of("file", "validation.required");
        }
        byte[] content = Uploads.read(file, materials.uploadLimitBytes());
        CaseMaterial stored = materialDesk.addToCase(trackingNumber, material, file.getFileName().orElse(null), content);
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(stored.id())).build())
                .entity(new CaseRepresentation.MaterialRef(stored.id(), stored.materialCode(), null, null, stored.fileName(),
                        stored.mediaType(), stored.sizeBytes(), stored.uploadedAt()))
                .build();
    }

    @GET
    @Path("{trackingNumber}/materials/{id}")
    @Produces(MediaType.WILDCARD)
    @Operation(summary = "Download a file of a case (always as an attachment); staff downloads are audited")
    public Response material(@PathParam("trackingNumber") String trackingNumber, @PathParam("id") long id) {
        checkNumber(trackingNumber);
        return Uploads.attachment(materialDesk.download(trackingNumber, id));
    }

    @GET
    @Path("{trackingNumber}/certificate")
    @Produces("application/pdf")
    @Operation(summary = "The certificate of an approved case, as PDF")
    public Response certificate(@PathParam("trackingNumber") String trackingNumber) {
        checkNumber(trackingNumber);
        return Uploads.attachment(new MaterialDesk.Download("certificate-" + trackingNumber + ".pdf", "application/pdf",
                certificateDesk.pdf(trackingNumber)));
    }

    /** A rating: 1 (bad) to 5 (very good), with an optional comment. */
    public record RatingRequest(Integer score, String comment) {
    }

    @POST
    @Path("{trackingNumber}/rating")
    @RolesAllowed("CITIZEN")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Rate a decided case once, 1 to 5; a 1 or 2 opens a rectification task for the office")
    @APIResponse(responseCode = "201", description = "Rated")
    @APIResponse(responseCode = "409", description = "Not decided yet, or rated already")
    public Response rate(@PathParam("trackingNumber") String trackingNumber, RatingRequest request) {
        checkNumber(trackingNumber);
        var rating = ratingDesk.rate(trackingNumber, request == null ? null : request.score(),
                request == null ? null : request.comment());
        return Response.status(Response.Status.CREATED)
                .entity(new CaseRepresentation.RatingRef(rating.score(), rating.comment(), rating.ratedAt())).build();
    }

    /** Who is to work on a case: an account name, or nothing to release it. */
    public record AssignmentRequest(String assignee) {
    }

    @PUT
    @Path("{trackingNumber}/assignment")
    @RolesAllowed({"CLERK", "SUPERVISOR"})
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Claim a case (oneself) or, as supervisor, hand it to a member of staff; an empty assignee releases it")
    public CaseRepresentation assign(@PathParam("trackingNumber") String trackingNumber, AssignmentRequest request) {
        checkNumber(trackingNumber);
        return desk.assign(trackingNumber, request == null ? null : request.assignee());
    }

    private static void checkNumber(String trackingNumber) {
        if (!TrackingNumber.looksValid(trackingNumber)) {
            throw new NotFoundException();
        }
    }
}
