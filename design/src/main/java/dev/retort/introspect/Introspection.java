package dev.retort.introspect;

import dev.retort.model.SchemaModel;
import java.util.List;
import java.util.Objects;

/**
 * What introspection read: the schema model, and one warning for each object the model cannot
 * represent and therefore left out or read only in part.
 */
public record Introspection(SchemaModel model, List<String> warnings) {

  public Introspection {
    Objects.requireNonNull(model, "model");
    warnings = List.copyOf(warnings);
  }
}
