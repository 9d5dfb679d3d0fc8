package bv;

import jakarta.persistence.Embeddable;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import java.math.BigDecimal;

@Embeddable
public class Contact {
  @NotBlank String phone;
  @Digits(integer = 4, fraction = 1) BigDecimal reach;
}
