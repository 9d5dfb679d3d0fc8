package cj;

import jakarta.persistence.*;

@Entity
@IdClass(AccountId.class)
public class Account {
  @Id @Column(length = 4) String region;
  @Id Long number;
}
