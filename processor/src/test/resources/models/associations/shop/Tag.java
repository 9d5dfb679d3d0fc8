package shop;

import jakarta.persistence.*;
import java.util.Set;
import java.util.UUID;

@Entity
public class Tag {
  @Id @GeneratedValue(strategy = GenerationType.UUID) UUID id;
  @Column(unique = true) String label;
  @ManyToMany(mappedBy = "tags") Set<Customer> customers;
}
