package dev.retort.sample.fleetboot.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import java.time.LocalDate;

/** One trip: who drove which vehicle, on which day, how far. */
@Entity
public class Trip {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(optional = false, fetch = FetchType.LAZY)
  private Vehicle vehicle;

  @ManyToOne(optional = false, fetch = FetchType.LAZY)
  private Driver driver;

  private LocalDate tripDate;

  private int distanceKm;

  protected Trip() {}

  public Trip(Vehicle vehicle, Driver driver, LocalDate tripDate, int distanceKm) {
    this.vehicle = vehicle;
    this.driver = driver;
    this.tripDate = tripDate;
    this.distanceKm = distanceKm;
  }

  public Long getId() {
    return id;
  }

  public Vehicle getVehicle() {
    return vehicle;
  }

  public Driver getDriver() {
    return driver;
  }

  public LocalDate getTripDate() {
    return tripDate;
  }

  public int getDistanceKm() {
    return distanceKm;
  }
}
