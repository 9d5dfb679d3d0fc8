package dev.retort.sample.fleet.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.ForeignKey;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;

/** The tire a vehicle takes at one wheel position, such as {@code FRONT_LEFT}. */
@Entity
@Table(name = "tire_specifications", uniqueConstraints = @UniqueConstraint(
    name = "uk_tire_specifications_vehicle_position", columnNames = {"vehicle_id", "position"}))
public class TireSpecification {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "vehicle_id", nullable = false,
      foreignKey = @ForeignKey(name = "fk_tire_specifications_vehicle"))
  private Vehicle vehicle;

  @Column(nullable = false, length = 20)
  private String position;

  @Column(nullable = false, length = 30)
  private String size;

  @Column(length = 50)
  private String brand;

  @Column(name = "pressure_kpa")
  private Integer pressureKpa;

  protected TireSpecification() {}

  public TireSpecification(Vehicle vehicle, String position, String size) {
    this.vehicle = vehicle;
    this.position = position;
    this.size = size;
  }

  public Long getId() {
    return id;
  }

  public Vehicle getVehicle() {
    return vehicle;
  }

  public String getPosition() {
    return position;
  }

  public String getSize() {
    return size;
  }

  public String getBrand() {
    return brand;
  }

  public void setBrand(String brand) {
    this.brand = brand;
  }

  public Integer getPressureKpa() {
    return pressureKpa;
  }

  public void setPressureKpa(Integer pressureKpa) {
    this.pressureKpa = pressureKpa;
  }
}
