package org.tongban.jurisdiction.entity;

/** The four levels of government, from the nation down to the county. */
public enum Level {
    NATION(0), PROVINCE(2), PREFECTURE(4), COUNTY(6);

    private final int prefixLength;

    Level(int prefixLength) {
        this.prefixLength = prefixLength;
    }

    /** How many leading digits of a code this level's subtree shares. */
    public int prefixLength() {
        return prefixLength;
    }
}
