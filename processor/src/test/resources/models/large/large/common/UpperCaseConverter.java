package large.common;

import jakarta.persistence.*;
import java.math.BigDecimal;
import java.time.*;
import java.util.*;

@Converter
public class UpperCaseConverter implements AttributeConverter<String, String> {
  @Override public String convertToDatabaseColumn(String text) { return text == null ? null : text.toUpperCase(Locale.ROOT); }
  @Override public String convertToEntityAttribute(String text) { return text; }
}
