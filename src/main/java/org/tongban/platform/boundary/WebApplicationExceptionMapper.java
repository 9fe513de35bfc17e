package org.tongban.platform.boundary;

import jakarta.ws.rs.NotAuthorizedException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * Protocol-level refusals (not found, not allowed, unsupported media type, ...) as problem+json,
 * keeping the status and any challenge headers but never the exception's own text.
 */
@Provider
public class WebApplicationExceptionMapper implements ExceptionMapper<WebApplicationException> {

    @Context
    HttpHeaders headers;

    @Override
    public Response toResponse(WebApplicationException exception) {
        int status = exception.getResponse().getStatus();
        Response.ResponseBuilder builder = Problems.forStatus(status, Problems.locale(headers));
        if (exception instanceof NotAuthorizedException) {
            builder.header(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"tongban\"");
        }
        exception.getResponse().getHeaders().forEach((name, values) -> {
            if (name.equalsIgnoreCase(HttpHeaders.ALLOW) || name.equalsIgnoreCase("Retry-After")) {
                values.forEach(v -> builder.header(name, v));
            }
        });
        return builder.build();
    }
}
