package dev.retort.spring.boot.test;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

/** A vehicle of the test fleet; its table comes from Retort's migrations, Hibernate only validates it. */
@Entity
public class Vehicle {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(nullable = false, unique = true)
  private String plateNumber;

  private int seats;

  protected Vehicle() {}

  public Vehicle(String plateNumber, int seats) {
    this.plateNumber = plateNumber;
    this.seats = seats;
  }

  public Long getId() {
    return id;
  }

  public String getPlateNumber() {
    return plateNumber;
  }

  public int getSeats() {
    return seats;
  }
}
