package dev.retort.sample.fleetboot.domain;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/** The trips driven. */
public interface TripRepository extends JpaRepository<Trip, Long> {

  /** The kilometres driven in the vehicle with this VIN, 0 when none. */
  @Query("select coalesce(sum(t.distanceKm), 0) from Trip t where t.vehicle.vin = ?1")
  long kilometresDriven(String vin);
}
