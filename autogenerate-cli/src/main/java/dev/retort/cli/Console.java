package dev.retort.cli;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import java.io.PrintWriter;
import picocli.CommandLine;

/**
 * A command's output: results on standard output, progress and notes on standard error, colour
 * only on a terminal, and JSON instead of text when {@code --json} is given.
 */
final class Console {

  private static final Gson GSON = new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().serializeNulls().create();

  private final PrintWriter out;
  private final PrintWriter err;
  private final boolean color;
  private final boolean json;

  private Console(PrintWriter out, PrintWriter err, boolean color, boolean json) {
    this.out = out;
    this.err = err;
    this.color = color;
    this.json = json;
  }

  static Console of(CommandLine.Model.CommandSpec spec, OutputOptions options) {
    boolean terminal = System.console() != null && System.getenv("NO_COLOR") == null
        && !"dumb".equals(System.getenv("TERM"));
    return new Console(spec.commandLine().getOut(), spec.commandLine().getErr(), terminal && !options.noColor && !options.json,
        options.json);
  }

  /** Whether the result must be printed as JSON. */
  boolean json() {
    return json;
  }

  /** One line of the result for people. */
  void line(String text) {
    out.println(text);
    out.flush();
  }

  /** A note or progress line, on standard error so that standard output stays the result; silent with --json. */
  void note(String text) {
    if (!json) {
      err.println(text);
      err.flush();
    }
  }

  /** A warning line on standard error, shown with --json too. */
  void warn(String text) {
    err.println(yellow(text));
    err.flush();
  }

  /** The result as JSON. */
  void print(Object value) {
    out.println(GSON.toJson(value));
    out.flush();
  }

  String bold(String text) {
    return paint("1", text);
  }

  String green(String text) {
    return paint("32", text);
  }

  String yellow(String text) {
    return paint("33", text);
  }

  String red(String text) {
    return paint("31", text);
  }

  String dim(String text) {
    return paint("2", text);
  }

  private String paint(String code, String text) {
    return color ? "\u001b[" + code + "m" + text + "\u001b[0m" : text;
  }

  /** An error message as the one paragraph it is printed as. */
  static String paragraph(String message) {
    return "retort: " + message.strip();
  }
}
