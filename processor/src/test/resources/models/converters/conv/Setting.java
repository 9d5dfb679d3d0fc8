package conv;

import jakarta.persistence.*;

@Entity
public class Setting {
  @Id @GeneratedValue(strategy = GenerationType.IDENTITY) Long id;
  @Convert(converter = TrimConverter.class) @Column(length = 80) String name;
  @Convert(converter = TagsConverter.class) @Column(length = 500) Tags tags;
  Money price;
  @Column(nullable = false) Money cost;
  @Convert(disableConversion = true) @Column(name = "plain_level") @Enumerated(EnumType.STRING) Level plainLevel;
}
