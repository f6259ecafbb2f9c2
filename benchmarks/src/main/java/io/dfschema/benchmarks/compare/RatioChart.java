package io.dfschema.benchmarks.compare;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Paint;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.OptionalDouble;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.data.category.DefaultCategoryDataset;

/**
 * The chart of a run: for every figure both engines measured, the time dfschema took over the time DuckDB
 * took (for bulk_fetch, the time of the whole fetch), on a logarithmic axis with bars starting at 1, so a
 * bar to the left is a figure where dfschema is faster and one to the right where it is slower.
 */
final class RatioChart {
    private RatioChart() {}

    static final Color FASTER = new Color(0x2e, 0x7d, 0x32);
    static final Color SLOWER = new Color(0xc6, 0x28, 0x28);

    static void write(Figures f, Path png) throws IOException {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        String series = "dfschema / DuckDB";
        for (String q : f.figures("tpch")) {
            add(data, series, "tpch " + q, Targets.ratio(f, "tpch", q));
        }
        add(data, series, "tpch total", f.ratioOfTotals("tpch", Engine.DFSCHEMA, Engine.DUCKDB));
        for (String workload : new String[] {"bulk_fetch", "latency", "metadata", "connect"}) {
            for (String figure : f.figures(workload)) {
                if (!figure.contains("rss")) {
                    add(data, series, workload + " " + figure, Targets.ratio(f, workload, figure));
                }
            }
        }
        JFreeChart chart = new JFreeChart(String.format(Locale.ROOT, "dfschema / DuckDB time, TPC-H SF %s (%s)",
                Targets.plain(f.scale()), Figures.text(f.run().get("started"))),
                new Font(Font.SANS_SERIF, Font.BOLD, 14), plot(data), false);
        chart.setBackgroundPaint(Color.WHITE);
        int height = 120 + 18 * Math.max(1, data.getColumnCount());
        ChartUtils.saveChartAsPNG(png.toFile(), chart, 900, height);
    }

    private static CategoryPlot plot(DefaultCategoryDataset data) {
        LogAxis axis = new LogAxis("time ratio (log scale; < 1: dfschema faster)");
        axis.setSmallestValue(1e-3);
        axis.setBase(2); // ticks at 1/4, 1/2, 1, 2, 4...: "twice as fast" reads off the axis
        axis.setTickUnit(new org.jfree.chart.axis.NumberTickUnit(1));
        axis.setNumberFormatOverride(new java.text.DecimalFormat("0.###"));
        double lo = 1;
        double hi = 1;
        for (int c = 0; c < data.getColumnCount(); c++) {
            double v = data.getValue(0, c).doubleValue();
            lo = Math.min(lo, v);
            hi = Math.max(hi, v);
        }
        axis.setRange(lo / 1.5, hi * 1.5);
        BarRenderer renderer = new BarRenderer() {
            @Override
            public Paint getItemPaint(int row, int column) {
                return data.getValue(row, column).doubleValue() <= 1 ? FASTER : SLOWER;
            }
        };
        renderer.setBase(1.0); // bars grow from 1 to either side
        renderer.setBarPainter(new StandardBarPainter());
        renderer.setShadowVisible(false);
        renderer.setDrawBarOutline(false);
        CategoryPlot plot = new CategoryPlot(data, new CategoryAxis(), axis, renderer);
        plot.setOrientation(PlotOrientation.HORIZONTAL);
        plot.setBackgroundPaint(Color.WHITE);
        plot.setRangeGridlinePaint(Color.LIGHT_GRAY);
        ValueMarker one = new ValueMarker(1.0, Color.BLACK, new BasicStroke(1.2f));
        plot.addRangeMarker(one);
        plot.getDomainAxis().setTickLabelFont(new Font(Font.SANS_SERIF, Font.PLAIN, 11));
        return plot;
    }

    private static void add(DefaultCategoryDataset data, String series, String label, OptionalDouble ratio) {
        if (ratio.isPresent() && ratio.getAsDouble() > 0) {
            data.addValue(ratio.getAsDouble(), series, label);
        }
    }
}
