package dev.retort.message;

import java.util.Locale;
import java.util.Objects;

/**
 * One entry of a module's message catalog: a stable code, the kind of failure, how many arguments
 * it takes and its text. Each module keeps the messages it shows in an enum of its own that
 * implements this ({@link Message} for the runtime's); codes are unique across all of them.
 */
public interface CatalogEntry {

  /**
   * What an entry declares.
   *
   * @param code the stable tag, such as {@code RTR-301}
   * @param category the kind of failure, which decides the CLI's exit code
   * @param arity how many arguments the text takes, in the order it uses them
   * @param template the text with its placeholders
   */
  record Definition(String code, Category category, int arity, String template) {

    public Definition {
      Objects.requireNonNull(code, "code");
      Objects.requireNonNull(category, "category");
      Objects.requireNonNull(template, "template");
    }
  }

  /** What this entry declares. */
  Definition definition();

  /** The stable tag, such as {@code RTR-301}. */
  default String code() {
    return definition().code();
  }

  /** The kind of failure, which decides the CLI's exit code. */
  default Category category() {
    return definition().category();
  }

  /** How many arguments the message takes, in the order its text uses them. */
  default int arity() {
    return definition().arity();
  }

  /** The text with its placeholders, as the catalog declares it. */
  default String template() {
    return definition().template();
  }

  /** The message text for the given arguments, without the code. */
  default String text(Object... args) {
    // Checked where assertions run (every test): a call site that passes more or fewer arguments than
    // the entry declares shows a wrong or garbled message, which String.format alone would not notice.
    assert args.length == arity() : code() + " takes " + arity() + " arguments, not " + args.length;
    return String.format(Locale.ROOT, template(), args);
  }

  /** The message with its code in front, as shown to people. */
  default String format(Object... args) {
    return code() + " " + text(args);
  }
}
