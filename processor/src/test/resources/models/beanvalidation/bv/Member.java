package bv;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import org.hibernate.validator.constraints.Length;

@Entity
public class Member {
  @Id @GeneratedValue Long id;
  @NotNull String name;
  @NotBlank String handle;
  @NotEmpty String tag;
  @Size(max = 40) String title;
  @Size(min = 2) String unbounded;
  @Size(max = 20) @Column(length = 100) String nick;
  @Length(max = 30) String alias;
  @Min(0) Integer age;
  @Max(10) int rank;
  @DecimalMin("0.5") @DecimalMax("9.5") BigDecimal ratio;
  @Digits(integer = 8, fraction = 3) BigDecimal amount;
  @NotNull(groups = Audit.class) String reviewer;
  @Email String email;
  @MemberCode String code;
  @CodeOrEmpty String shortCode;
  @Size.List({@Size(max = 50), @Size(min = 1)}) String label;

  @NotNull @ManyToOne Vehicle vehicle;
  @ManyToOne Vehicle spare;

  @Valid @NotNull Address home;
  @Valid Contact contact;

  String plain;
  private String remark;

  @NotNull
  public String getRemark() {
    return remark;
  }
}
