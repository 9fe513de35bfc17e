/**
 * Accounts, roles and sign-in. One Jakarta Security authentication mechanism serves both pages
 * (a session established by the sign-in form) and the API (opaque bearer tokens stored only as
 * digests, so they can be revoked and expire server-side). Failed sign-ins are counted per account
 * and per client address in the database, so throttling holds across instances. The current
 * user's {@link org.tongban.jurisdiction.entity.Scope} is resolved here, once per request.
 */
package org.tongban.identity;
