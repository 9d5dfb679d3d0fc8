package large.common;

import jakarta.persistence.*;
import java.math.BigDecimal;
import java.time.*;
import java.util.*;

/** A validated e-mail address, stored as text by an auto-applied converter. */
public record EmailAddress(String value) {}
