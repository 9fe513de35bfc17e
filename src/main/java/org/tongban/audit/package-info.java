/**
 * The audit log: who did or read what, about whom, why, from where and with what outcome.
 * Entries are written in the caller's transaction, so the record of a read commits exactly when
 * the work it served does; refusals are written in a transaction of their own so that they
 * survive the rollback they cause. Chaining and append-only enforcement live in the database
 * (see V0004), so no writer can bypass them.
 */
package org.tongban.audit;
