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
import java.time.LocalDate;

/** One tire rotation of a vehicle: when, at what mileage, and in which pattern. */
@Entity
@Table(name = "tire_rotations",
    indexes = @Index(name = "ix_tire_rotations_vehicle_rotated_on", columnList = "vehicle_id, rotated_on"))
public class TireRotation {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "vehicle_id", nullable = false, foreignKey = @ForeignKey(name = "fk_tire_rotations_vehicle"))
  private Vehicle vehicle;

  @Column(name = "rotated_on", nullable = false)
  private LocalDate rotatedOn;

  @Column(name = "odometer_km", nullable = false)
  private int odometerKm;

  @Column(nullable = false, length = 30)
  private String pattern;

  protected TireRotation() {}

  public TireRotation(Vehicle vehicle, LocalDate rotatedOn, int odometerKm, String pattern) {
    this.vehicle = vehicle;
    this.rotatedOn = rotatedOn;
    this.odometerKm = odometerKm;
    this.pattern = pattern;
  }

  public Long getId() {
    return id;
  }

  public Vehicle getVehicle() {
    return vehicle;
  }

  public LocalDate getRotatedOn() {
    return rotatedOn;
  }

  public int getOdometerKm() {
    return odometerKm;
  }

  public String getPattern() {
    return pattern;
  }
}
