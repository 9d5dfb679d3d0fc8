package dev.retort.sample.fleetboot.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.LocalDate;

/** A vehicle of the fleet, known by its VIN. */
@Entity
public class Vehicle {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(nullable = false, unique = true, length = 17)
  private String vin;

  @Column(nullable = false)
  private String make;

  @Column(nullable = false)
  private String model;

  private int modelYear;

  private String color;

  /** The day the vehicle left the fleet; null while it is in service. */
  private LocalDate retiredOn;

  protected Vehicle() {}

  public Vehicle(String vin, String make, String model, int modelYear, String color) {
    this.vin = vin;
    this.make = make;
    this.model = model;
    this.modelYear = modelYear;
    this.color = color;
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

  public int getModelYear() {
    return modelYear;
  }

  public String getColor() {
    return color;
  }

  public LocalDate getRetiredOn() {
    return retiredOn;
  }
}
