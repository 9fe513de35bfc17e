package org.tongban.catalogue.control;

/**
 * How much an item is in use, answered by whichever component keeps the applications, so that the
 * catalogue can show what a revision affects without depending on that component.
 */
public interface ItemUsage {

    /** Applications for the item not yet decided; they stay under the version they were made under. */
    long openCases(String itemCode);
}
