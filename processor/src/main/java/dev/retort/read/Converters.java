package dev.retort.read;

import dev.retort.processor.ProcessorMessage;
import dev.retort.processor.Reporter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.Types;

/**
 * Finds the {@code AttributeConverter<X, Y>} that applies to an attribute, named by {@code @Convert}
 * or declared {@code @Converter(autoApply = true)}, and the type {@code Y} its column stores.
 */
final class Converters {

  /** A converter applying to an attribute of type {@code domain}, storing {@code database}. */
  record Conversion(TypeElement converter, TypeMirror domain, TypeMirror database) {

    /**
     * The check Hibernate puts on the column of a boolean its own converter stores, from the values the
     * converter writes for false and true, as a template of the column's name; null for other converters.
     */
    String checkTemplate() {
      String values = HIBERNATE_BOOLEAN_CONVERTERS.get(converter.getQualifiedName().toString());
      return values == null ? null : "%s in (" + values + ")";
    }
  }

  /** Hibernate's boolean converters, by the values they store for false and true, which Hibernate checks. */
  private static final Map<String, String> HIBERNATE_BOOLEAN_CONVERTERS = Map.of(
      "org.hibernate.type.YesNoConverter", "'N','Y'",
      "org.hibernate.type.TrueFalseConverter", "'F','T'",
      "org.hibernate.type.NumericBooleanConverter", "0,1");

  private final Types types;
  private final Reporter reporter;
  private final List<Conversion> autoApplied = new ArrayList<>();

  Converters(Types types, Reporter reporter) {
    this.types = types;
    this.reporter = reporter;
  }

  /** Registers a class annotated {@code @Converter}; only an auto-applied one matters here. */
  void register(TypeElement converter) {
    boolean autoApply = Jpa.find(converter, "Converter").map(c -> c.bool("autoApply", false)).orElse(false);
    if (autoApply) {
      conversion(converter).ifPresent(autoApplied::add);
    }
  }

  /**
   * The conversion of the basic attribute declared by {@code element} with type {@code type}: its
   * {@code @Convert}'s converter unless conversion is disabled, else an auto-applied one matching the
   * type; empty for none, or for a converter whose type arguments are not concrete classes.
   */
  Optional<Conversion> of(Element element, TypeMirror type) {
    Optional<Jpa> convert = Jpa.find(element, "Convert");
    if (convert.isPresent()) {
      if (convert.get().bool("disableConversion", false)) {
        return Optional.empty();
      }
      TypeMirror converter = convert.get().type("converter");
      if (converter != null && !((TypeElement) types.asElement(converter)).getQualifiedName().contentEquals("jakarta.persistence.AttributeConverter")
          && !((TypeElement) types.asElement(converter)).getQualifiedName().contentEquals("javax.persistence.AttributeConverter")) {
        return conversion((TypeElement) types.asElement(converter));
      }
    }
    // JPA: auto-applied converters never apply to ids, versions or attributes mapped @Enumerated or @Temporal.
    if (Jpa.has(element, "Id") || Jpa.has(element, "Version") || Jpa.has(element, "Enumerated") || Jpa.has(element, "Temporal")) {
      return Optional.empty();
    }
    TypeMirror domain = type.getKind().isPrimitive() ? types.boxedClass((javax.lang.model.type.PrimitiveType) type).asType() : type;
    for (Conversion conversion : autoApplied) {
      if (types.isSameType(types.erasure(conversion.domain()), types.erasure(domain))) {
        return Optional.of(conversion);
      }
    }
    return Optional.empty();
  }

  /**
   * Whether the attribute's converter, if any, is one Retort can read; reports those it cannot: a
   * {@code @Convert} on a part ({@code attributeName}), a converter without concrete type arguments,
   * and a boolean or enum converted by a converter of the project's, whose check Hibernate computes by
   * running it (Hibernate's own boolean converters are known).
   */
  boolean readable(Attribute attribute, Optional<Converters.Conversion> conversion) {
    Element element = attribute.element();
    Optional<Jpa> convert = Jpa.find(element, "Convert").filter(c -> !c.bool("disableConversion", false));
    if (convert.isPresent() && !convert.get().string("attributeName").isEmpty()) {
      unsupported(element, "@Convert(attributeName = \"" + convert.get().string("attributeName") + "\")");
      return false;
    }
    if (convert.isPresent() && conversion.isEmpty()) {
      unsupported(element, "@Convert with a converter whose AttributeConverter<X, Y> arguments are not classes");
      return false;
    }
    if (conversion.isEmpty()) {
      return true;
    }
    if (Jpa.has(element, "Enumerated")) {
      reporter.error(element, ProcessorMessage.CONVERTED_ENUMERATED, attribute.describe(), conversion.get().converter().getQualifiedName());
      return false;
    }
    TypeMirror domain = conversion.get().domain();
    String domainName = ((TypeElement) types.asElement(domain)).getQualifiedName().toString();
    boolean known = conversion.get().checkTemplate() != null;
    if (!known && (domainName.equals("java.lang.Boolean") || types.asElement(domain).getKind() == ElementKind.ENUM)) {
      unsupported(element, "a converter on a boolean or enum attribute, whose check constraint Hibernate computes by running "
          + conversion.get().converter().getSimpleName());
      return false;
    }
    return true;
  }

  /** The converter's {@code X} and {@code Y}, found up its class hierarchy and interfaces. */
  private Optional<Conversion> conversion(TypeElement converter) {
    List<? extends TypeMirror> arguments = converterArguments(converter.asType());
    if (arguments == null || arguments.size() != 2 || arguments.stream().anyMatch(a -> a.getKind() != TypeKind.DECLARED)) {
      return Optional.empty();
    }
    return Optional.of(new Conversion(converter, arguments.get(0), arguments.get(1)));
  }

  private List<? extends TypeMirror> converterArguments(TypeMirror type) {
    for (TypeMirror supertype : types.directSupertypes(type)) {
      if (supertype instanceof DeclaredType declared) {
        TypeElement element = (TypeElement) declared.asElement();
        if (element.getKind() == ElementKind.INTERFACE && (element.getQualifiedName().contentEquals("jakarta.persistence.AttributeConverter")
            || element.getQualifiedName().contentEquals("javax.persistence.AttributeConverter"))) {
          return declared.getTypeArguments();
        }
        List<? extends TypeMirror> found = converterArguments(supertype);
        if (found != null) {
          return found;
        }
      }
    }
    return null;
  }

  private void unsupported(Element element, String what) {
    reporter.warning(element, ProcessorMessage.UNSUPPORTED_MAPPING, ColumnReader.describe(element), what);
  }
}
