package org.tongban.it.support;

import org.jboss.arquillian.core.spi.LoadableExtension;

/**
 * Client-side Arquillian extension: one embedded PostgreSQL per test JVM, started before the
 * Payara Micro container is configured, its URL handed to Payara Micro as system properties.
 */
public class EmbeddedPostgresExtension implements LoadableExtension {
    @Override
    public void register(ExtensionBuilder builder) {
        builder.observer(EmbeddedPostgresLifecycle.class);
    }
}
