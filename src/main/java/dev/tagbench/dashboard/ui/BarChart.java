package dev.tagbench.dashboard.ui;

import com.vaadin.flow.component.Svg;
import java.util.Locale;
import java.util.Map;

/**
 * A horizontal bar chart drawn on the server as SVG, so no charting library or frontend build is
 * needed. Labels are XML-escaped: they can come from users.
 */
final class BarChart {

    private static final int ROW = 26;
    private static final int LABEL_WIDTH = 160;
    private static final int BAR_WIDTH = 320;

    private BarChart() {}

    static Svg of(Map<String, ? extends Number> values, Map<String, String> colors) {
        var max =
                values.values().stream().mapToDouble(Number::doubleValue).max().orElse(0);
        var height = Math.max(ROW, values.size() * ROW);
        var svg = new StringBuilder(String.format(
                Locale.ROOT,
                "<svg xmlns='http://www.w3.org/2000/svg' width='%d' height='%d' role='img' font-size='13'"
                        + " font-family='sans-serif'>",
                LABEL_WIDTH + BAR_WIDTH + 60,
                height));
        var y = 0;
        for (var entry : values.entrySet()) {
            var value = entry.getValue().doubleValue();
            var width = max == 0 ? 0 : Math.max(1, (int) Math.round(value / max * BAR_WIDTH));
            var color = colors.getOrDefault(entry.getKey(), "#5c7cfa");
            svg.append(String.format(
                    Locale.ROOT,
                    "<text x='0' y='%d' dominant-baseline='middle'>%s</text>"
                            + "<rect x='%d' y='%d' width='%d' height='%d' rx='3' fill='%s'/>"
                            + "<text x='%d' y='%d' dominant-baseline='middle'>%s</text>",
                    y + ROW / 2,
                    escape(shorten(entry.getKey())),
                    LABEL_WIDTH,
                    y + 4,
                    width,
                    ROW - 8,
                    escape(color),
                    LABEL_WIDTH + width + 6,
                    y + ROW / 2,
                    escape(format(value))));
            y += ROW;
        }
        return new Svg(svg.append("</svg>").toString());
    }

    private static String format(double value) {
        return value == Math.rint(value) ? String.valueOf((long) value) : String.format(Locale.ROOT, "%.2f", value);
    }

    private static String shorten(String label) {
        return label.length() > 22 ? label.substring(0, 21) + "…" : label;
    }

    static String escape(String text) {
        return text.replace("&", "&amp;")
                .replace("<", "&lt;")
                .replace(">", "&gt;")
                .replace("'", "&#39;")
                .replace("\"", "&quot;");
    }
}
