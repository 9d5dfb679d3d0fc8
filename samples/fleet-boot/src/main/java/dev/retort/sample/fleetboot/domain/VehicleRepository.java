package dev.retort.sample.fleetboot.domain;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

/** The fleet's vehicles. */
public interface VehicleRepository extends JpaRepository<Vehicle, Long> {

  Optional<Vehicle> findByVin(String vin);
}
