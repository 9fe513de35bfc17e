package org.tongban.monitoring.boundary;

import org.tongban.monitoring.control.Figure;
import org.tongban.monitoring.control.Figures;

/**
 * One figure as shown: its value (rounded for reading), or withheld because it rests on fewer
 * than five cases in a jurisdiction below a province.
 *
 * @param value null when there is nothing to compute it from, or when withheld
 */
public record FigureValue(Figure figure, Double value, boolean suppressed) {

    public static FigureValue of(Figure figure, Figures figures, boolean protect) {
        if (protect && figure.small(figures)) {
            return new FigureValue(figure, null, true);
        }
        Double v = figure.of(figures);
        if (v == null) {
            return new FigureValue(figure, null, false);
        }
        double rounded = switch (figure.kind()) {
            case COUNT -> v;
            case RATE -> Math.round(v * 10_000) / 10_000.0;
            case DAYS, SCORE -> Math.round(v * 10) / 10.0;
        };
        return new FigureValue(figure, rounded, false);
    }

    /** The value as a caller reads it: counts as whole numbers. */
    public Number number() {
        if (value == null) {
            return null;
        }
        return figure.kind() == Figure.Kind.COUNT ? (Number) value.longValue() : value;
    }

    /** For ordering: withheld and empty values go last. */
    public double sortKey() {
        if (value == null) {
            return figure.higherIsBetter() ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
        }
        return value;
    }
}
