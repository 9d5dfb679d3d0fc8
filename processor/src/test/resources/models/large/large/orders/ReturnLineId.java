package large.orders;

import jakarta.persistence.*;
import java.math.BigDecimal;
import java.time.*;
import java.util.*;

@Embeddable
public class ReturnLineId implements java.io.Serializable {
  Long returnId;
  short lineNumber;
}
