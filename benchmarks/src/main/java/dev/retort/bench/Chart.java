package dev.retort.bench;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import javax.imageio.ImageIO;

/**
 * Draws the results as one PNG: a panel per scenario, median time (log scale) against N, one line
 * per tool, Retort's in warm colours; and a panel of peak live heap against N. Java2D only.
 */
final class Chart {

  private static final int PANEL_W = 620;
  private static final int PANEL_H = 420;
  private static final Color[] PEER_COLORS = {
      new Color(0x1f77b4), new Color(0x2ca02c), new Color(0x9467bd), new Color(0x7f7f7f), new Color(0x17becf),
      new Color(0x8c564b), new Color(0xbcbd22)};
  private static final Color[] RETORT_COLORS = {new Color(0xd62728), new Color(0xff7f0e), new Color(0xe377c2)};

  private Chart() {}

  static void write(List<Sample> samples, Path file) throws IOException {
    System.setProperty("java.awt.headless", "true");
    Map<String, String> titles = Bench.titles();
    List<Panel> panels = new ArrayList<>();
    List<Stats> times = Stats.summarize(samples.stream().filter(s -> !s.scenario().startsWith("heap-")).toList(), Sample::millis);
    for (String scenario : titles.keySet()) {
      List<Stats> stats = times.stream().filter(s -> s.scenario().equals(scenario)).toList();
      if (!stats.isEmpty()) {
        panels.add(new Panel(scenario + ": " + shortTitle(scenario), "median ms", stats, s -> s.tool()));
      }
    }
    List<Stats> heap = Stats.summarize(samples.stream().filter(s -> s.scenario().startsWith("heap-")).toList(), Sample::heapMib);
    if (!heap.isEmpty()) {
      panels.add(new Panel("peak live heap", "MiB", heap, s -> s.scenario().substring(5) + ": " + s.tool()));
    }
    int columns = panels.size() > 1 ? 2 : 1;
    int rows = (panels.size() + columns - 1) / columns;
    BufferedImage image = new BufferedImage(columns * PANEL_W, Math.max(1, rows) * PANEL_H, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = image.createGraphics();
    g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
    g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
    g.setColor(Color.WHITE);
    g.fillRect(0, 0, image.getWidth(), image.getHeight());
    for (int i = 0; i < panels.size(); i++) {
      Graphics2D panel = (Graphics2D) g.create((i % columns) * PANEL_W, (i / columns) * PANEL_H, PANEL_W, PANEL_H);
      panels.get(i).draw(panel);
      panel.dispose();
    }
    g.dispose();
    if (file.getParent() != null) {
      Files.createDirectories(file.getParent());
    }
    ImageIO.write(image, "png", file.toFile());
  }

  private static String shortTitle(String scenario) {
    switch (scenario) {
      case "boot":
        return "boot, nothing pending";
      case "apply":
        return "apply N migrations from empty";
      case "compile":
        return "javac over N entities";
      case "generate":
        return "processor time, one entity changed";
      case "compare":
        return "model vs live database";
      default:
        return scenario;
    }
  }

  /** One panel: a line per series, log-scale y, x = N. */
  private record Panel(String title, String unit, List<Stats> stats, java.util.function.Function<Stats, String> series) {

    void draw(Graphics2D g) {
      int left = 70;
      int right = PANEL_W - 20;
      int top = 40;
      int bottom = PANEL_H - 45;
      g.setColor(Color.BLACK);
      g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 15));
      g.drawString(title, left, 24);
      Map<String, List<Stats>> lines = new LinkedHashMap<>();
      for (Stats s : stats) {
        lines.computeIfAbsent(series.apply(s), k -> new ArrayList<>()).add(s);
      }
      TreeSet<Integer> sizes = new TreeSet<>();
      double lo = Double.MAX_VALUE;
      double hi = 0;
      for (Stats s : stats) {
        sizes.add(s.n());
        if (s.median() > 0) {
          lo = Math.min(lo, s.median());
          hi = Math.max(hi, s.median());
        }
      }
      if (hi == 0) {
        return;
      }
      double yMin = Math.pow(10, Math.floor(Math.log10(lo)));
      double yMax = Math.pow(10, Math.ceil(Math.log10(hi * 1.05)));
      if (yMax <= yMin) {
        yMax = yMin * 10;
      }
      double xMin = Math.log10(sizes.first()) - 0.08;
      double xMax = Math.log10(sizes.last()) + 0.08;
      if (sizes.size() == 1) {
        xMin -= 0.5;
        xMax += 0.5;
      }
      final double fyMin = yMin;
      final double fyMax = yMax;
      final double fxMin = xMin;
      final double fxMax = xMax;
      java.util.function.DoubleUnaryOperator px = n -> left + (Math.log10(n) - fxMin) / (fxMax - fxMin) * (right - left);
      java.util.function.DoubleUnaryOperator py = v -> bottom - (Math.log10(v) - Math.log10(fyMin))
          / (Math.log10(fyMax) - Math.log10(fyMin)) * (bottom - top);

      g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 11));
      FontMetrics metrics = g.getFontMetrics();
      for (double decade = yMin; decade <= yMax * 1.0001; decade *= 10) {
        for (int m = 1; m < 10; m++) {
          double v = decade * m;
          if (v > yMax * 1.0001) {
            break;
          }
          int y = (int) py.applyAsDouble(v);
          g.setColor(m == 1 ? new Color(0xcccccc) : new Color(0xeeeeee));
          g.drawLine(left, y, right, y);
          if (m == 1) {
            g.setColor(Color.DARK_GRAY);
            String label = label(v);
            g.drawString(label, left - 6 - metrics.stringWidth(label), y + 4);
          }
        }
      }
      g.setColor(Color.DARK_GRAY);
      for (int n : sizes) {
        int x = (int) px.applyAsDouble(n);
        g.setColor(new Color(0xdddddd));
        g.drawLine(x, top, x, bottom);
        g.setColor(Color.DARK_GRAY);
        String label = String.format(Locale.ROOT, "%,d", n);
        g.drawString(label, x - metrics.stringWidth(label) / 2, bottom + 16);
      }
      g.drawString("N (entities / migrations / tables)", (left + right) / 2 - 80, bottom + 34);
      g.drawLine(left, top, left, bottom);
      g.drawLine(left, bottom, right, bottom);
      Graphics2D rotated = (Graphics2D) g.create();
      rotated.rotate(-Math.PI / 2);
      rotated.drawString(unit + " (log)", -(top + bottom) / 2 - 30, 14);
      rotated.dispose();

      int retort = 0;
      int peer = 0;
      int legendY = top + 8;
      int widest = lines.keySet().stream().mapToInt(metrics::stringWidth).max().orElse(0);
      int legendX = right - widest - 26;
      for (Map.Entry<String, List<Stats>> line : lines.entrySet()) {
        boolean isRetort = line.getKey().contains("retort");
        Color color = isRetort ? RETORT_COLORS[retort++ % RETORT_COLORS.length] : PEER_COLORS[peer++ % PEER_COLORS.length];
        g.setColor(color);
        g.setStroke(new BasicStroke(isRetort ? 3f : 2f));
        Path2D path = new Path2D.Double();
        boolean first = true;
        List<Stats> points = new ArrayList<>(line.getValue());
        points.sort((a, b) -> Integer.compare(a.n(), b.n()));
        for (Stats s : points) {
          if (!(s.median() > 0)) {
            continue;
          }
          double x = px.applyAsDouble(s.n());
          double y = py.applyAsDouble(s.median());
          if (first) {
            path.moveTo(x, y);
          } else {
            path.lineTo(x, y);
          }
          first = false;
          g.fill(new Ellipse2D.Double(x - 4, y - 4, 8, 8));
        }
        g.draw(path);
        g.fillRect(legendX, legendY - 8, 14, 4);
        g.setColor(Color.BLACK);
        g.drawString(line.getKey(), legendX + 20, legendY - 2);
        legendY += 15;
      }
    }

    private static String label(double v) {
      if (v >= 1000) {
        return String.format(Locale.ROOT, "%,.0f", v);
      }
      if (v >= 1) {
        return String.format(Locale.ROOT, "%.0f", v);
      }
      return String.format(Locale.ROOT, "%.2f", v);
    }
  }
}
