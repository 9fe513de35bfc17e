package org.tongban.jurisdiction.entity;

import java.util.Map;
import java.util.Optional;

/**
 * Where each province sits on a tile-grid map of China: one square per province, roughly where it
 * lies, eight columns wide. Every map of the provinces in the portal uses this one layout.
 */
public final class TileGrid {

    private static final Map<String, int[]> PROVINCES = Map.ofEntries(
            Map.entry("230000", new int[] {1, 8}), Map.entry("650000", new int[] {2, 1}), Map.entry("150000", new int[] {2, 5}),
            Map.entry("220000", new int[] {2, 8}), Map.entry("620000", new int[] {3, 3}), Map.entry("640000", new int[] {3, 4}),
            Map.entry("140000", new int[] {3, 5}), Map.entry("110000", new int[] {3, 6}), Map.entry("210000", new int[] {3, 8}),
            Map.entry("540000", new int[] {4, 1}), Map.entry("630000", new int[] {4, 2}), Map.entry("610000", new int[] {4, 4}),
            Map.entry("130000", new int[] {4, 5}), Map.entry("120000", new int[] {4, 6}), Map.entry("510000", new int[] {5, 3}),
            Map.entry("500000", new int[] {5, 4}), Map.entry("410000", new int[] {5, 5}), Map.entry("370000", new int[] {5, 6}),
            Map.entry("530000", new int[] {6, 3}), Map.entry("520000", new int[] {6, 4}), Map.entry("420000", new int[] {6, 5}),
            Map.entry("340000", new int[] {6, 6}), Map.entry("320000", new int[] {6, 7}), Map.entry("450000", new int[] {7, 4}),
            Map.entry("430000", new int[] {7, 5}), Map.entry("360000", new int[] {7, 6}), Map.entry("330000", new int[] {7, 7}),
            Map.entry("310000", new int[] {7, 8}), Map.entry("440000", new int[] {8, 5}), Map.entry("350000", new int[] {8, 6}),
            Map.entry("460000", new int[] {9, 5}));

    private TileGrid() {
    }

    /** The CSS grid placement of a province's tile ({@code grid-row:3;grid-column:6}), if it is one. */
    public static Optional<String> placement(String provinceCode) {
        int[] at = PROVINCES.get(provinceCode);
        return at == null ? Optional.empty() : Optional.of("grid-row:" + at[0] + ";grid-column:" + at[1]);
    }
}
