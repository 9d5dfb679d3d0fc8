package dev.retort.read;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.ExecutableType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.Types;

/**
 * Lists the persistent attributes of a class and its {@code @MappedSuperclass} ancestors, superclass
 * attributes first, through fields or getters as the access type says, as Hibernate does.
 */
public final class AttributeScanner {

  /** Field or property access. */
  public enum Access {
    FIELD,
    PROPERTY
  }

  private final Types types;

  AttributeScanner(Types types) {
    this.types = types;
  }

  /**
   * The access type of an entity hierarchy: an explicit {@code @Access} on {@code type}, else where
   * {@code @Id} or {@code @EmbeddedId} sits in it or its superclasses, else field access.
   */
  public Access accessOf(TypeElement type) {
    Access explicit = explicitAccess(type);
    if (explicit != null) {
      return explicit;
    }
    for (TypeElement current = type; current != null; current = superclass(current)) {
      for (Element member : current.getEnclosedElements()) {
        if (Jpa.has(member, "Id") || Jpa.has(member, "EmbeddedId")) {
          return member.getKind() == ElementKind.METHOD ? Access.PROPERTY : Access.FIELD;
        }
      }
    }
    return Access.FIELD;
  }

  /** The access type {@code @Access} declares on {@code type}, or null. */
  public Access explicitAccess(TypeElement type) {
    return Jpa.find(type, "Access").map(a -> a.enumName("value", "FIELD").equals("PROPERTY") ? Access.PROPERTY : Access.FIELD).orElse(null);
  }

  /**
   * The attributes declared by {@code type} and the mapped superclasses above it (up to, not
   * including, an entity superclass), superclass attributes first.
   */
  public List<Attribute> attributes(TypeElement type, Access access) {
    List<TypeElement> chain = new ArrayList<>();
    chain.add(type);
    for (TypeElement current = superclass(type); current != null && Jpa.has(current, "MappedSuperclass"); current = superclass(current)) {
      chain.add(0, current);
    }
    DeclaredType viewedFrom = (DeclaredType) type.asType();
    List<Attribute> attributes = new ArrayList<>();
    for (TypeElement declaring : chain) {
      Access own = explicitAccess(declaring);
      Access effective = own == null ? access : own;
      for (Element member : declaring.getEnclosedElements()) {
        Attribute attribute = effective == Access.FIELD ? field(member, viewedFrom) : property(member, viewedFrom);
        if (attribute != null) {
          attributes.add(attribute);
        }
      }
    }
    return attributes;
  }

  /** The direct superclass of {@code type}, or null at {@code Object}. */
  public TypeElement superclass(TypeElement type) {
    TypeMirror parent = type.getSuperclass();
    if (parent.getKind() != TypeKind.DECLARED) {
      return null;
    }
    TypeElement element = (TypeElement) ((DeclaredType) parent).asElement();
    return element.getQualifiedName().contentEquals("java.lang.Object") ? null : element;
  }

  private Attribute field(Element member, DeclaredType viewedFrom) {
    if (member.getKind() != ElementKind.FIELD
        || member.getModifiers().contains(Modifier.STATIC)
        || member.getModifiers().contains(Modifier.TRANSIENT)
        || Jpa.has(member, "Transient")) {
      return null;
    }
    return new Attribute(member.getSimpleName().toString(), member, types.asMemberOf(viewedFrom, member));
  }

  private Attribute property(Element member, DeclaredType viewedFrom) {
    if (member.getKind() != ElementKind.METHOD
        || member.getModifiers().contains(Modifier.STATIC)
        || Jpa.has(member, "Transient")) {
      return null;
    }
    ExecutableElement method = (ExecutableElement) member;
    if (!method.getParameters().isEmpty() || method.getReturnType().getKind() == TypeKind.VOID) {
      return null;
    }
    String name = method.getSimpleName().toString();
    String property;
    if (name.startsWith("get") && name.length() > 3) {
      property = name.substring(3);
    } else if (name.startsWith("is") && name.length() > 2 && method.getReturnType().getKind() == TypeKind.BOOLEAN) {
      property = name.substring(2);
    } else {
      return null;
    }
    TypeMirror type = ((ExecutableType) types.asMemberOf(viewedFrom, member)).getReturnType();
    return new Attribute(decapitalize(property), member, type);
  }

  /** {@code java.beans.Introspector.decapitalize}, without depending on java.desktop. */
  static String decapitalize(String name) {
    if (name.length() > 1 && Character.isUpperCase(name.charAt(1)) && Character.isUpperCase(name.charAt(0))) {
      return name;
    }
    return name.substring(0, 1).toLowerCase(Locale.ROOT) + name.substring(1);
  }
}
