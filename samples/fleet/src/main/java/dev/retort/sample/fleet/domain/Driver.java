package dev.retort.sample.fleet.domain;

import dev.retort.migration.RenamedFrom;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;

/** A person allowed to drive the fleet's vehicles, known by their licence number. */
@Entity
@Table(name = "drivers",
    uniqueConstraints = @UniqueConstraint(name = "uk_drivers_license_number", columnNames = "license_number"),
    indexes = @Index(name = "idx_driver_phone", columnList = "mobile_phone"))
public class Driver {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(nullable = false, length = 100)
  private String name;

  @Column(name = "license_number", nullable = false, length = 20)
  private String licenseNumber;

  @Column(name = "mobile_phone", length = 20)
  @RenamedFrom("phone_number")
  private String mobilePhone;

  protected Driver() {}

  public Driver(String name, String licenseNumber) {
    this.name = name;
    this.licenseNumber = licenseNumber;
  }

  public Long getId() {
    return id;
  }

  public String getName() {
    return name;
  }

  public String getLicenseNumber() {
    return licenseNumber;
  }

  public String getMobilePhone() {
    return mobilePhone;
  }

  public void setMobilePhone(String mobilePhone) {
    this.mobilePhone = mobilePhone;
  }
}
