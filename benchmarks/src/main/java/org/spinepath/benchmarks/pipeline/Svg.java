package org.spinepath.benchmarks.pipeline;

import java.util.List;
import java.util.Locale;

/** Small, dependency-free SVG charts for the report. */
final class Svg {

    static final String[] COLOURS = {"#1f77b4", "#ff7f0e", "#2ca02c", "#d62728", "#9467bd", "#8c564b", "#7f7f7f",
        "#17becf"};
    private static final int W = 760;
    private static final int H = 420;
    private static final int LEFT = 70;
    private static final int RIGHT = 220;
    private static final int TOP = 40;
    private static final int BOTTOM = 50;

    record Series(String name, double[] values, boolean dashed) {
    }

    record Bar(String label, double[] parts) {
    }

    private Svg() {
    }

    /** Lines over categories (the offered rates); y on a log scale when {@code log}. */
    static String lines(String title, String yLabel, List<String> categories, List<Series> series, boolean log) {
        double max = 0;
        double min = Double.MAX_VALUE;
        for (Series s : series) {
            for (double v : s.values) {
                if (v > 0) {
                    max = Math.max(max, v);
                    min = Math.min(min, v);
                }
            }
        }
        if (max == 0) {
            max = 1;
            min = 0.1;
        }
        double lo = log ? Math.pow(10, Math.floor(Math.log10(min))) : 0;
        double hi = log ? Math.pow(10, Math.ceil(Math.log10(max))) : niceCeiling(max);
        StringBuilder svg = header(title);
        int plotW = W - LEFT - RIGHT;
        int plotH = H - TOP - BOTTOM;
        axes(svg, yLabel, plotW, plotH);
        if (log) {
            for (double t = lo; t <= hi * 1.001; t *= 10) {
                tickY(svg, y(t, lo, hi, true, plotH), label(t));
            }
        } else {
            for (int i = 0; i <= 5; i++) {
                double t = hi * i / 5;
                tickY(svg, y(t, lo, hi, false, plotH), label(t));
            }
        }
        int n = categories.size();
        for (int i = 0; i < n; i++) {
            double x = LEFT + (n == 1 ? plotW / 2.0 : plotW * i / (double) (n - 1));
            svg.append(f("<text x='%.1f' y='%d' font-size='12' text-anchor='middle'>%s</text>%n", x, TOP + plotH + 18,
                    categories.get(i)));
        }
        svg.append(f("<text x='%d' y='%d' font-size='12' text-anchor='middle'>offered rate (cases/s)</text>%n",
                LEFT + plotW / 2, H - 10));
        for (int k = 0; k < series.size(); k++) {
            Series s = series.get(k);
            String colour = COLOURS[k % COLOURS.length];
            StringBuilder points = new StringBuilder();
            for (int i = 0; i < s.values.length && i < n; i++) {
                if (s.values[i] <= 0 && log) {
                    continue;
                }
                double x = LEFT + (n == 1 ? plotW / 2.0 : plotW * i / (double) (n - 1));
                double yy = y(s.values[i], lo, hi, log, plotH);
                points.append(f("%.1f,%.1f ", x, yy));
                svg.append(f("<circle cx='%.1f' cy='%.1f' r='3' fill='%s'/>%n", x, yy, colour));
            }
            svg.append(f("<polyline fill='none' stroke='%s' stroke-width='2'%s points='%s'/>%n", colour,
                    s.dashed ? " stroke-dasharray='6,4'" : "", points.toString().trim()));
            legend(svg, k, s.name, colour, s.dashed);
        }
        return svg.append("</svg>\n").toString();
    }

    /** Horizontal stacked bars, one per label, parts in the order of {@code partNames}. */
    static String stacked(String title, String xLabel, List<String> partNames, List<Bar> bars) {
        double max = 0;
        for (Bar b : bars) {
            double sum = 0;
            for (double p : b.parts) {
                sum += Math.max(0, p);
            }
            max = Math.max(max, sum);
        }
        double hi = niceCeiling(max == 0 ? 1 : max);
        int height = TOP + BOTTOM + 26 * bars.size() + 20;
        StringBuilder svg = new StringBuilder(f("<svg xmlns='http://www.w3.org/2000/svg' width='%d' height='%d' "
                + "font-family='sans-serif'>%n<rect width='100%%' height='100%%' fill='white'/>%n", W + 120, height));
        svg.append(f("<text x='%d' y='22' font-size='15' font-weight='bold'>%s</text>%n", 10, esc(title)));
        int left = 150;
        int plotW = W - left - RIGHT + 120;
        int plotH = 26 * bars.size();
        for (int i = 0; i <= 5; i++) {
            double t = hi * i / 5;
            double x = left + plotW * t / hi;
            svg.append(f("<line x1='%.1f' y1='%d' x2='%.1f' y2='%d' stroke='#ddd'/>%n", x, TOP, x, TOP + plotH));
            svg.append(f("<text x='%.1f' y='%d' font-size='11' text-anchor='middle'>%s</text>%n", x, TOP + plotH + 15,
                    label(t)));
        }
        svg.append(f("<text x='%d' y='%d' font-size='12' text-anchor='middle'>%s</text>%n", left + plotW / 2,
                TOP + plotH + 34, esc(xLabel)));
        for (int b = 0; b < bars.size(); b++) {
            Bar bar = bars.get(b);
            double yy = TOP + 26 * b + 4;
            svg.append(f("<text x='%d' y='%.1f' font-size='11' text-anchor='end'>%s</text>%n", left - 6, yy + 13,
                    esc(bar.label)));
            double x = left;
            for (int p = 0; p < bar.parts.length; p++) {
                double w = plotW * Math.max(0, bar.parts[p]) / hi;
                svg.append(f("<rect x='%.1f' y='%.1f' width='%.1f' height='18' fill='%s'><title>%s: %s</title></rect>%n",
                        x, yy, w, COLOURS[p % COLOURS.length], esc(partNames.get(p)), label(bar.parts[p])));
                x += w;
            }
        }
        for (int p = 0; p < partNames.size(); p++) {
            int ly = TOP + plotH + 50 + 16 * p;
            svg.append(f("<rect x='%d' y='%d' width='12' height='12' fill='%s'/>%n", left, ly - 10,
                    COLOURS[p % COLOURS.length]));
            svg.append(f("<text x='%d' y='%d' font-size='11'>%s</text>%n", left + 18, ly, esc(partNames.get(p))));
        }
        String out = svg.append("</svg>\n").toString();
        int fullHeight = TOP + plotH + 50 + 16 * partNames.size() + 10;
        return out.replaceFirst("height='" + height + "'", "height='" + fullHeight + "'");
    }

    private static StringBuilder header(String title) {
        StringBuilder svg = new StringBuilder(f("<svg xmlns='http://www.w3.org/2000/svg' width='%d' height='%d' "
                + "font-family='sans-serif'>%n<rect width='100%%' height='100%%' fill='white'/>%n", W, H));
        svg.append(f("<text x='%d' y='22' font-size='15' font-weight='bold'>%s</text>%n", LEFT, esc(title)));
        return svg;
    }

    private static void axes(StringBuilder svg, String yLabel, int plotW, int plotH) {
        svg.append(f("<line x1='%d' y1='%d' x2='%d' y2='%d' stroke='black'/>%n", LEFT, TOP, LEFT, TOP + plotH));
        svg.append(f("<line x1='%d' y1='%d' x2='%d' y2='%d' stroke='black'/>%n", LEFT, TOP + plotH, LEFT + plotW,
                TOP + plotH));
        svg.append(f("<text x='15' y='%d' font-size='12' transform='rotate(-90 15 %d)' text-anchor='middle'>%s</text>%n",
                TOP + plotH / 2, TOP + plotH / 2, esc(yLabel)));
    }

    private static void tickY(StringBuilder svg, double y, String text) {
        svg.append(f("<line x1='%d' y1='%.1f' x2='%d' y2='%.1f' stroke='#ddd'/>%n", LEFT, y, W - RIGHT, y));
        svg.append(f("<text x='%d' y='%.1f' font-size='11' text-anchor='end'>%s</text>%n", LEFT - 5, y + 4, text));
    }

    private static void legend(StringBuilder svg, int k, String name, String colour, boolean dashed) {
        int x = W - RIGHT + 15;
        int y = TOP + 10 + 18 * k;
        svg.append(f("<line x1='%d' y1='%d' x2='%d' y2='%d' stroke='%s' stroke-width='2'%s/>%n", x, y, x + 22, y, colour,
                dashed ? " stroke-dasharray='6,4'" : ""));
        svg.append(f("<text x='%d' y='%d' font-size='11'>%s</text>%n", x + 28, y + 4, esc(name)));
    }

    private static double y(double v, double lo, double hi, boolean log, int plotH) {
        double frac = log ? (Math.log10(Math.max(v, lo)) - Math.log10(lo)) / (Math.log10(hi) - Math.log10(lo))
                : v / hi;
        return TOP + plotH * (1 - frac);
    }

    private static double niceCeiling(double v) {
        double magnitude = Math.pow(10, Math.floor(Math.log10(v)));
        for (double step : new double[] {1, 2, 2.5, 5, 10}) {
            if (step * magnitude >= v) {
                return step * magnitude;
            }
        }
        return 10 * magnitude;
    }

    private static String label(double v) {
        if (v >= 100 || v == Math.rint(v)) {
            return f("%.0f", v);
        }
        return v >= 1 ? f("%.1f", v) : f("%.2f", v);
    }

    private static String esc(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("'", "&apos;");
    }

    private static String f(String format, Object... args) {
        return String.format(Locale.ROOT, format, args);
    }
}
