package dev.retort.sample.fleet;

import dev.retort.sample.fleet.domain.AppUser;
import dev.retort.sample.fleet.domain.Driver;
import dev.retort.sample.fleet.domain.MaintenanceSchedule;
import dev.retort.sample.fleet.domain.ServiceRecord;
import dev.retort.sample.fleet.domain.ServiceType;
import dev.retort.sample.fleet.domain.Vehicle;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The service's work on one boot, in one transaction: register a vehicle and a driver (once),
 * record an oil change, read the vehicle's service history back, and move its oil-change
 * schedule. Safe to run again and again: what exists is found, not inserted twice.
 */
final class FleetWork {

  static final String VIN = "1FTBR1C82PKA12345";
  static final String LICENSE = "D-4711-2209";
  static final String DISPATCHER = "dispatcher";
  private static final int OIL_CHANGE_KM = 15_000;

  private final EntityManagerFactory entityManagers;
  private final Clock clock;

  FleetWork(EntityManagerFactory entityManagers) {
    this(entityManagers, Clock.systemUTC());
  }

  FleetWork(EntityManagerFactory entityManagers, Clock clock) {
    this.entityManagers = entityManagers;
    this.clock = clock;
  }

  /** Does the work and returns one line per thing done, for the log. */
  List<String> run() {
    List<String> done = new ArrayList<>();
    entityManagers.unwrap(org.hibernate.SessionFactory.class).inTransaction(em -> work(em, done));
    return done;
  }

  private void work(EntityManager em, List<String> done) {
    LocalDate today = LocalDate.now(clock);

    Vehicle vehicle = single(em.createQuery("from Vehicle where vin = :vin", Vehicle.class).setParameter("vin", VIN))
        .orElse(null);
    if (vehicle == null) {
      vehicle = new Vehicle(VIN, "Ford", "Transit", 2023);
      vehicle.setColor("white");
      em.persist(vehicle);
      done.add("registered vehicle " + describe(vehicle));
    } else {
      done.add("found vehicle " + describe(vehicle) + ", registered by an earlier run");
    }

    Driver driver = single(em.createQuery("from Driver where licenseNumber = :license", Driver.class)
        .setParameter("license", LICENSE)).orElse(null);
    if (driver == null) {
      driver = new Driver("Ada Lovelace", LICENSE);
      driver.setMobilePhone("+44 20 7946 0018");
      em.persist(driver);
      done.add("registered driver " + driver.getName() + " (licence " + LICENSE + ", mobile " + driver.getMobilePhone() + ")");
    } else {
      done.add("found driver " + driver.getName() + " (licence " + LICENSE + "), registered by an earlier run");
    }

    if (single(em.createQuery("from AppUser where username = :name", AppUser.class).setParameter("name", DISPATCHER))
        .isEmpty()) {
      AppUser user = new AppUser(DISPATCHER, clock.instant());
      user.setEmail("dispatch@fleet.example");
      user.setStatus("active");
      em.persist(user);
      done.add("created user " + DISPATCHER + " <" + user.getEmail() + ">, status " + user.getStatus());
    }

    Integer lastKm = em.createQuery("select max(odometerKm) from ServiceRecord where vehicle = :vehicle", Integer.class)
        .setParameter("vehicle", vehicle).getSingleResult();
    int odometer = (lastKm == null ? 0 : lastKm) + OIL_CHANGE_KM;
    ServiceRecord oilChange = new ServiceRecord(vehicle, driver, ServiceType.OIL_CHANGE, today);
    oilChange.setOdometerKm(odometer);
    oilChange.setNotes("5W-30, filter replaced");
    em.persist(oilChange);
    em.flush();
    done.add("recorded service #" + oilChange.getId() + ": " + ServiceType.OIL_CHANGE + " at " + odometer + " km, brought in by "
        + driver.getName());

    List<ServiceRecord> history = em.createQuery(
            "from ServiceRecord s join fetch s.driver where s.vehicle = :vehicle order by s.odometerKm", ServiceRecord.class)
        .setParameter("vehicle", vehicle).getResultList();
    done.add("vehicle " + VIN + " has " + history.size() + (history.size() == 1 ? " service record" : " service records")
        + ", at " + history.stream().map(s -> s.getOdometerKm() + " km").toList());

    MaintenanceSchedule schedule = single(em.createQuery(
            "from MaintenanceSchedule where vehicle = :vehicle and serviceType = :type", MaintenanceSchedule.class)
        .setParameter("vehicle", vehicle).setParameter("type", ServiceType.OIL_CHANGE)).orElse(null);
    if (schedule == null) {
      schedule = new MaintenanceSchedule(vehicle, ServiceType.OIL_CHANGE, OIL_CHANGE_KM, 6);
      em.persist(schedule);
    }
    LocalDate before = schedule.getNextDueOn();
    schedule.setNextDueOn(today.plusMonths(schedule.getIntervalMonths()));
    done.add("updated the " + ServiceType.OIL_CHANGE + " schedule: next due " + schedule.getNextDueOn()
        + (before == null ? " (first planned)" : " (was " + before + ")"));
  }

  private static <T> Optional<T> single(jakarta.persistence.TypedQuery<T> query) {
    return query.getResultStream().findFirst();
  }

  private static String describe(Vehicle vehicle) {
    return vehicle.getVin() + " (" + vehicle.getYear() + " " + vehicle.getMake() + " " + vehicle.getModel() + ", "
        + vehicle.getColor() + ")";
  }
}
