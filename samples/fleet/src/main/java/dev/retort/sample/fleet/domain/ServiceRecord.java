package dev.retort.sample.fleet.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
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

/** One regular service a vehicle got, and the driver who brought it in. */
@Entity
@Table(name = "service_records",
    indexes = @Index(name = "ix_service_records_vehicle_performed_on", columnList = "vehicle_id, performed_on"))
public class ServiceRecord {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "vehicle_id", nullable = false, foreignKey = @ForeignKey(name = "fk_service_records_vehicle"))
  private Vehicle vehicle;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "driver_id", foreignKey = @ForeignKey(name = "fk_service_records_driver"))
  private Driver driver;

  @Enumerated(EnumType.STRING)
  @Column(name = "service_type", nullable = false, length = 30)
  private ServiceType serviceType;

  @Column(name = "performed_on", nullable = false)
  private LocalDate performedOn;

  @Column(name = "odometer_km")
  private Integer odometerKm;

  @Column(precision = 10, scale = 2)
  private BigDecimal cost;

  @Column(length = 500)
  private String notes;

  protected ServiceRecord() {}

  public ServiceRecord(Vehicle vehicle, Driver driver, ServiceType serviceType, LocalDate performedOn) {
    this.vehicle = vehicle;
    this.driver = driver;
    this.serviceType = serviceType;
    this.performedOn = performedOn;
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

  public ServiceType getServiceType() {
    return serviceType;
  }

  public LocalDate getPerformedOn() {
    return performedOn;
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

  public String getNotes() {
    return notes;
  }

  public void setNotes(String notes) {
    this.notes = notes;
  }
}
