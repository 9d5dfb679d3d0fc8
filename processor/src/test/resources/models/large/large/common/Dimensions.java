package large.common;

import jakarta.persistence.*;
import java.math.BigDecimal;
import java.time.*;
import java.util.*;

@Embeddable
public class Dimensions {
  double lengthCm;
  double widthCm;
  double heightCm;
  @Column(precision = 10, scale = 3) BigDecimal weightKg;
}
