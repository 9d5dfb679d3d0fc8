package dev.retort.runtime.tooling;

import dev.retort.message.Message;
import dev.retort.message.RetortException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a dotenv file ({@code KEY=VALUE} lines, as docker-compose and python-dotenv write them) into
 * a map; the file is only read, never written.
 */
public final class EnvFile {

  private static final Pattern SETTING =
      Pattern.compile("^(?:export\\s+)?([A-Za-z_][A-Za-z0-9_.]*)\\s*=\\s*(.*)$");

  private EnvFile() {}

  /** The settings of {@code file}, or an empty map when it does not exist. */
  public static Map<String, String> read(Path file) {
    if (!Files.isRegularFile(file)) {
      return Map.of();
    }
    try {
      return parse(file.toString(), Files.readAllLines(file, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The settings in {@code lines}; {@code source} names the file in errors. */
  public static Map<String, String> parse(String source, List<String> lines) {
    Map<String, String> settings = new LinkedHashMap<>();
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i).strip();
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      Matcher setting = SETTING.matcher(line);
      if (!setting.matches()) {
        // Only the key is shown: the line may hold a password.
        String shown = line.length() > 40 || line.contains("=") ? line.split("=", 2)[0] + "=..." : line;
        throw new RetortException(Message.ENV_FILE_MALFORMED, source, i + 1, shown);
      }
      settings.put(setting.group(1), value(setting.group(2)));
    }
    return settings;
  }

  private static String value(String raw) {
    if (raw.length() >= 2 && (raw.startsWith("\"") && raw.endsWith("\"") || raw.startsWith("'") && raw.endsWith("'"))) {
      String inner = raw.substring(1, raw.length() - 1);
      return raw.startsWith("\"") ? inner.replace("\\\"", "\"").replace("\\n", "\n").replace("\\\\", "\\") : inner;
    }
    int comment = raw.indexOf(" #");
    return (comment >= 0 ? raw.substring(0, comment) : raw).strip();
  }
}
