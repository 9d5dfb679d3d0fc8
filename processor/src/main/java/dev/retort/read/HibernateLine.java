package dev.retort.read;

import java.util.Locale;
import java.util.Optional;
import javax.lang.model.util.Elements;

/**
 * The Hibernate ORM line whose PostgreSQL schema the reader reproduces, and every rule in which the
 * lines create different schemas for the same entities; each rule was read off Hibernate's own DDL
 * on both lines (the oracle tests run on each). The readers ask the line, never the version.
 */
public enum HibernateLine {

  /** Hibernate ORM 6.6, the line Spring Boot 3.5 manages. */
  V6_6("6.6"),

  /** Hibernate ORM 7.x (proved on 7.4), the line Spring Boot 4 manages. */
  V7("7");

  private final String label;

  HibernateLine(String label) {
    this.label = label;
  }

  /** A class of Hibernate 7.0 and later ({@code @NativeGenerator}), absent from 6.x. */
  static final String SEVEN_MARKER = "org.hibernate.annotations.NativeGenerator";
  /** A class of every Hibernate 6 and 7 ({@code @JdbcTypeCode}), absent from 5.x. */
  static final String HIBERNATE_MARKER = "org.hibernate.annotations.JdbcTypeCode";
  /** A class of Jakarta Persistence 3.2 ({@code FindOption}), which Hibernate 7 implements and 6.6 does not. */
  static final String PERSISTENCE_3_2_MARKER = "jakarta.persistence.FindOption";

  /**
   * The line on the compile class path {@code elements} sees: Hibernate 7 if its classes are there,
   * 6.6 if Hibernate 6 is; without Hibernate, the line of the Jakarta Persistence API present (3.2 is
   * Hibernate 7's and Spring Boot 4's, 3.1 is 6.6's and Boot 3.5's); 7 when nothing tells.
   * Marker classes, because {@code org.hibernate.Version} holds no compile-time constant and a
   * processor cannot portably list the jars of the class path, while every compiler resolves a type.
   */
  public static HibernateLine detect(Elements elements) {
    if (present(elements, SEVEN_MARKER)) {
      return V7;
    }
    if (present(elements, HIBERNATE_MARKER)) {
      return V6_6;
    }
    if (present(elements, "jakarta.persistence.Entity") && !present(elements, PERSISTENCE_3_2_MARKER)) {
      return V6_6;
    }
    return V7;
  }

  private static boolean present(Elements elements, String name) {
    return elements.getTypeElement(name) != null;
  }

  /** The line an option value names ({@code 6.6} or {@code 7}, also {@code 6} and {@code 7.x}); empty when none. */
  public static Optional<HibernateLine> named(String value) {
    return switch (value.trim().toLowerCase(Locale.ROOT)) {
      case "6", "6.6", "6.6.x" -> Optional.of(V6_6);
      case "7", "7.x" -> Optional.of(V7);
      default -> Optional.empty();
    };
  }

  /** The values {@link #named} accepts, as the option's documentation lists them. */
  public static String choices() {
    return "6.6, 7";
  }

  /** The line as users write it: {@code 6.6} or {@code 7}. */
  public String label() {
    return label;
  }

  /** Fractional digits of the {@code time} columns of {@code LocalTime}, {@code OffsetTime}, {@code java.sql.Time}. */
  int timePrecision() {
    return this == V6_6 ? 6 : 0;
  }

  /**
   * Whether {@code @CreationTimestamp}, {@code @UpdateTimestamp} and {@code @CurrentTimestamp} columns
   * are NOT NULL (7's generators force it when the session factory is built; 6.6's leave them nullable).
   */
  boolean stampsRequired() {
    return this == V7;
  }

  /** Whether a {@code @Version} of a wrapper type ({@code Integer}, {@code Instant}, ...) is NOT NULL, as a primitive one is. */
  boolean wrapperVersionRequired() {
    return this == V7;
  }

  /** Whether an {@code @OrderColumn} gets the check {@code position >= 0}. */
  boolean orderColumnChecked() {
    return this == V7;
  }

  /** Whether a set of a nullable basic (which cannot be a primary key) gets a unique constraint over owner and element instead. */
  boolean nullableElementsUnique() {
    return this == V7;
  }

  /**
   * Whether the discriminator column gets the check listing the entities' values, and a SINGLE_TABLE
   * subclass the check that requires its columns in its own rows.
   */
  boolean discriminatorChecked() {
    return this == V7;
  }

  /**
   * Whether a required to-one of a SINGLE_TABLE subclass gets a nullable join column (required by the
   * subclass check instead), as its basic columns do on both lines; 6.6 keeps the join column NOT NULL.
   */
  boolean singleTableToOneRelaxed() {
    return this == V7;
  }

  /**
   * Whether the columns of a to-one's join table referencing its target are NOT NULL even when the
   * association is optional (7); 6.6 leaves them nullable unless {@code optional = false}.
   */
  boolean joinTableTargetRequired() {
    return this == V7;
  }

  /**
   * Whether the owner's columns of a to-one's join table take the comment of their {@code @JoinColumn},
   * empty when it sets none (7 binds the table as a join of the owner); 6.6 gives them no comment.
   */
  boolean joinTableOwnerCommented() {
    return this == V7;
  }

  /**
   * Whether an OR composition of constraints makes a column NOT NULL only when each of its parts does
   * (7); 6.6's activator applies the parts' NOT NULL as if they were all required.
   */
  boolean orCompositionsHonoured() {
    return this == V7;
  }

  /**
   * Whether a collection's key columns that reference columns outside the owner's key get a foreign key
   * to them, which makes them unique (7); 6.6 makes neither.
   */
  boolean collectionKeysReferenceNonKeyColumns() {
    return this == V7;
  }

  /**
   * Whether the join table of a unidirectional {@code @OneToMany Set} is keyed by the element alone
   * (7); 6.6 keys it by owner and element and makes the element unique.
   */
  boolean joinTableKeyedByElement() {
    return this == V7;
  }
}
