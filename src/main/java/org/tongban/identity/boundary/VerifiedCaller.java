package org.tongban.identity.boundary;

import jakarta.security.enterprise.credential.Credential;
import java.util.Set;

/**
 * A caller whose name and password {@link org.tongban.identity.control.SignIn} has just checked.
 * Only server code creates one, after a successful attempt, to establish the session.
 */
record VerifiedCaller(String username, Set<String> roles) implements Credential {
}
