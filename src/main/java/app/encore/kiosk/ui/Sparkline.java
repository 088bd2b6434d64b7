package app.encore.kiosk.ui;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/** A tiny line of the crowd's odds over 30 days, as an SVG image (0 % at the bottom, 100 % at the top). */
final class Sparkline {

    private Sparkline() {
    }

    static String svgDataUri(List<Integer> values, String color) {
        String svg;
        if (values.size() < 2) {
            int y = values.isEmpty() ? 50 : 100 - values.getFirst();
            svg = line("0," + y + " 300," + y, color);
        } else {
            double step = 300.0 / (values.size() - 1);
            svg = line(IntStream.range(0, values.size())
                    .mapToObj(i -> Math.round(i * step) + "," + (100 - values.get(i)))
                    .collect(Collectors.joining(" ")), color);
        }
        return "data:image/svg+xml;base64," + Base64.getEncoder().encodeToString(svg.getBytes(StandardCharsets.UTF_8));
    }

    private static String line(String points, String color) {
        return "<svg xmlns='http://www.w3.org/2000/svg' viewBox='-4 -4 308 108' preserveAspectRatio='none'>"
                + "<polyline points='" + points + "' fill='none' stroke='" + color + "' stroke-width='5'"
                + " stroke-linecap='round' stroke-linejoin='round' vector-effect='non-scaling-stroke'/></svg>";
    }
}
