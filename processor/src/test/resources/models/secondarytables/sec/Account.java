package sec;

import jakarta.persistence.*;

@Entity
@SecondaryTable(name = "account_limits",
    pkJoinColumns = {@PrimaryKeyJoinColumn(name = "acc_region", referencedColumnName = "region"),
        @PrimaryKeyJoinColumn(name = "acc_number", referencedColumnName = "number")})
@IdClass(AccountId.class)
public class Account {
  @Id @Column(length = 4) String region;
  @Id Long number;
  @Column(table = "account_limits") java.math.BigDecimal creditLimit;
}
