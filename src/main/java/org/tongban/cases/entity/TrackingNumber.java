package org.tongban.cases.entity;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

/**
 * The number a citizen quotes for a case: the deciding jurisdiction's code, the submission date
 * and a daily sequence, e.g. 440305-20261129-000123. Readable on the phone, unique, and it names
 * no person.
 */
public record TrackingNumber(String value) {

    static final DateTimeFormatter DAY = DateTimeFormatter.BASIC_ISO_DATE;

    public TrackingNumber {
        if (value == null || !value.matches("[0-9]{6}-[0-9]{8}-[0-9]{6}")) {
            throw new IllegalArgumentException("not a tracking number");
        }
    }

    public static TrackingNumber of(String jurisdictionCode, LocalDate submitted, long sequence) {
        if (sequence < 1 || sequence > 999_999) {
            throw new IllegalArgumentException("sequence out of range");
        }
        return new TrackingNumber(jurisdictionCode + "-" + submitted.format(DAY) + "-" + String.format("%06d", sequence));
    }

    public static boolean looksValid(String text) {
        return text != null && text.matches("[0-9]{6}-[0-9]{8}-[0-9]{6}");
    }

    public String jurisdictionCode() {
        return value.substring(0, 6);
    }

    @Override
    public String toString() {
        return value;
    }
}
