/**
 * Coordination: directives from central staff (or a province, to its own subtree) to the offices
 * of one or more jurisdictions, with a deadline. Each recipient office acknowledges and reports
 * completion with a note; the sender sees who has not, and overdue ones stand out. A directive is
 * addressed to jurisdictions rather than people, so that it survives staff changes; the
 * supervisors of each recipient office are notified in the app.
 */
package org.tongban.coordination;
