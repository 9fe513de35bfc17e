package org.tongban.audit.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.tongban.audit.entity.ChainVerification;

/** Verification of the audit chain, for central staff. */
@Path("audit")
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
@RolesAllowed("CENTRAL")
@SecurityRequirement(name = "bearer")
@Tag(name = "Audit")
public class AuditResource {

    @Inject
    AuditDesk desk;

    @GET
    @Path("verification")
    @Operation(summary = "Recompute every entry's digest and link: how many entries, and whether the chain is intact")
    public ChainVerification verification() {
        return desk.verifyChain();
    }
}
