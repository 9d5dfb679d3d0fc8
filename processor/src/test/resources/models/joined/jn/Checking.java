package jn;

import jakarta.persistence.*;

@Entity
@Table(name = "checking")
@PrimaryKeyJoinColumn(name = "account_id", foreignKey = @ForeignKey(name = "fk_checking_account"))
public class Checking extends Account {
  int overdraft;
}
