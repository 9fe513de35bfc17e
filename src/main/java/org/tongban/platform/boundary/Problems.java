package org.tongban.platform.boundary;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Locale;
import org.tongban.platform.control.Messages;

/** Builds problem+json responses in the caller's language. */
final class Problems {

    private Problems() {
    }

    static Locale locale(HttpHeaders headers) {
        return headers == null ? Messages.CHINESE : Messages.negotiate(headers.getAcceptableLanguages());
    }

    static Response.ResponseBuilder response(int status, String title, String detail,
            List<ProblemRepresentation.FieldError> errors) {
        return Response.status(status)
                .type(ProblemRepresentation.MEDIA_TYPE)
                .entity(new ProblemRepresentation(title, status, detail, errors));
    }

    static Response.ResponseBuilder forStatus(int status, Locale locale) {
        String key = "error.status." + status;
        String title = Messages.format(locale, key);
        if (title.equals(key)) {
            title = Messages.format(locale, "error.status.other");
        }
        return response(status, title, null, List.of());
    }
}
