package org.tongban.platform.boundary;

import jakarta.json.bind.JsonbException;
import jakarta.json.stream.JsonParsingException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import java.util.Locale;
import org.tongban.platform.control.Messages;

/** A request body that is not the JSON the endpoint expects: 400, with no parser internals. */
public final class UnreadableBodyMapper {

    private UnreadableBodyMapper() {
    }

    static Response response(HttpHeaders headers) {
        Locale locale = Problems.locale(headers);
        return Problems.response(400, Messages.format(locale, "error.unreadableBody"), null, List.of()).build();
    }

    @Provider
    public static class Binding implements ExceptionMapper<JsonbException> {
        @Context
        HttpHeaders headers;

        @Override
        public Response toResponse(JsonbException exception) {
            return response(headers);
        }
    }

    /** Jersey wraps what JSON-B could not read; only a failure to read the entity means bad input. */
    @Provider
    public static class Processing implements ExceptionMapper<jakarta.ws.rs.ProcessingException> {
        @Context
        HttpHeaders headers;

        @Override
        public Response toResponse(jakarta.ws.rs.ProcessingException exception) {
            Throwable cause = exception.getCause();
            if (cause instanceof JsonbException || cause instanceof jakarta.json.JsonException
                    || String.valueOf(exception.getMessage()).contains("entity stream")) {
                return response(headers);
            }
            return new UnexpectedExceptionMapper().toResponse(exception);
        }
    }

    @Provider
    public static class Parsing implements ExceptionMapper<JsonParsingException> {
        @Context
        HttpHeaders headers;

        @Override
        public Response toResponse(JsonParsingException exception) {
            return response(headers);
        }
    }
}
