package org.tongban.platform.control;

import jakarta.json.spi.JsonProvider;

/**
 * The one JSON provider, looked up once. {@code jakarta.json.Json}'s static methods look the
 * provider up with a service loader on every call, which searches the class path's jars: under
 * load that was a fifth of the portal's CPU.
 */
public final class JsonProviders {

    public static final JsonProvider PROVIDER = JsonProvider.provider();

    private JsonProviders() {
    }
}
