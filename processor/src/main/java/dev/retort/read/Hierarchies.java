package dev.retort.read;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.lang.model.element.TypeElement;

/**
 * Links entities into inheritance hierarchies: each entity learns its nearest entity superclass,
 * its subclasses, its root's strategy and the table it writes to.
 */
final class Hierarchies {

  private final ReadContext context;

  Hierarchies(ReadContext context) {
    this.context = context;
  }

  /** Links {@code entities} and returns them with every superclass before its subclasses. */
  List<EntityInfo> link(List<EntityInfo> entities, Map<String, EntityInfo> byName) {
    for (EntityInfo entity : entities) {
      for (TypeElement parent = context.scanner.superclass(entity.type); parent != null; parent = context.scanner.superclass(parent)) {
        EntityInfo found = byName.get(parent.getQualifiedName().toString());
        if (found != null) {
          entity.parent = found;
          found.children.add(entity);
          break;
        }
      }
    }
    List<EntityInfo> ordered = new ArrayList<>();
    for (EntityInfo entity : entities) {
      if (entity.parent == null) {
        entity.strategy = strategyOf(entity);
        descend(entity, ordered);
      }
    }
    return ordered;
  }

  private void descend(EntityInfo entity, List<EntityInfo> ordered) {
    ordered.add(entity);
    if (entity.parent != null) {
      entity.strategy = entity.parent.strategy;
      if (entity.strategy == EntityInfo.Strategy.SINGLE_TABLE) {
        entity.table = entity.parent.table;
      }
    }
    for (EntityInfo child : entity.children) {
      descend(child, ordered);
    }
  }

  private static EntityInfo.Strategy strategyOf(EntityInfo root) {
    String name = Jpa.find(root.type, "Inheritance").map(i -> i.enumName("strategy", "SINGLE_TABLE")).orElse("SINGLE_TABLE");
    return EntityInfo.Strategy.valueOf(name);
  }

  /**
   * Every subclass of {@code entity} in the order of Hibernate's {@code PersistentClass.getSubclasses()}:
   * each direct subclass's own subclasses first, then the direct subclasses.
   */
  static List<EntityInfo> subclasses(EntityInfo entity) {
    List<EntityInfo> all = new ArrayList<>();
    for (EntityInfo child : entity.children) {
      all.addAll(subclasses(child));
    }
    all.addAll(entity.children);
    return all;
  }
}
