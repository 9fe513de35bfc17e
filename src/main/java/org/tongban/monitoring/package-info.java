/**
 * Monitoring: live figures for the nation and every jurisdiction, read from aggregates and never
 * from the cases. Triggers on the case tables write each change's contribution beside the change,
 * in its transaction; a folder on every instance (one at a time, by advisory lock) adds them into
 * per-day and per-month tables for every jurisdiction up to the nation, within a second or two.
 * Open cases are kept by their marks, so that overdue and cards follow the calendar without any
 * event. Below province level, small counts are shown as "&lt;5"; the cases behind a figure are
 * listed only for a stated purpose, which is audited.
 */
package org.tongban.monitoring;
