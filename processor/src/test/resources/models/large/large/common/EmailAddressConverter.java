package large.common;

import jakarta.persistence.*;
import java.math.BigDecimal;
import java.time.*;
import java.util.*;

@Converter(autoApply = true)
public class EmailAddressConverter implements AttributeConverter<EmailAddress, String> {
  @Override public String convertToDatabaseColumn(EmailAddress email) { return email == null ? null : email.value(); }
  @Override public EmailAddress convertToEntityAttribute(String text) { return text == null ? null : new EmailAddress(text); }
}
