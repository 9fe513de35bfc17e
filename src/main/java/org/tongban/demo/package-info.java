/**
 * Demo data for the local run ({@code mvn -Prun}) and the integration tests: named accounts for
 * every role with one shared password. Loaded only when {@code tongban.demo.enabled=true}, which
 * no production configuration sets; loading is idempotent, so restarts keep what exists.
 */
package org.tongban.demo;
