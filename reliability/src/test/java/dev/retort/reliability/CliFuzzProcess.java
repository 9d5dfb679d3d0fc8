package dev.retort.reliability;

import dev.retort.cli.RetortCli;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Runs the {@code retort} command line in this JVM on random argument vectors, in the working
 * directory the parent chose (an empty project), and prints one line per input that broke a rule:
 * an exit code outside 0..5, a stack trace or no message on a failure, or a file changed by a
 * command that failed. Prints {@code TRIED n} at the end.
 *
 * <p>Arguments: the number of inputs, the seed, and a database URL for the commands that connect.
 */
public final class CliFuzzProcess {

  private static final List<String> COMMANDS = List.of("init", "upgrade", "downgrade", "current", "history", "heads",
      "show", "stamp", "autogenerate", "revision", "merge", "check", "diff", "sql", "help", "nosuch", "");
  private static final List<String> OPTIONS = List.of("--sql", "--json", "--no-color", "-v", "--verbose", "-r", "-m",
      "--message", "--url", "--user", "--password", "--classpath", "-cp", "--source-root", "--package",
      "--history-table", "--history-schema", "--lock-timeout", "--timestamp", "--accept-checksum", "--autogenerate",
      "--against-db", "--help", "-h", "--version", "-V", "--", "-", "--url=", "--lock-timeout=-1s", "--nosuch");
  private static final List<String> VALUES = List.of("head", "base", "+1", "-1", "+0", "+99999999999999999999", "abc",
      "base:head", "head:base", ":", "1m", "10x", "PT5S", "-5m", "0", "2026-11-21T14:30", "2026-13-45T99:99", "",
      " ", "'; DROP TABLE x; --", "\"", "%s%n", "é🚀", "../../etc", "/nonexistent", "target/classes", "com.acme",
      "postgresql://u:Pw7xCLI@127.0.0.1:1/db", "jdbc:postgresql://127.0.0.1:1/db?connectTimeout=1", "mysql://x",
      "\n", "-", "--");

  private CliFuzzProcess() {}

  public static void main(String[] args) throws IOException {
    int inputs = Integer.parseInt(args[0]);
    Random random = new Random(Long.parseLong(args[1]));
    String database = args[2];
    Path project = Path.of("").toAbsolutePath();
    int tried = 0;
    for (int i = 0; i < inputs; i++) {
      List<String> argv = new ArrayList<>();
      argv.add(COMMANDS.get(random.nextInt(COMMANDS.size())));
      int extra = random.nextInt(5);
      for (int j = 0; j < extra; j++) {
        int kind = random.nextInt(10);
        if (kind < 4) {
          argv.add(OPTIONS.get(random.nextInt(OPTIONS.size())));
        } else if (kind < 8) {
          argv.add(VALUES.get(random.nextInt(VALUES.size())));
        } else if (kind < 9) {
          argv.add("--url");
          argv.add(database);
        } else {
          argv.add(randomText(random));
        }
      }
      argv.removeIf(a -> a.equals("--debug"));
      TreeMap<String, String> before = tree(project);
      StringWriter out = new StringWriter();
      StringWriter err = new StringWriter();
      int code = RetortCli.run(argv.toArray(String[]::new), new PrintWriter(out, true), new PrintWriter(err, true));
      tried++;
      String where = "input " + i + " " + Guard.printable(String.valueOf(argv));
      String printed = out + "\n" + err;
      if (code < 0 || code > 5) {
        System.out.println("BROKE " + where + ": exit code " + code + "\n" + printed);
      }
      if (printed.contains("\tat ") || printed.contains("Exception in") || printed.contains("Caused by:")) {
        System.out.println("BROKE " + where + ": stack trace\n" + printed);
      }
      if (code != 0 && err.toString().isBlank()) {
        System.out.println("BROKE " + where + ": exit code " + code + " without a message");
      }
      if (code != 0 && !before.equals(tree(project))) {
        System.out.println("BROKE " + where + ": a failed command changed files\n" + printed);
      }
      if (printed.contains("Pw7xCLI")) {
        System.out.println("BROKE " + where + ": the password shows\n" + printed);
      }
      if (code == 0) {
        // A successful command may write (init, revision); start the next input from an empty project again.
        clean(project);
      }
    }
    System.out.println("TRIED " + tried);
  }

  private static String randomText(Random random) {
    StringBuilder text = new StringBuilder();
    int length = random.nextInt(12);
    for (int i = 0; i < length; i++) {
      text.append((char) (random.nextBoolean() ? 32 + random.nextInt(95) : random.nextInt(0x3000)));
    }
    return text.toString();
  }

  /** Every file under the project with its size and modification time. */
  private static TreeMap<String, String> tree(Path project) throws IOException {
    TreeMap<String, String> files = new TreeMap<>();
    try (Stream<Path> walk = Files.walk(project)) {
      for (Path path : (Iterable<Path>) walk::iterator) {
        if (Files.isRegularFile(path)) {
          files.put(project.relativize(path).toString(), Files.size(path) + "@" + Files.getLastModifiedTime(path));
        }
      }
    }
    return files;
  }

  private static void clean(Path project) throws IOException {
    try (Stream<Path> walk = Files.walk(project)) {
      for (Path path : walk.sorted((a, b) -> b.getNameCount() - a.getNameCount()).toList()) {
        if (!path.equals(project)) {
          Files.delete(path);
        }
      }
    }
  }
}
