package dev.retort.sample.fleetboot.domain;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

/** The fleet's drivers. */
public interface DriverRepository extends JpaRepository<Driver, Long> {

  Optional<Driver> findByLicenceNumber(String licenceNumber);
}
