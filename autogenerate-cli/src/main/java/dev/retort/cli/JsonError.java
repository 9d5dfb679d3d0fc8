package dev.retort.cli;

import com.google.gson.GsonBuilder;
import dev.retort.message.RetortException;
import dev.retort.runtime.tooling.Redaction;
import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A failed command's result under {@code --json}: {@code {"error": {"code", "message", "exitCode",
 * "diagnosis"}}} on standard output, so that a script reads a failure the way it reads a result; the
 * paragraph for people still goes to standard error.
 */
final class JsonError {

  private JsonError() {}

  /** Prints {@code failure}, which ends the command with {@code exitCode}. */
  static void print(PrintWriter out, Throwable failure, int exitCode) {
    Throwable reported = failure instanceof DiagnosedFailure diagnosed ? diagnosed.failure() : failure;
    String message = Redaction.ofUrl(String.valueOf(reported.getMessage()));
    Map<String, Object> error = new LinkedHashMap<>();
    error.put("code", reported instanceof RetortException retort ? retort.catalogEntry().code() : null);
    error.put("message", message.contains(" ") && message.startsWith("RTR-") ? message.substring(message.indexOf(' ') + 1)
        : message);
    error.put("exitCode", exitCode);
    error.put("diagnosis", failure instanceof DiagnosedFailure diagnosed ? Redaction.ofUrl(diagnosed.diagnosis()) : null);
    out.println(new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().serializeNulls().create()
        .toJson(Map.of("error", error)));
    out.flush();
  }
}
