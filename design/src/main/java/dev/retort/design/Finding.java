package dev.retort.design;


import dev.retort.message.CatalogEntry;
import dev.retort.message.RetortException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * A diagnostic of the engine as data: how grave it is, what it is about, and its catalog entry with
 * the arguments; the adapters decide where and how it is shown.
 */
public record Finding(Severity severity, Subject subject, CatalogEntry message, List<Object> arguments) {

  /** How a finding weighs on the build or command. */
  public enum Severity {
    /** Nothing is written; the build or command fails. */
    ERROR,
    /** Written, but a reviewer must look. */
    WARNING,
    /** For information. */
    NOTE
  }

  public Finding {
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(subject, "subject");
    Objects.requireNonNull(message, "message");
    // Arguments may be null (a revision that is none); List.copyOf would refuse them.
    arguments = Collections.unmodifiableList(new ArrayList<>(arguments));
  }

  /** An error about {@code subject}. */
  public static Finding error(Subject subject, CatalogEntry message, Object... arguments) {
    return new Finding(Severity.ERROR, subject, message, Arrays.asList(arguments));
  }

  /** A warning about {@code subject}. */
  public static Finding warning(Subject subject, CatalogEntry message, Object... arguments) {
    return new Finding(Severity.WARNING, subject, message, Arrays.asList(arguments));
  }

  /** The finding's text, as its catalog entry formats it (code first). */
  public String text() {
    return message.format(arguments.toArray());
  }

  /** The finding as the exception a command stops with. */
  public RetortException asException() {
    return new RetortException(message, arguments.toArray());
  }
}
