package dev.retort.message;

/** A failure Retort reports to its user; its message comes from the {@link Message} catalog. */
public class RetortException extends RuntimeException {

  private final Message catalogEntry;

  public RetortException(Message catalogEntry, Object... args) {
    super(catalogEntry.format(args));
    this.catalogEntry = catalogEntry;
  }

  public RetortException(Throwable cause, Message catalogEntry, Object... args) {
    super(catalogEntry.format(args), cause);
    this.catalogEntry = catalogEntry;
  }

  /** The catalog entry, which also gives the code and the category. */
  public Message catalogEntry() {
    return catalogEntry;
  }

  /** The category of failure. */
  public Category category() {
    return catalogEntry.category();
  }
}
