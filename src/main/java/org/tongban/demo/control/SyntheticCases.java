package org.tongban.demo.control;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The statements that load a synthetic case history in bulk ({@code synthetic-cases.sql}), with
 * their parameters filled in. Used for the demo data and, from the command line, for the large
 * data sets the benchmarks run against. All statements must run in one transaction.
 */
public final class SyntheticCases {

    private static final Pattern REGIONS = Pattern.compile("[0-9^|().]+");
    private static final Pattern ACCOUNT = Pattern.compile("[a-z0-9.]+");

    private SyntheticCases() {
    }

    /**
     * @param count   how many cases
     * @param regions a regular expression over county codes, e.g. {@code ^(4403|1101)} or {@code .}
     * @param days    how far back submissions go
     * @param owner   an account that gets the first {@code own} cases (a demo citizen)
     * @param exactMarks whether the open cases' approximate clock marks are left for the clock marker
     *                to compute exactly (a few thousand cases), or kept (millions, where that would
     *                keep the portal busy for hours)
     */
    public static List<String> statements(int count, String regions, int days, String owner, int own, boolean exactMarks) {
        if (count < 1 || days < 1 || own < 0 || !REGIONS.matcher(regions).matches() || !ACCOUNT.matcher(owner).matches()) {
            throw new IllegalArgumentException("bad synthetic case parameters");
        }
        String script = script();
        for (var p : Map.of("count", String.valueOf(count), "regions", regions, "days", String.valueOf(days),
                "owner", owner, "own", String.valueOf(own), "stale", String.valueOf(exactMarks)).entrySet()) {
            script = script.replace("${" + p.getKey() + "}", p.getValue());
        }
        return Arrays.stream(script.split("\n;;\n")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    private static String script() {
        try (InputStream in = SyntheticCases.class.getResourceAsStream("/org/tongban/demo/synthetic-cases.sql")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
