package ec;

import jakarta.persistence.*;

/** Enums stored by name in one-character columns, whatever their constants' length. */
@Entity
public class Person {
  @Id Long id;
  @Enumerated(EnumType.STRING) @Column(length = 1) Gender gender;
  @Enumerated(EnumType.STRING) @Column(length = 1, nullable = false) Tier tier;
  @Enumerated(EnumType.STRING) @Column(length = 2) Gender paddedGender;
  @Enumerated(EnumType.STRING) Gender plainGender;

  enum Gender { M, F }

  enum Tier { GOLD, SILVER }
}
