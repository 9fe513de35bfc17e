package org.tongban.identity.boundary;

/** A request for an API token; a client may ask for a shorter life than the configured one. */
public record TokenRequest(String username, String password, Long lifetimeSeconds) {

    @Override
    public String toString() {
        return "TokenRequest[" + username + "]";
    }
}
