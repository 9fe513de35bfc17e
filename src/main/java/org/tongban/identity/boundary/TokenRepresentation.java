package org.tongban.identity.boundary;

import java.time.Instant;

/** A freshly issued bearer token; shown once. */
public record TokenRepresentation(String token, String tokenType, Instant expiresAt) {
}
