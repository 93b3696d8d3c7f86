package org.ssaplanner.evaluations;

import java.math.BigDecimal;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Targets and actuals over periods for a chart, as JSON for a {@code data-chart} attribute (the page
 * has no inline script). Ordinal values are level positions, with the level names for the axis.
 * Empty for qualitative indicators.
 */
public record ChartSeries(List<String> labels, List<BigDecimal> targets, List<BigDecimal> actuals,
        BigDecimal baseline, List<String> levels) {

    public boolean drawable() {
        return !labels.isEmpty() && (targets.stream().anyMatch(v -> v != null) || actuals.stream().anyMatch(v -> v != null));
    }

    public String json() {
        return "{\"labels\":" + strings(labels) + ",\"targets\":" + numbers(targets) + ",\"actuals\":"
                + numbers(actuals) + ",\"baseline\":" + number(baseline) + ",\"levels\":" + strings(levels) + "}";
    }

    private static String numbers(List<BigDecimal> values) {
        return values.stream().map(ChartSeries::number).collect(Collectors.joining(",", "[", "]"));
    }

    private static String number(BigDecimal value) {
        return value == null ? "null" : value.stripTrailingZeros().toPlainString();
    }

    private static String strings(List<String> values) {
        return values.stream().map(ChartSeries::string).collect(Collectors.joining(",", "[", "]"));
    }

    private static String string(String value) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : value.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                default -> {
                    if (c < 0x20 || c == '<' || c == '>' || c == '&') {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }
}
