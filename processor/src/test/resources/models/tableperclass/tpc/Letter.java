package tpc;

import jakarta.persistence.*;

@Entity
public class Letter extends Document {
  String recipient;
}
