package org.tongban.platform.boundary;

import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Locale;
import org.tongban.platform.control.BusinessException;

/** A broken business rule: its own status, message and field problems, in the caller's language. */
@Provider
public class BusinessExceptionMapper implements ExceptionMapper<BusinessException> {

    @Context
    HttpHeaders headers;

    @Override
    public Response toResponse(BusinessException exception) {
        return toResponse(exception, Problems.locale(headers));
    }

    static Response toResponse(BusinessException exception, Locale locale) {
        var errors = exception.fieldProblems().stream()
                .map(p -> new ProblemRepresentation.FieldError(p.field(), p.localizedMessage(locale)))
                .toList();
        String title = exception.localizedMessage(locale);
        var builder = Problems.response(exception.status(), title, null, errors);
        exception.headers().forEach(builder::header);
        return builder.build();
    }
}
