package org.tongban.platform.boundary;

import java.util.List;

/** An RFC 9457 problem document; {@code errors} lists invalid fields, if any. */
public record ProblemRepresentation(String title, int status, String detail, List<FieldError> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";

    public record FieldError(String field, String message) {
    }
}
