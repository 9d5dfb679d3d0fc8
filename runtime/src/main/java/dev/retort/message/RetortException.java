package dev.retort.message;

/** A failure Retort reports to its user; its message comes from a module's catalog ({@link CatalogEntry}). */
public class RetortException extends RuntimeException {

  private final CatalogEntry catalogEntry;

  public RetortException(CatalogEntry catalogEntry, Object... args) {
    super(catalogEntry.format(args));
    this.catalogEntry = catalogEntry;
  }

  public RetortException(Throwable cause, CatalogEntry catalogEntry, Object... args) {
    super(catalogEntry.format(args), cause);
    this.catalogEntry = catalogEntry;
  }

  /** The catalog entry, which also gives the code and the category. */
  public CatalogEntry catalogEntry() {
    return catalogEntry;
  }

  /** The category of failure. */
  public Category category() {
    return catalogEntry.category();
  }
}
