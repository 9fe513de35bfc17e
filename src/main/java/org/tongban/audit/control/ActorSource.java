package org.tongban.audit.control;

/**
 * Tells the audit log who is acting in the current request. Implemented by the identity
 * component, so that the audit log depends on no component above it.
 */
public interface ActorSource {

    Actor currentActor();
}
