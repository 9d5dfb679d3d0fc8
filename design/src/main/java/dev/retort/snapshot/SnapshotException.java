package dev.retort.snapshot;


import dev.retort.message.CatalogEntry;
import dev.retort.message.RetortException;

/**
 * A snapshot text that cannot be read, reported with the file it came from and the 1-based line
 * at fault; reading never changes the file, so the caller must leave it as it is.
 */
public final class SnapshotException extends RetortException {

  private final String source;
  private final int line;

  /**
   * A failure at {@code line} of {@code source}; the catalog entry's first two arguments are the
   * source and the line, followed by {@code details}.
   */
  public SnapshotException(String source, int line, CatalogEntry catalogEntry, Object... details) {
    super(catalogEntry, withLocation(source, line, details));
    this.source = source;
    this.line = line;
  }

  /** As {@link #SnapshotException(String, int, CatalogEntry, Object...)}, caused by {@code cause}. */
  public SnapshotException(Throwable cause, String source, int line, CatalogEntry catalogEntry, Object... details) {
    super(cause, catalogEntry, withLocation(source, line, details));
    this.source = source;
    this.line = line;
  }

  /** The name of the snapshot file, as the caller gave it to the parser. */
  public String source() {
    return source;
  }

  /** The 1-based line at fault; one past the last line when the text ended too early. */
  public int line() {
    return line;
  }

  private static Object[] withLocation(String source, int line, Object[] details) {
    Object[] args = new Object[details.length + 2];
    args[0] = source;
    args[1] = line;
    System.arraycopy(details, 0, args, 2, details.length);
    return args;
  }
}
