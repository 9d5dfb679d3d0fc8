package cf;

import jakarta.persistence.*;
import org.hibernate.type.NumericBooleanConverter;
import org.hibernate.type.TrueFalseConverter;
import org.hibernate.type.YesNoConverter;

/** Booleans stored by Hibernate's own converters, whose values Hibernate checks. */
@Entity
public class Preference {
  @Id Long id;
  @Convert(converter = YesNoConverter.class) Boolean active;
  @Convert(converter = TrueFalseConverter.class) boolean visible;
  @Convert(converter = NumericBooleanConverter.class) Boolean archived;
}
