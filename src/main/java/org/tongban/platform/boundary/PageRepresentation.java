package org.tongban.platform.boundary;

import java.util.List;

/** One page of a list: the items, how many there are in all, and which page this is (from 0). */
public record PageRepresentation<T>(List<T> items, long total, int page, int size) {

    public static final int DEFAULT_SIZE = 20;
    public static final int MAX_SIZE = 100;
}
