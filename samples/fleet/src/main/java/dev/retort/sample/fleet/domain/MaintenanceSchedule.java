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
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import java.time.LocalDate;

/** How often a vehicle needs one type of service, and when it is next due. */
@Entity
@Table(name = "maintenance_schedules", uniqueConstraints = @UniqueConstraint(
    name = "uk_maintenance_schedules_vehicle_service_type", columnNames = {"vehicle_id", "service_type"}))
public class MaintenanceSchedule {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "vehicle_id", nullable = false,
      foreignKey = @ForeignKey(name = "fk_maintenance_schedules_vehicle"))
  private Vehicle vehicle;

  @Enumerated(EnumType.STRING)
  @Column(name = "service_type", nullable = false, length = 30)
  private ServiceType serviceType;

  @Column(name = "interval_km")
  private Integer intervalKm;

  @Column(name = "interval_months")
  private Integer intervalMonths;

  @Column(name = "next_due_on")
  private LocalDate nextDueOn;

  protected MaintenanceSchedule() {}

  public MaintenanceSchedule(Vehicle vehicle, ServiceType serviceType, Integer intervalKm, Integer intervalMonths) {
    this.vehicle = vehicle;
    this.serviceType = serviceType;
    this.intervalKm = intervalKm;
    this.intervalMonths = intervalMonths;
  }

  public Long getId() {
    return id;
  }

  public Vehicle getVehicle() {
    return vehicle;
  }

  public ServiceType getServiceType() {
    return serviceType;
  }

  public Integer getIntervalKm() {
    return intervalKm;
  }

  public Integer getIntervalMonths() {
    return intervalMonths;
  }

  public LocalDate getNextDueOn() {
    return nextDueOn;
  }

  public void setNextDueOn(LocalDate nextDueOn) {
    this.nextDueOn = nextDueOn;
  }
}
