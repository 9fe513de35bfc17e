/**
 * The national service catalogue and the local implementation lists. A national item is defined
 * once and versioned; a jurisdiction's implementation stores only explicit deltas, each checked
 * against the item's variance policy when it is saved, so a non-conforming difference is never a
 * silent copy. The effective definition in a county is computed, not stored: the national
 * version with the deltas of its province, city and county applied in that order.
 */
package org.tongban.catalogue;
