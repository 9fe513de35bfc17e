package org.tongban.platform.boundary;

import java.util.List;

/** One page of a list: the items, how many there are in all, and which page this is (from 0). */
/**
 * A page of a list. {@code totalAtLeast} says the total was not counted to the end: there are at
 * least {@code total} (lists over a whole country stop counting there, so counting never costs more
 * than reading the page).
 */
public record PageRepresentation<T>(List<T> items, long total, int page, int size, boolean totalAtLeast) {

    public static final int DEFAULT_SIZE = 20;
    public static final int MAX_SIZE = 100;

    public PageRepresentation(List<T> items, long total, int page, int size) {
        this(items, total, page, size, false);
    }
}
