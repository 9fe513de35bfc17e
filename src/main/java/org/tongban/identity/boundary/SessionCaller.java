package org.tongban.identity.boundary;

import java.io.Serializable;
import java.util.Set;

/** Who signed in with this session: the only state kept in an HTTP session (roles are re-read per request). */
record SessionCaller(String username, Set<String> roles) implements Serializable {

    static final String ATTRIBUTE = "tongban.caller";
}
