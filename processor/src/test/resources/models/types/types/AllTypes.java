package types;

import jakarta.persistence.*;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.*;
import java.util.Calendar;
import java.util.Currency;
import java.util.Locale;
import java.util.UUID;

@Entity
public class AllTypes {
  public enum Color { RED, GREEN, BLUE }

  @Id @GeneratedValue(strategy = GenerationType.IDENTITY) Long id;
  String s; char c; Character cw; byte b; Byte bw; short sh; Short shw; int i; Integer iw; long l; Long lw;
  BigInteger bi; BigDecimal bd; float f; Float fw; double d; Double dw; boolean z; Boolean zw; byte[] bytes; char[] chars;
  UUID uuid; LocalDate ld; LocalTime lt; LocalDateTime ldt; OffsetDateTime odt; ZonedDateTime zdt; Instant inst;
  Duration dur; Year year; OffsetTime ot;
  @Temporal(TemporalType.TIMESTAMP) java.util.Date udate;
  @Temporal(TemporalType.DATE) java.util.Date udateD;
  @Temporal(TemporalType.TIME) java.util.Date udateT;
  Calendar cal; java.sql.Date sqlDate; java.sql.Timestamp sqlTs; java.sql.Time sqlTime;
  Color colorDefault; @Enumerated(EnumType.STRING) Color colorS; @Enumerated(EnumType.ORDINAL) Color colorO;
  java.net.URL url; Locale locale; Currency currency; ZoneId zid; ZoneOffset zoff;
  @Lob String lobS; @Lob byte[] lobB;
  @Column(length = 10) String s10;
  @Column(precision = 10, scale = 3) BigDecimal bd103;
  @Column(precision = 10) BigDecimal bd10;
  @Column(columnDefinition = "text") String txt;
  @Column(nullable = false) String nn;
  @Column(unique = true) String uq;
  @Basic(optional = false) String bo;
  @Version int version;
  @Column(precision = 30) BigInteger bi30;
  @Transient String ignored;
  transient String alsoIgnored;
  static String notAColumn;
}
