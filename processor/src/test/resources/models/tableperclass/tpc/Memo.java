package tpc;

import jakarta.persistence.*;

@Entity
@Table(name = "memos")
public class Memo extends Document {
  public enum Urgency { LOW, HIGH }
  @Enumerated(EnumType.STRING) Urgency urgency;
}
