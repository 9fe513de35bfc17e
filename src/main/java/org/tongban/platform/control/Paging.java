package org.tongban.platform.control;

/** Checks page and size parameters of a list request. */
public final class Paging {

    private Paging() {
    }

    /** The first row of a page, or an InvalidInputException naming the bad parameter. */
    public static int firstRow(int page, int size, int maxSize) {
        FieldChecks checks = new FieldChecks();
        if (page < 0 || page > 100_000) {
            checks.problem("page", "validation.page");
        }
        if (size < 1 || size > maxSize) {
            checks.problem("size", "validation.size", maxSize);
        }
        checks.throwIfAny();
        return page * size;
    }
}
