package cons;

import jakarta.persistence.*;

@Entity
@Table(name = "accounts",
    uniqueConstraints = {
        @UniqueConstraint(columnNames = {"lastName", "firstName"}),
        @UniqueConstraint(name = "uk_account_email", columnNames = "email")},
    indexes = {
        @Index(columnList = "lastName desc, firstName"),
        @Index(name = "idx_account_nick", columnList = "nick", unique = true),
        @Index(name = "idx_account_city", columnList = "city")})
public class Account {
  @Id @GeneratedValue(strategy = GenerationType.IDENTITY) Long id;
  String firstName; String lastName; String email; String nick; String city;
}
