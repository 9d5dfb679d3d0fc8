package conv;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

@Converter(autoApply = true)
public class MoneyConverter implements AttributeConverter<Money, Long> {
  @Override public Long convertToDatabaseColumn(Money value) { return value == null ? null : value.cents(); }
  @Override public Money convertToEntityAttribute(Long value) { return value == null ? null : new Money(value); }
}
