package dev.retort.sample.fleet.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;

/** A vehicle of the fleet, known by its 17-character VIN. */
@Entity
@Table(name = "vehicles", uniqueConstraints = @UniqueConstraint(name = "uk_vehicles_vin", columnNames = "vin"))
public class Vehicle {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(nullable = false, length = 17)
  private String vin;

  @Column(nullable = false, length = 50)
  private String make;

  @Column(nullable = false, length = 50)
  private String model;

  @Column(nullable = false)
  private int year;

  @Column(length = 30)
  private String color;

  protected Vehicle() {}

  public Vehicle(String vin, String make, String model, int year) {
    this.vin = vin;
    this.make = make;
    this.model = model;
    this.year = year;
  }

  public Long getId() {
    return id;
  }

  public String getVin() {
    return vin;
  }

  public String getMake() {
    return make;
  }

  public String getModel() {
    return model;
  }

  public int getYear() {
    return year;
  }

  public String getColor() {
    return color;
  }

  public void setColor(String color) {
    this.color = color;
  }
}
