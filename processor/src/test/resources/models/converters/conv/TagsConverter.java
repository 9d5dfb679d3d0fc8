package conv;

import java.util.Arrays;

/** Through a generic base, so the reader must find AttributeConverter's arguments up the hierarchy. */
public class TagsConverter extends CodeConverter<Tags> {
  @Override public String convertToDatabaseColumn(Tags value) { return value == null ? null : String.join(",", value.values()); }
  @Override public Tags convertToEntityAttribute(String value) { return value == null ? null : new Tags(Arrays.asList(value.split(","))); }
}
