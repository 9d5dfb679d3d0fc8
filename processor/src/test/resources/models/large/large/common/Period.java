package large.common;

import jakarta.persistence.*;
import java.math.BigDecimal;
import java.time.*;
import java.util.*;

@Embeddable
public class Period {
  LocalDate startsOn;
  LocalDate endsOn;
}
