package dev.retort.read;

import java.util.Locale;

/**
 * Hibernate's implicit and physical naming strategies as one choice: {@link #JPA} is Hibernate's
 * default pair, {@link #SPRING} Spring Boot's; names given and returned are Hibernate's logical
 * and physical texts, quoted names still in their backticks or double quotes.
 */
public enum NamingStrategy {
  /** ImplicitNamingStrategyJpaCompliantImpl with PhysicalNamingStrategyStandardImpl. */
  JPA,
  /** SpringImplicitNamingStrategy with CamelCaseToUnderscoresNamingStrategy (snake case). */
  SPRING;

  /** The physical name of a table, column, schema or sequence with logical name {@code logical}. */
  public String physical(String logical) {
    if (this == JPA || Identifiers.isQuoted(logical)) {
      return logical;
    }
    // A port of PhysicalNamingStrategySnakeCaseImpl, which Spring's strategy extends.
    StringBuilder builder = new StringBuilder(logical.replace('.', '_'));
    for (int i = 1; i < builder.length() - 1; i++) {
      if (underscoreRequired(builder.charAt(i - 1), builder.charAt(i), builder.charAt(i + 1))) {
        builder.insert(i++, '_');
      }
    }
    return builder.toString().toLowerCase(Locale.ROOT);
  }

  /**
   * The logical name of an implicit join table: Hibernate's JPA strategy joins both physical table
   * names, Spring's the owning table and the owning attribute.
   */
  public String joinTable(String owningPhysicalTable, String targetPhysicalTable, String owningAttribute) {
    return owningPhysicalTable + "_" + (this == JPA ? targetPhysicalTable : owningAttribute);
  }

  private static boolean underscoreRequired(char before, char current, char after) {
    return (Character.isLowerCase(before) || Character.isDigit(before))
        && Character.isUpperCase(current)
        && (Character.isLowerCase(after) || Character.isDigit(after));
  }
}
