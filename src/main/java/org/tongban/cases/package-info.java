/**
 * Cases: applications for local implementations of national items, their workflow, the legal
 * clock, certificates and ratings. The legal clock counts working
 * days in the deciding jurisdiction's calendar (national holidays and make-up working days, plus
 * local days off), stops while the applicant owes material, and explains every step of its count,
 * so that a citizen can see how a deadline was reached.
 */
package org.tongban.cases;
