package org.tongban.catalogue.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The divergence report, for central staff over the nation and for office staff over their own subtree. */
@Path("catalogue/divergence")
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
@RolesAllowed({"CENTRAL", "SUPERVISOR", "CLERK"})
@SecurityRequirement(name = "bearer")
@Tag(name = "Catalogue")
public class DivergenceResource {

    @Inject
    DivergenceDesk desk;

    @GET
    @Operation(summary = "Differences from the national standard per item and per region below a jurisdiction "
            + "(default: the caller's own)")
    public DivergenceRepresentation report(@QueryParam("jurisdiction") String jurisdiction, @QueryParam("item") String item) {
        return desk.report(jurisdiction, item);
    }

    @GET
    @Path("deltas")
    @Operation(summary = "The exact deltas of one item within one region's subtree, with their reasons")
    public List<DivergenceRepresentation.Detail> deltas(@QueryParam("item") String item,
            @QueryParam("jurisdiction") String jurisdiction) {
        return desk.details(item, jurisdiction);
    }
}
