package dev.retort.sample.fleet.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.ForeignKey;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;

/** One refuelling of a vehicle: how much, at what mileage, and by which driver. */
@Entity
@Table(name = "fuel_logs", indexes = @Index(name = "ix_fuel_logs_vehicle_filled_on", columnList = "vehicle_id, filled_on"))
public class FuelLog {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "vehicle_id", nullable = false, foreignKey = @ForeignKey(name = "fk_fuel_logs_vehicle"))
  private Vehicle vehicle;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "driver_id", foreignKey = @ForeignKey(name = "fk_fuel_logs_driver"))
  private Driver driver;

  @Column(name = "filled_on", nullable = false)
  private LocalDate filledOn;

  @Column(nullable = false, precision = 7, scale = 2)
  private BigDecimal liters;

  @Column(name = "odometer_km", nullable = false)
  private int odometerKm;

  protected FuelLog() {}

  public FuelLog(Vehicle vehicle, Driver driver, LocalDate filledOn, BigDecimal liters, int odometerKm) {
    this.vehicle = vehicle;
    this.driver = driver;
    this.filledOn = filledOn;
    this.liters = liters;
    this.odometerKm = odometerKm;
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

  public LocalDate getFilledOn() {
    return filledOn;
  }

  public BigDecimal getLiters() {
    return liters;
  }

  public int getOdometerKm() {
    return odometerKm;
  }
}
