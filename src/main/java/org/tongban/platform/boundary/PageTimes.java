package org.tongban.platform.boundary;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** Moments as pages show them: in China's time, to the minute (or the second, for "saved at"). */
public final class PageTimes {

    /** The portal's time zone: deadlines, working days and every time a page shows. */
    public static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    private static final DateTimeFormatter SECOND = DateTimeFormatter.ofPattern("HH:mm:ss");

    private PageTimes() {
    }

    public static String minute(Instant instant) {
        return instant == null ? "" : MINUTE.format(instant.atZone(CHINA));
    }

    public static String timeOfDay(Instant instant) {
        return instant == null ? "" : SECOND.format(instant.atZone(CHINA));
    }
}
