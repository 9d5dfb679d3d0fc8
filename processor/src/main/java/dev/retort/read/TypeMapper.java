package dev.retort.read;

import dev.retort.model.ColumnType;
import dev.retort.model.ColumnType.IntKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.ArrayType;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/**
 * Maps the Java type of a basic attribute to the PostgreSQL column type Hibernate ORM picks
 * for it, honouring {@code @Column}'s length, precision and scale, {@code @Lob}, {@code @Enumerated}
 * and {@code @Temporal}; every mapping here was checked against Hibernate's own DDL.
 */
public final class TypeMapper {

  private static final String OID = "oid";
  private static final int DEFAULT_LENGTH = 255;

  private static final Map<String, ColumnType> FIXED = Map.ofEntries(
      Map.entry("java.lang.Byte", new ColumnType.Int(IntKind.SMALLINT)),
      Map.entry("java.lang.Short", new ColumnType.Int(IntKind.SMALLINT)),
      Map.entry("java.lang.Integer", new ColumnType.Int(IntKind.INTEGER)),
      Map.entry("java.lang.Long", new ColumnType.Int(IntKind.BIGINT)),
      Map.entry("java.lang.Boolean", new ColumnType.Bool()),
      Map.entry("java.lang.Character", new ColumnType.Char(1)),
      Map.entry("java.util.UUID", new ColumnType.Uuid()),
      Map.entry("java.time.LocalDate", new ColumnType.Date()),
      Map.entry("java.time.LocalDateTime", new ColumnType.Timestamp(6, false)),
      Map.entry("java.time.OffsetDateTime", new ColumnType.Timestamp(6, true)),
      Map.entry("java.time.ZonedDateTime", new ColumnType.Timestamp(6, true)),
      Map.entry("java.time.Instant", new ColumnType.Timestamp(6, true)),
      // Hibernate stores a Duration as nanoseconds in numeric(21) unless told to prefer interval.
      Map.entry("java.time.Duration", new ColumnType.Numeric(21, 0)),
      Map.entry("java.time.Year", new ColumnType.Int(IntKind.INTEGER)),
      Map.entry("java.sql.Date", new ColumnType.Date()),
      Map.entry("java.sql.Timestamp", new ColumnType.Timestamp(6, false)),
      Map.entry("java.sql.Blob", new ColumnType.Raw(OID)),
      Map.entry("java.sql.Clob", new ColumnType.Raw(OID)),
      Map.entry("java.sql.NClob", new ColumnType.Raw(OID)),
      Map.entry("java.util.Currency", new ColumnType.Varchar(3)),
      Map.entry("java.time.ZoneOffset", new ColumnType.Varchar(6)));

  /** Java types Hibernate keeps in a {@code time} column, whose precision depends on the line. */
  private static final List<String> TIMES = List.of("java.time.LocalTime", "java.time.OffsetTime", "java.sql.Time");

  /** Java types Hibernate writes as strings of the column's length. */
  private static final List<String> STRING_LIKE = List.of(
      "java.lang.String", "java.net.URL", "java.util.Locale", "java.util.TimeZone", "java.time.ZoneId", "java.lang.Class");

  private final Types types;
  private final Elements elements;
  private final HibernateLine line;

  TypeMapper(Types types, Elements elements, HibernateLine line) {
    this.types = types;
    this.elements = elements;
    this.line = line;
  }

  /**
   * The type Hibernate maps {@code type} to, as annotated on {@code attribute} and sized by
   * {@code column} (its own {@code @Column} or an override); empty when it maps none.
   */
  public Optional<BasicType> map(TypeMirror type, Element attribute, Optional<Jpa> column) {
    int length = column.map(c -> c.integer("length", DEFAULT_LENGTH)).orElse(DEFAULT_LENGTH);
    int precision = column.map(c -> c.integer("precision", 0)).orElse(0);
    int scale = column.map(c -> c.integer("scale", 0)).orElse(0);
    boolean lob = Jpa.has(attribute, "Lob");

    if (type.getKind().isPrimitive()) {
      return Optional.of(primitive(type.getKind(), precision));
    }
    if (type instanceof ArrayType array) {
      TypeKind component = array.getComponentType().getKind();
      if (component == TypeKind.BYTE) {
        return Optional.of(BasicType.of(lob ? new ColumnType.Raw(OID) : new ColumnType.Bytes()));
      }
      if (component == TypeKind.CHAR) {
        return Optional.of(BasicType.of(lob ? new ColumnType.Raw(OID) : new ColumnType.Varchar(length)));
      }
      return Optional.empty();
    }
    if (!(type instanceof DeclaredType declared)) {
      return Optional.empty();
    }
    TypeElement element = (TypeElement) declared.asElement();
    String name = element.getQualifiedName().toString();
    if (element.getKind() == ElementKind.ENUM) {
      return Optional.of(enumType(element, attribute, length));
    }
    if (name.equals("java.lang.String")) {
      return Optional.of(BasicType.of(lob ? new ColumnType.Raw(OID) : new ColumnType.Varchar(length)));
    }
    if (STRING_LIKE.contains(name)) {
      return Optional.of(BasicType.of(new ColumnType.Varchar(length)));
    }
    switch (name) {
      case "java.math.BigDecimal":
        return Optional.of(BasicType.of(precision > 0 ? new ColumnType.Numeric(precision, scale) : new ColumnType.Numeric(38, scale > 0 ? scale : 2)));
      case "java.math.BigInteger":
        return Optional.of(BasicType.of(new ColumnType.Numeric(precision > 0 ? precision : 38, 0)));
      case "java.lang.Float":
        return Optional.of(BasicType.of(new ColumnType.Floating(false)));
      case "java.lang.Double":
        return Optional.of(BasicType.of(new ColumnType.Floating(precision > 0 && precision <= 24 ? false : true)));
      case "java.util.Date":
      case "java.util.Calendar":
        return Optional.of(BasicType.of(temporal(attribute)));
      default:
        break;
    }
    if (TIMES.contains(name)) {
      return Optional.of(BasicType.of(time()));
    }
    ColumnType fixed = FIXED.get(name);
    if (fixed != null) {
      return Optional.of(BasicType.of(fixed));
    }
    if (types.isAssignable(types.erasure(type), elements.getTypeElement("java.io.Serializable").asType())) {
      // @Lob states that serialized bytes are intended, and Hibernate keeps them in a large object.
      return Optional.of(lob ? BasicType.of(new ColumnType.Raw(OID)) : new BasicType(new ColumnType.Bytes(), false, null, true));
    }
    return Optional.empty();
  }

  private static BasicType primitive(TypeKind kind, int precision) {
    ColumnType type;
    switch (kind) {
      case BOOLEAN:
        type = new ColumnType.Bool();
        break;
      case BYTE:
      case SHORT:
        type = new ColumnType.Int(IntKind.SMALLINT);
        break;
      case INT:
        type = new ColumnType.Int(IntKind.INTEGER);
        break;
      case LONG:
        type = new ColumnType.Int(IntKind.BIGINT);
        break;
      case CHAR:
        type = new ColumnType.Char(1);
        break;
      case FLOAT:
        type = new ColumnType.Floating(false);
        break;
      default:
        type = new ColumnType.Floating(precision > 0 && precision <= 24 ? false : true);
        break;
    }
    return new BasicType(type, true, null, false);
  }

  private ColumnType time() {
    return new ColumnType.Time(line.timePrecision(), false);
  }

  private ColumnType temporal(Element attribute) {
    String temporal = Jpa.find(attribute, "Temporal").map(t -> t.enumName("value", "TIMESTAMP")).orElse("TIMESTAMP");
    switch (temporal) {
      case "DATE":
        return new ColumnType.Date();
      case "TIME":
        return time();
      default:
        return new ColumnType.Timestamp(6, false);
    }
  }

  /**
   * Hibernate 7 keeps enums in smallint (ordinal) or varchar (name) columns and guards both with a
   * column check listing the legal values.
   */
  private static BasicType enumType(TypeElement enumElement, Element attribute, int length) {
    List<String> constants = new ArrayList<>();
    for (Element member : enumElement.getEnclosedElements()) {
      if (member.getKind() == ElementKind.ENUM_CONSTANT) {
        constants.add(member.getSimpleName().toString());
      }
    }
    String enumerated = Jpa.find(attribute, "Enumerated").map(e -> e.enumName("value", "ORDINAL")).orElse("ORDINAL");
    if (enumerated.equals("STRING")) {
      String values = constants.stream().map(c -> "'" + c.replace("'", "''") + "'").collect(Collectors.joining(","));
      // Hibernate stores names in a one-character column as char(1), whatever the constants' length.
      ColumnType column = length == 1 ? new ColumnType.Char(1) : new ColumnType.Varchar(length);
      return new BasicType(column, false, "%s in (" + values + ")", false);
    }
    return new BasicType(new ColumnType.Int(IntKind.SMALLINT), false, "%s between 0 and " + (constants.size() - 1), false);
  }
}
