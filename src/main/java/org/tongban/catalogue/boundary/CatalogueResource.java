package org.tongban.catalogue.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.tongban.catalogue.control.LocalImplementations;
import org.tongban.catalogue.control.NationalCatalogue;
import org.tongban.catalogue.entity.DeltaDraft;
import org.tongban.catalogue.entity.DeltaKind;
import org.tongban.catalogue.entity.FieldType;
import org.tongban.catalogue.entity.Impact;
import org.tongban.catalogue.entity.ItemDefinition;
import org.tongban.catalogue.entity.ItemSummary;
import org.tongban.catalogue.entity.ItemVersion;
import org.tongban.catalogue.entity.PolicyArea;
import org.tongban.identity.control.CurrentUser;
import org.tongban.jurisdiction.control.Jurisdictions;
import org.tongban.jurisdiction.entity.Jurisdiction;
import org.tongban.platform.boundary.PageRepresentation;
import org.tongban.platform.control.FieldChecks;
import org.tongban.platform.control.InvalidInputException;
import org.tongban.platform.control.Paging;

/**
 * The public catalogue: national items and what applies in a region. No sign-in needed; a
 * signed-in citizen's own region is the default.
 */
@Path("catalogue/items")
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
@PermitAll
@Tag(name = "Catalogue")
public class CatalogueResource {

    @Inject
    NationalCatalogue catalogue;

    @Inject
    LocalImplementations implementations;

    @Inject
    Jurisdictions jurisdictions;

    @Inject
    CurrentUser currentUser;

    @Inject
    CatalogueDesk desk;

    @GET
    @Operation(summary = "Search national items by words (Chinese or English) or code, optionally by policy area; "
            + "with a jurisdiction, each item says how many local differences apply there")
    public PageRepresentation<ItemSummaryRepresentation> search(@QueryParam("q") String q, @QueryParam("area") String area,
            @QueryParam("jurisdiction") String jurisdiction, @QueryParam("page") @DefaultValue("0") int page,
            @QueryParam("size") @DefaultValue("20") int size) {
        FieldChecks checks = new FieldChecks();
        if (q != null && q.length() > 50) {
            checks.problem("q", "validation.length", 0, 50);
        }
        PolicyArea policyArea = parseArea(area, checks);
        Jurisdiction region = jurisdiction == null || jurisdiction.isBlank() ? null : jurisdictionOrProblem(jurisdiction, checks);
        int first = Paging.firstRow(page, size, PageRepresentation.MAX_SIZE);
        checks.throwIfAny();
        var result = catalogue.searchSummaries(q, policyArea, first, size);
        Map<String, Long> differences = region == null ? Map.of()
                : implementations.differenceCounts(result.items().stream().map(ItemSummary::code).toList(), region);
        return new PageRepresentation<>(result.items().stream()
                .map(v -> ItemSummaryRepresentation.of(v, region == null ? null : differences.getOrDefault(v.code(), 0L)))
                .toList(), result.total(), page, size);
    }

    @GET
    @Path("{code}")
    @Operation(summary = "The effective definition of an item in a jurisdiction, with its differences from the national item")
    public ItemRepresentation item(@PathParam("code") String code, @QueryParam("jurisdiction") String jurisdiction) {
        ItemVersion national = catalogue.findPublished(code).orElseThrow(NotFoundException::new);
        FieldChecks checks = new FieldChecks();
        Jurisdiction region = jurisdiction == null || jurisdiction.isBlank() ? defaultRegion()
                : jurisdictionOrProblem(jurisdiction, checks);
        checks.throwIfAny();
        return ItemRepresentation.of(implementations.effective(national, region));
    }

    @POST
    @RolesAllowed("CATALOGUE_ADMIN")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Define a new national item; its first version is a draft")
    public Response create(ItemRequest request, @Context UriInfo uri) {
        FieldChecks checks = new FieldChecks();
        if (request == null) {
            throw InvalidInputException.of("body", "validation.required");
        }
        if (request.code() == null || !request.code().matches("(XK|QR|JF|GG|BA)-[0-9]{5}-[0-9]{3}")) {
            checks.problem("code", "catalogue.code.format");
        }
        if (checks.required("policyArea", request.policyArea())) {
            parseArea(request.policyArea(), checks);
        }
        ItemDefinition definition = ItemDefinitions.check(request, checks);
        ItemVersion draft = desk.createItem(request.code(), PolicyArea.valueOf(request.policyArea().strip()), definition);
        return Response.created(uri.getAbsolutePathBuilder().path(draft.code()).path("versions").path("1").build())
                .entity(VersionRepresentation.of(draft)).build();
    }

    @POST
    @Path("{code}/versions")
    @RolesAllowed("CATALOGUE_ADMIN")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Draft a revision of a national item as a new version")
    public Response revise(@PathParam("code") String code, ItemRequest request, @Context UriInfo uri) {
        if (request == null) {
            throw InvalidInputException.of("body", "validation.required");
        }
        ItemVersion draft = desk.draftRevision(code, ItemDefinitions.check(request, new FieldChecks()));
        return Response.created(uri.getAbsolutePathBuilder().path(Integer.toString(draft.version())).build())
                .entity(VersionRepresentation.of(draft)).build();
    }

    @GET
    @Path("{code}/versions/{version}/impact")
    @RolesAllowed("CATALOGUE_ADMIN")
    @Operation(summary = "What publishing a draft would touch: local implementations and deltas that would become non-conforming")
    public Impact impact(@PathParam("code") String code, @PathParam("version") int version) {
        return desk.impact(code, version);
    }

    @POST
    @Path("{code}/versions/{version}/publication")
    @RolesAllowed("CATALOGUE_ADMIN")
    @Operation(summary = "Publish a draft; the version in force is superseded and local deltas are judged again")
    public VersionRepresentation publish(@PathParam("code") String code, @PathParam("version") int version) {
        return VersionRepresentation.of(desk.publish(code, version));
    }

    @PUT
    @Path("{code}/implementations/{jurisdiction}")
    @RolesAllowed("SUPERVISOR")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Replace one's own jurisdiction's deltas for an item (supervisors of that jurisdiction only)")
    public ImplementationRepresentation declare(@PathParam("code") String code,
            @PathParam("jurisdiction") String jurisdiction, ImplementationRequest request) {
        if (request == null || request.deltas() == null) {
            throw InvalidInputException.of("deltas", "validation.required");
        }
        FieldChecks checks = new FieldChecks();
        List<DeltaDraft> drafts = new ArrayList<>();
        for (int i = 0; i < request.deltas().size(); i++) {
            var d = request.deltas().get(i);
            DeltaKind kind = parse(DeltaKind.class, d.kind(), "deltas[" + i + "].kind", "catalogue.delta.kind", checks);
            FieldType type = d.fieldType() == null ? null
                    : parse(FieldType.class, d.fieldType(), "deltas[" + i + "].fieldType", "catalogue.fieldType.unknown", checks);
            drafts.add(new DeltaDraft(kind, d.targetCode(), d.days(), d.feeFen(), d.nameZh(), d.nameEn(), type, d.reason(),
                    d.legalBasis()));
        }
        checks.throwIfAny();
        return ImplementationRepresentation.of(desk.declare(code, jurisdiction, drafts, request.expectedVersion()));
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String value, String field, String key, FieldChecks checks) {
        try {
            return value == null ? null : Enum.valueOf(type, value.strip());
        } catch (IllegalArgumentException e) {
            checks.problem(field, key, value);
            return null;
        }
    }

    /** The signed-in citizen's own region, otherwise the national standard. */
    private Jurisdiction defaultRegion() {
        return regionOrHome(null, jurisdictions, currentUser);
    }

    /**
     * The region asked for if it exists, else where the signed-in person belongs, else the nation
     * (the national standard). Shared by the catalogue's API and pages.
     */
    static Jurisdiction regionOrHome(String code, Jurisdictions jurisdictions, CurrentUser currentUser) {
        String asked = code == null ? "" : code.strip().split("\\s+")[0];
        return jurisdictions.find(asked)
                .or(() -> currentUser.homeJurisdictionCode().flatMap(jurisdictions::find))
                .orElseGet(() -> jurisdictions.get(Jurisdiction.NATION_CODE));
    }

    private Jurisdiction jurisdictionOrProblem(String code, FieldChecks checks) {
        var found = jurisdictions.find(code.strip());
        if (found.isEmpty()) {
            checks.problem("jurisdiction", "jurisdiction.unknown", code);
        }
        return found.orElse(null);
    }

    static PolicyArea parseArea(String area, FieldChecks checks) {
        if (area == null || area.isBlank()) {
            return null;
        }
        try {
            return PolicyArea.valueOf(area.strip());
        } catch (IllegalArgumentException e) {
            checks.problem("area", "catalogue.area.unknown");
            return null;
        }
    }
}
