/**
 * What every component stands on: schema migrations at start-up, the REST activator and its
 * problem+json error mapping, deny-by-default role checks for the API, security headers,
 * localisation of messages, and health checks. Nothing business-specific lives here; components
 * depend on the platform, never the other way round.
 */
package org.tongban.platform;
