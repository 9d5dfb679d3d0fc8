package dev.retort.sample.fleetboot.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

/** A driver of the fleet, known by their licence number. */
@Entity
public class Driver {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(nullable = false)
  private String fullName;

  @Column(nullable = false, unique = true, length = 32)
  private String licenceNumber;

  protected Driver() {}

  public Driver(String fullName, String licenceNumber) {
    this.fullName = fullName;
    this.licenceNumber = licenceNumber;
  }

  public Long getId() {
    return id;
  }

  public String getFullName() {
    return fullName;
  }

  public String getLicenceNumber() {
    return licenceNumber;
  }
}
