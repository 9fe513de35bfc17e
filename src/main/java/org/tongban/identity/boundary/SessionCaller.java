package org.tongban.identity.boundary;

import java.io.Serializable;
import java.util.Set;

/** Who signed in with this session: the only state kept in an HTTP session. */
record SessionCaller(String username, Set<String> roles) implements Serializable {

    static final String ATTRIBUTE = "tongban.caller";
}
