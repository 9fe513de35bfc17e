package org.tongban.identity.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.tongban.audit.control.AuditLog;
import org.tongban.audit.entity.AuditRecord;
import org.tongban.identity.control.ApiTokens;
import org.tongban.identity.control.SignIn;
import org.tongban.identity.control.SignInLockedException;
import org.tongban.identity.control.SignInOutcome;
import org.tongban.identity.control.SignInRefusedException;
import org.tongban.platform.control.ClientAddress;
import org.tongban.platform.control.InvalidInputException;

/** Bearer tokens for the API, issued against the same checks, throttling and audit as the sign-in form. */
@Path("tokens")
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
@Tag(name = "Accounts")
public class TokensResource {

    @Inject
    SignIn signIn;

    @Inject
    ApiTokens tokens;

    @Inject
    AuditLog audit;

    @Inject
    @ConfigProperty(name = "tongban.api.token-lifetime-minutes")
    long lifetimeMinutes;

    @Inject
    ClientAddress clientAddress;

    @Context
    HttpServletRequest request;

    @POST
    @PermitAll
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Exchange a name and password for a bearer token")
    @APIResponse(responseCode = "201", description = "The token and when it expires")
    @APIResponse(responseCode = "401", description = "Wrong name or password")
    @APIResponse(responseCode = "429", description = "Too many failures; see Retry-After")
    public Response issue(TokenRequest body, @Context UriInfo uri) {
        if (body == null || body.username() == null || body.username().isBlank() || body.password() == null) {
            throw InvalidInputException.of(body == null || body.username() == null || body.username().isBlank()
                    ? "username" : "password", "validation.required");
        }
        Duration lifetime = Duration.ofMinutes(lifetimeMinutes);
        if (body.lifetimeSeconds() != null) {
            if (body.lifetimeSeconds() < 1 || body.lifetimeSeconds() > lifetime.toSeconds()) {
                throw InvalidInputException.of("lifetimeSeconds", "identity.token.lifetime", lifetime.toSeconds());
            }
            lifetime = Duration.ofSeconds(body.lifetimeSeconds());
        }
        SignInOutcome outcome = signIn.attempt(body.username(), body.password(), clientAddress.of(request));
        return switch (outcome) {
            case SignInOutcome.SignedIn signedIn -> {
                var issued = tokens.issue(signedIn.accountId(), lifetime);
                yield Response.created(uri.getAbsolutePathBuilder().path("current").build())
                        .entity(new TokenRepresentation(issued.token(), "Bearer", issued.expiresAt()))
                        .build();
            }
            case SignInOutcome.Locked locked -> throw new SignInLockedException(locked.until());
            case SignInOutcome.Refused refused -> throw new SignInRefusedException();
        };
    }

    @DELETE
    @Path("current")
    @RolesAllowed({"CITIZEN", "CLERK", "SUPERVISOR", "INSPECTOR", "CENTRAL", "CATALOGUE_ADMIN"})
    @Operation(summary = "Revoke the token this request was made with")
    @APIResponse(responseCode = "204", description = "Revoked")
    public Response revoke(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization) {
        if (authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            tokens.revoke(authorization.substring(7).strip());
            audit.record(AuditRecord.of("TOKEN_REVOKED"));
        }
        return Response.noContent().build();
    }
}
