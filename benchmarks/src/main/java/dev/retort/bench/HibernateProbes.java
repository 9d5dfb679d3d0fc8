package dev.retort.bench;

import dev.retort.bench.Probe.Measurement;
import java.net.URL;
import java.net.URLClassLoader;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.hibernate.SessionFactory;
import org.hibernate.boot.MetadataSources;
import org.hibernate.boot.registry.BootstrapServiceRegistryBuilder;
import org.hibernate.boot.registry.StandardServiceRegistry;
import org.hibernate.boot.registry.StandardServiceRegistryBuilder;

/**
 * Hibernate ORM's own schema management, as an application gets it: a SessionFactory over the N
 * entity classes with {@code create} (from an empty database) or {@code validate} (against a
 * database of N tables). Loading the entity classes is timed too, as it is part of a boot.
 */
final class HibernateProbes {

  private HibernateProbes() {}

  static Measurement run(ProbeArgs probe, String action) throws Exception {
    DataSource ds = probe.dataSource();
    int n = probe.integer("n");
    URLClassLoader loader = new URLClassLoader(new URL[] {probe.path("classes").toUri().toURL()},
        HibernateProbes.class.getClassLoader());
    Thread.currentThread().setContextClassLoader(loader);
    long started = Probe.start();
    List<Class<?>> entities = new ArrayList<>();
    for (int i = 1; i <= n; i++) {
      entities.add(Class.forName(EntitySources.PACKAGE + "." + EntitySources.className(i), false, loader));
    }
    StandardServiceRegistry registry = new StandardServiceRegistryBuilder(
        new BootstrapServiceRegistryBuilder().applyClassLoader(loader).build())
        .applySetting("hibernate.connection.datasource", ds)
        // JPA's own "create" action creates without dropping first; validation is Hibernate's hbm2ddl setting.
        .applySetting("create".equals(action) ? "jakarta.persistence.schema-generation.database.action"
            : "hibernate.hbm2ddl.auto", action)
        .applySetting("hibernate.hbm2ddl.halt_on_error", "true")
        .build();
    try {
      MetadataSources sources = new MetadataSources(registry);
      entities.forEach(sources::addAnnotatedClass);
      try (SessionFactory factory = sources.buildMetadata().buildSessionFactory()) {
        return Measurement.since(started, action + "d=" + entities.size(), factory);
      }
    } finally {
      StandardServiceRegistryBuilder.destroy(registry);
    }
  }
}
