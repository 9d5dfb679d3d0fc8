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
import java.math.BigDecimal;
import java.time.LocalDate;

/** Work done on a vehicle outside the regular service plan: a repair, a recall, a part replaced. */
@Entity
@Table(name = "maintenance_records")
public class MaintenanceRecord {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "vehicle_id", nullable = false,
      foreignKey = @ForeignKey(name = "fk_maintenance_records_vehicle"))
  private Vehicle vehicle;

  @Column(name = "performed_on", nullable = false)
  private LocalDate performedOn;

  @Column(nullable = false, length = 500)
  private String description;

  @Column(name = "odometer_km")
  private Integer odometerKm;

  @Column(precision = 10, scale = 2)
  private BigDecimal cost;

  protected MaintenanceRecord() {}

  public MaintenanceRecord(Vehicle vehicle, LocalDate performedOn, String description) {
    this.vehicle = vehicle;
    this.performedOn = performedOn;
    this.description = description;
  }

  public Long getId() {
    return id;
  }

  public Vehicle getVehicle() {
    return vehicle;
  }

  public LocalDate getPerformedOn() {
    return performedOn;
  }

  public String getDescription() {
    return description;
  }

  public Integer getOdometerKm() {
    return odometerKm;
  }

  public void setOdometerKm(Integer odometerKm) {
    this.odometerKm = odometerKm;
  }

  public BigDecimal getCost() {
    return cost;
  }

  public void setCost(BigDecimal cost) {
    this.cost = cost;
  }
}
