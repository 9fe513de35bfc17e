package org.tongban.cases.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Verifying certificates, for anyone; revoking them, for supervisors of the issuing jurisdiction. */
@Path("certificates")
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
@Tag(name = "Certificates")
public class CertificatesResource {

    @Inject
    CertificateDesk desk;

    @GET
    @Path("{verificationCode}")
    @PermitAll
    @Operation(summary = "Whether a certificate is valid, revoked or expired, with what it shows; no other personal data")
    @APIResponse(responseCode = "404", description = "No certificate has this code")
    public CertificateDesk.Verification verify(@PathParam("verificationCode") String code) {
        return desk.verify(code);
    }

    /** Why a certificate is revoked: the holder is told. */
    public record RevocationRequest(String reason) {
    }

    @POST
    @Path("{verificationCode}/revocation")
    @RolesAllowed("SUPERVISOR")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Revoke a certificate issued in one's own subtree, with a reason")
    @APIResponse(responseCode = "409", description = "Revoked already")
    public CertificateDesk.Verification revoke(@PathParam("verificationCode") String code, RevocationRequest request) {
        return desk.revoke(code, request == null ? null : request.reason());
    }
}
