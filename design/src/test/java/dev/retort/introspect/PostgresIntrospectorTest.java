package dev.retort.introspect;

import static dev.retort.render.sql.PostgresIdentifiers.quote;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.retort.model.CheckConstraint;
import dev.retort.model.Column;
import dev.retort.model.ColumnType;
import dev.retort.model.EnumType;
import dev.retort.model.ForeignKey;
import dev.retort.model.Identity;
import dev.retort.model.Index;
import dev.retort.model.IndexColumn;
import dev.retort.model.PrimaryKey;
import dev.retort.model.QualifiedName;
import dev.retort.model.ReferentialAction;
import dev.retort.model.SchemaModel;
import dev.retort.model.Sequence;
import dev.retort.model.Table;
import dev.retort.model.UniqueConstraint;
import dev.retort.ops.Operation;
import dev.retort.render.sql.PostgresSqlRenderer;
import dev.retort.testing.PostgresTest;
import dev.retort.testing.TestDatabase;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * Introspection against a real server. The test class shares one database, so each test works in
 * a schema of its own and makes it the connection's current schema through {@code search_path}.
 */
@PostgresTest
class PostgresIntrospectorTest {

  private static final ColumnType BIGINT = new ColumnType.Int(ColumnType.IntKind.BIGINT);
  private static final ColumnType INTEGER = new ColumnType.Int(ColumnType.IntKind.INTEGER);
  private static final ColumnType TEXT = new ColumnType.Text();

  @Test
  void everyColumnTypeIntrospectsToTheModelThatCreatedIt(TestDatabase db) throws SQLException {
    QualifiedName status = QualifiedName.of("status");
    QualifiedName currency = QualifiedName.of("billing", "currency");
    QualifiedName customer = QualifiedName.of("customer");
    QualifiedName purchase = QualifiedName.of("purchase");
    QualifiedName invoice = QualifiedName.of("billing", "invoice");
    QualifiedName shipment = QualifiedName.of("billing", "shipment");

    Table customerTable = Table.named(customer)
        .withColumn(Column.of("id", BIGINT).generatedAs(Identity.BY_DEFAULT))
        .withColumn(Column.of("name", new ColumnType.Varchar(100)).notNull().comment("Shown on invoices"))
        .withColumn(Column.of("nickname", new ColumnType.Varchar(null)))
        .withColumn(Column.of("code", new ColumnType.Char(3)).notNull())
        .withColumn(Column.of("bio", TEXT).defaultValue("'nothing yet'::text"))
        .withColumn(Column.of("status", new ColumnType.NativeEnum(status)).notNull().defaultValue("'active'::status"))
        .withColumn(Column.of("age", new ColumnType.Int(ColumnType.IntKind.SMALLINT)))
        .withColumn(Column.of("visits", INTEGER).notNull().defaultValue("0"))
        .withColumn(Column.of("balance", new ColumnType.Numeric(12, 2)).defaultValue("0.50"))
        .withColumn(Column.of("ratio", new ColumnType.Numeric(null, null)))
        .withColumn(Column.of("score", new ColumnType.Floating(false)))
        .withColumn(Column.of("weight", new ColumnType.Floating(true)))
        .withColumn(Column.of("active", new ColumnType.Bool()).notNull().defaultValue("true"))
        .withColumn(Column.of("born", new ColumnType.Date()))
        .withColumn(Column.of("wakes", new ColumnType.Time(null, false)))
        .withColumn(Column.of("wakes_local", new ColumnType.Time(3, true)))
        .withColumn(Column.of("created", new ColumnType.Timestamp(6, false)).notNull().defaultValue("now()"))
        .withColumn(Column.of("updated", new ColumnType.Timestamp(null, true)).defaultValue("CURRENT_TIMESTAMP"))
        .withColumn(Column.of("timeout", new ColumnType.Interval(null)))
        .withColumn(Column.of("ttl", new ColumnType.Interval(3)))
        .withColumn(Column.of("external_id", new ColumnType.Uuid()).notNull().defaultValue("gen_random_uuid()"))
        .withColumn(Column.of("avatar", new ColumnType.Bytes()))
        .withColumn(Column.of("prefs", new ColumnType.Json(false)))
        .withColumn(Column.of("attrs", new ColumnType.Json(true)).defaultValue("'{}'::jsonb"))
        .withColumn(Column.of("tags", new ColumnType.Raw("text[]")))
        .withColumn(Column.of("address", new ColumnType.Raw("inet")))
        .withPrimaryKey(new PrimaryKey("customer_pk", List.of("id")))
        // Key order differs from column order, so a key read in attnum order would fail.
        .withUniqueConstraints(List.of(
            new UniqueConstraint("customer_external_id_uk", List.of("external_id")),
            new UniqueConstraint("customer_code_name_uk", List.of("code", "name"))))
        .withChecks(List.of(
            new CheckConstraint("customer_visits_ck", "(visits >= 0)"),
            new CheckConstraint("customer_age_ck", "((age > 0) AND (age < 150))"),
            new CheckConstraint("customer_active_ck", "active")))
        .withIndexes(List.of(
            new Index("customer_name_created_ix",
                List.of(IndexColumn.asc("name"), IndexColumn.desc("created")), false, null),
            Index.of("customer_frequent_ix", "visits").where("(visits > 10)"),
            Index.of("customer_nickname_uix", "nickname").asUnique()))
        .withComment("People who buy");

    Table purchaseTable = Table.named(purchase)
        .withColumn(Column.of("customer_id", BIGINT).notNull())
        .withColumn(Column.of("line_no", INTEGER).notNull())
        .withColumn(Column.of("serial", BIGINT).generatedAs(Identity.ALWAYS))
        .withColumn(Column.of("order_no", BIGINT).notNull().defaultValue("nextval('order_seq'::regclass)"))
        .withColumn(Column.of("invoice_no", BIGINT))
        .withColumn(Column.of("qty", INTEGER).notNull())
        .withPrimaryKey(new PrimaryKey("purchase_pk", List.of("customer_id", "line_no")))
        .withChecks(List.of(new CheckConstraint("purchase_qty_ck", "(qty > 0)")))
        .withForeignKeys(List.of(
            ForeignKey.of("purchase_customer_fk", List.of("customer_id"), customer, List.of("id"))
                .onDelete(ReferentialAction.CASCADE),
            ForeignKey.of("purchase_invoice_fk", List.of("invoice_no"), invoice, List.of("no"))
                .onDelete(ReferentialAction.SET_NULL).onUpdate(ReferentialAction.RESTRICT)));

    Table invoiceTable = Table.named(invoice)
        .withColumn(Column.of("no", BIGINT).notNull().defaultValue("nextval('billing.invoice_seq'::regclass)"))
        .withColumn(Column.of("currency", new ColumnType.NativeEnum(currency)).notNull()
            .defaultValue("'EUR'::billing.currency"))
        .withColumn(Column.of("amount", new ColumnType.Numeric(10, 2)).notNull())
        .withColumn(Column.of("customer_id", BIGINT))
        .withPrimaryKey(new PrimaryKey("invoice_pk", List.of("no")))
        .withForeignKeys(List.of(
            ForeignKey.of("invoice_customer_fk", List.of("customer_id"), customer, List.of("id"))
                .onDelete(ReferentialAction.SET_DEFAULT).onUpdate(ReferentialAction.CASCADE)))
        .withComment("Money owed");

    Table shipmentTable = Table.named(shipment)
        .withColumn(Column.of("id", BIGINT).generatedAs(Identity.BY_DEFAULT))
        .withColumn(Column.of("order_customer", BIGINT).notNull())
        .withColumn(Column.of("order_line", INTEGER).notNull())
        .withPrimaryKey(new PrimaryKey("shipment_pk", List.of("id")))
        // Declared in the opposite order of the referenced primary key, to prove the pairing.
        .withForeignKeys(List.of(ForeignKey.of("shipment_purchase_fk",
            List.of("order_line", "order_customer"), purchase, List.of("line_no", "customer_id"))))
        .withIndexes(List.of(new Index("shipment_order_ix",
            List.of(IndexColumn.desc("order_customer"), IndexColumn.desc("order_line")), false, null)));

    SchemaModel original = new SchemaModel(
        Set.of("billing"),
        List.of(customerTable, purchaseTable, invoiceTable, shipmentTable),
        List.of(
            Sequence.of(QualifiedName.of("order_seq"), 1, 50),
            Sequence.of(QualifiedName.of("countdown"), -1, -1),
            new Sequence(QualifiedName.of("billing", "invoice_seq"), 1000, 5, 1000L, 999_999L, 20, true),
            new Sequence(QualifiedName.of("billing", "falling"), 100, -10, 0L, 100L, 1, false)),
        List.of(
            new EnumType(status, List.of("active", "suspended", "closed")),
            new EnumType(currency, List.of("EUR", "USD", "CHF"))));

    try (Connection connection = connectIn(db, "shop")) {
      create(connection, original);

      Introspection read = PostgresIntrospector.introspect(connection, IntrospectionScope.of("shop", "billing"));

      assertEquals(List.of(), read.warnings());
      assertEquals(original, read.model());
    }
  }

  @Test
  void theCurrentSchemaIsReadWhenTheScopeNamesNone(TestDatabase db) throws SQLException {
    try (Connection connection = connectIn(db, "current_only")) {
      execute(connection, "CREATE SCHEMA elsewhere", "CREATE TABLE here (a integer)", "CREATE TABLE elsewhere.there (a integer)");

      SchemaModel model = PostgresIntrospector.introspect(connection).model();

      assertEquals(Set.of(), model.schemas());
      assertEquals(List.of(QualifiedName.of("here")), model.tables().stream().map(Table::name).toList());
    }
  }

  @Test
  void keysAndIndexesNameTheirColumnsInTheirOwnOrderPastADroppedColumn(TestDatabase db) throws SQLException {
    try (Connection connection = connectIn(db, "key_order")) {
      execute(connection,
          "CREATE TABLE part (gone integer, a integer NOT NULL, b integer NOT NULL, c text)",
          "ALTER TABLE part DROP COLUMN gone",
          "ALTER TABLE part ADD COLUMN d integer",
          "ALTER TABLE part ADD CONSTRAINT part_pkey PRIMARY KEY (b, a)",
          "ALTER TABLE part ADD CONSTRAINT part_d_c_key UNIQUE (d, c)",
          "CREATE INDEX part_c_a_ix ON part (c DESC, a)",
          "CREATE TABLE line (x integer, y integer, CONSTRAINT line_part_fk FOREIGN KEY (y, x) REFERENCES part (b, a))",
          "CREATE TABLE nothing_yet (CHECK (false))");

      SchemaModel model = PostgresIntrospector.introspect(connection).model();

      Table part = model.table(QualifiedName.of("part")).orElseThrow();
      assertEquals(List.of("a", "b", "c", "d"), part.columns().stream().map(Column::name).toList());
      assertEquals(new PrimaryKey("part_pkey", List.of("b", "a")), part.primaryKey());
      assertEquals(List.of(new UniqueConstraint("part_d_c_key", List.of("d", "c"))), part.uniqueConstraints());
      assertEquals(List.of(new Index("part_c_a_ix", List.of(IndexColumn.desc("c"), IndexColumn.asc("a")), false, null)),
          part.indexes());
      assertEquals(List.of(ForeignKey.of("line_part_fk", List.of("y", "x"), QualifiedName.of("part"), List.of("b", "a"))),
          model.table(QualifiedName.of("line")).orElseThrow().foreignKeys());
      assertEquals(List.of(new CheckConstraint("nothing_yet_check", "false")),
          model.table(QualifiedName.of("nothing_yet")).orElseThrow().checks());
    }
  }

  @Test
  void aForeignKeyToATableOutsideTheScopeNamesTheColumnsItReferences(TestDatabase db) throws SQLException {
    try (Connection connection = connectIn(db, "referencing")) {
      execute(connection,
          "CREATE SCHEMA referenced_elsewhere",
          "CREATE TABLE referenced_elsewhere.country (gone integer, code text, region text, PRIMARY KEY (region, code))",
          "ALTER TABLE referenced_elsewhere.country DROP COLUMN gone",
          "CREATE TABLE city (country_code text, country_region text,"
              + " CONSTRAINT city_country_fk FOREIGN KEY (country_region, country_code)"
              + " REFERENCES referenced_elsewhere.country (region, code))");

      SchemaModel model = PostgresIntrospector.introspect(connection).model();

      assertEquals(List.of(QualifiedName.of("city")), model.tables().stream().map(Table::name).toList());
      assertEquals(List.of(ForeignKey.of("city_country_fk", List.of("country_region", "country_code"),
              QualifiedName.of("referenced_elsewhere", "country"), List.of("region", "code"))),
          model.table(QualifiedName.of("city")).orElseThrow().foreignKeys());
    }
  }

  @Test
  void aSchemaInScopeThatDoesNotExistIsSkipped(TestDatabase db) throws SQLException {
    try (Connection connection = connectIn(db, "lonely")) {
      execute(connection, "CREATE TABLE here (a integer)");

      SchemaModel model = PostgresIntrospector.introspect(connection, IntrospectionScope.of("lonely", "missing")).model();

      assertEquals(Set.of(), model.schemas());
      assertEquals(1, model.tables().size());
    }
  }

  @Test
  void aTableWithAnExpressionIndexYieldsAWarningAndNoIndex(TestDatabase db) throws SQLException {
    try (Connection connection = connectIn(db, "expressions")) {
      execute(connection,
          "CREATE TABLE person (email text NOT NULL)",
          "CREATE UNIQUE INDEX person_email_lower_uix ON person (lower(email))");

      Introspection read = PostgresIntrospector.introspect(connection);

      assertEquals(List.of(), read.model().table(QualifiedName.of("person")).orElseThrow().indexes());
      assertEquals(1, read.warnings().size(), read.warnings().toString());
      assertTrue(read.warnings().get(0).contains("person_email_lower_uix"), read.warnings().get(0));
    }
  }

  @Test
  void whatTheModelCannotRepresentIsLeftOutWithAWarningNamingIt(TestDatabase db) throws SQLException {
    try (Connection connection = connectIn(db, "exotic")) {
      execute(connection,
          "CREATE TABLE doc (id integer NOT NULL, body jsonb, title text, during tsrange,"
              + " title_length integer GENERATED ALWAYS AS (length(title)) STORED,"
              + " CONSTRAINT doc_no_overlap_ex EXCLUDE USING gist (during WITH &&))",
          "CREATE INDEX doc_body_gin_ix ON doc USING gin (body)",
          "CREATE INDEX doc_covering_ix ON doc (id) INCLUDE (title)",
          "CREATE INDEX doc_nulls_first_ix ON doc (title NULLS FIRST)",
          "CREATE INDEX doc_pattern_ix ON doc (title text_pattern_ops)",
          "CREATE INDEX doc_plain_ix ON doc (title DESC NULLS FIRST)",
          "CREATE TABLE event (at date NOT NULL) PARTITION BY RANGE (at)",
          "CREATE TABLE event_2024 PARTITION OF event FOR VALUES FROM ('2024-01-01') TO ('2025-01-01')");

      Introspection read = PostgresIntrospector.introspect(connection);

      Table doc = read.model().table(QualifiedName.of("doc")).orElseThrow();
      assertEquals(List.of(new Index("doc_plain_ix", List.of(IndexColumn.desc("title")), false, null)), doc.indexes());
      assertEquals(Column.of("title_length", INTEGER), doc.column("title_length").orElseThrow());
      assertEquals(List.of(QualifiedName.of("doc"), QualifiedName.of("event")),
          read.model().tables().stream().map(Table::name).toList());
      for (String named : List.of("doc_body_gin_ix", "doc_covering_ix", "doc_nulls_first_ix", "doc_pattern_ix",
          "doc_no_overlap_ex", "title_length", "event")) {
        assertTrue(read.warnings().stream().anyMatch(w -> w.contains(named)), named + " in " + read.warnings());
      }
      assertEquals(7, read.warnings().size(), read.warnings().toString());
    }
  }

  @Test
  void theHistoryTableIsNotReported(TestDatabase db) throws SQLException {
    try (Connection connection = connectIn(db, "history")) {
      execute(connection,
          "CREATE SCHEMA history_other",
          "CREATE TABLE retort_history (installed_rank integer PRIMARY KEY)",
          "CREATE TABLE vehicle (id integer PRIMARY KEY)",
          // Only the history table in the configured schema is Retort's; a namesake elsewhere is the user's.
          "CREATE TABLE history_other.retort_history (id integer)");

      SchemaModel model = PostgresIntrospector.introspect(connection, IntrospectionScope.of("history", "history_other")).model();

      assertEquals(List.of(QualifiedName.of("vehicle"), QualifiedName.of("history_other", "retort_history")),
          model.tables().stream().map(Table::name).toList());
    }
  }

  @Test
  void aHistoryTableWithAnotherNameAndSchemaIsNotReported(TestDatabase db) throws SQLException {
    try (Connection connection = connectIn(db, "history_configured")) {
      execute(connection,
          "CREATE SCHEMA ops",
          "CREATE TABLE ops.migrations (installed_rank integer PRIMARY KEY)",
          "CREATE TABLE retort_history (id integer)");

      SchemaModel model = PostgresIntrospector.introspect(connection,
          IntrospectionScope.of("history_configured", "ops").withHistoryTable("ops", "migrations")).model();

      assertEquals(List.of(QualifiedName.of("retort_history")), model.tables().stream().map(Table::name).toList());
      assertEquals(Set.of("ops"), model.schemas());
    }
  }

  @Test
  void theNumberOfQueriesDoesNotGrowWithTheNumberOfTables(TestDatabase db) throws SQLException {
    int one;
    int many;
    try (Connection connection = connectIn(db, "one_table")) {
      execute(connection, tables(1));
      AtomicInteger statements = new AtomicInteger();
      assertEquals(1, PostgresIntrospector.introspect(counting(connection, statements)).model().tables().size());
      one = statements.get();
    }
    try (Connection connection = connectIn(db, "many_tables")) {
      execute(connection, tables(200));
      AtomicInteger statements = new AtomicInteger();
      assertEquals(200, PostgresIntrospector.introspect(counting(connection, statements)).model().tables().size());
      many = statements.get();
    }
    assertEquals(one, many);
    assertTrue(many <= 8, many + " statements");
  }

  @Test
  void reservedWordsAndMixedCaseNamesIntrospectExactly(TestDatabase db) throws SQLException {
    QualifiedName user = QualifiedName.of("user");
    QualifiedName order = QualifiedName.of("Billing", "Order");
    QualifiedName mood = QualifiedName.of("Billing", "Mood");
    String quoted = "say \"hi\"";

    Table userTable = Table.named(user)
        .withColumn(Column.of("select", BIGINT).generatedAs(Identity.BY_DEFAULT))
        .withColumn(Column.of("Name", TEXT).notNull().defaultValue("'it''s'::text").comment("it's \"quoted\""))
        .withColumn(Column.of(quoted, new ColumnType.NativeEnum(mood)))
        .withPrimaryKey(new PrimaryKey("user_PK", List.of("select")))
        .withUniqueConstraints(List.of(new UniqueConstraint("Name Unique", List.of("Name"))))
        .withChecks(List.of(new CheckConstraint("long enough", "(length(\"Name\") > 1)")))
        .withIndexes(List.of(Index.of("user \"mood\" ix", quoted).where("(\"" + "say \"\"hi\"\"" + "\" IS NOT NULL)")))
        .withComment("the \"users\"");
    Table orderTable = Table.named(order)
        .withColumn(Column.of("From", BIGINT).notNull())
        .withColumn(Column.of("table", INTEGER).notNull())
        .withPrimaryKey(new PrimaryKey("Order_pk", List.of("From", "table")))
        .withForeignKeys(List.of(ForeignKey.of("Order->user", List.of("From"), user, List.of("select"))));
    SchemaModel original = new SchemaModel(Set.of("Billing"), List.of(userTable, orderTable),
        List.of(Sequence.of(QualifiedName.of("Billing", "Order Seq"), 1, 1)),
        List.of(new EnumType(mood, List.of("it's", "\"fine\"", "Ünïcode"))));

    try (Connection connection = connectIn(db, "Public Place")) {
      create(connection, original);

      Introspection read = PostgresIntrospector.introspect(connection, IntrospectionScope.of("Public Place", "Billing"));

      assertEquals(List.of(), read.warnings());
      assertEquals(original, read.model());
    }
  }

  @Test
  void identitySequencesAreLeftOutButSerialAndFreeStandingOnesAreReported(TestDatabase db) throws SQLException {
    try (Connection connection = connectIn(db, "sequences")) {
      execute(connection,
          "CREATE TABLE counted (id bigint GENERATED ALWAYS AS IDENTITY, legacy serial, small smallserial)",
          "CREATE SEQUENCE hibernate_seq START WITH 1 INCREMENT BY 50");

      SchemaModel model = PostgresIntrospector.introspect(connection).model();

      assertEquals(List.of(
              Sequence.of(QualifiedName.of("counted_legacy_seq"), 1, 1),
              Sequence.of(QualifiedName.of("counted_small_seq"), 1, 1),
              Sequence.of(QualifiedName.of("hibernate_seq"), 1, 50)),
          model.sequences());
      assertEquals(Column.of("legacy", INTEGER).notNull().defaultValue("nextval('counted_legacy_seq'::regclass)"),
          model.table(QualifiedName.of("counted")).orElseThrow().column("legacy").orElseThrow());
    }
  }

  /** Creates {@code model} the way a migration would: schemas, types, sequences, tables, then foreign keys. */
  private static void create(Connection connection, SchemaModel model) throws SQLException {
    List<Operation> operations = new ArrayList<>();
    model.sortedSchemas().forEach(schema -> operations.add(new Operation.CreateSchema(schema)));
    model.enumTypes().forEach(type -> operations.add(new Operation.CreateEnumType(type)));
    model.sequences().forEach(sequence -> operations.add(new Operation.CreateSequence(sequence)));
    model.tables().forEach(table -> operations.add(new Operation.CreateTable(table.withForeignKeys(List.of()))));
    for (Table table : model.tables()) {
      table.foreignKeys().forEach(fk -> operations.add(new Operation.AddForeignKey(table.name(), fk)));
    }
    execute(connection, new PostgresSqlRenderer().render(operations).toArray(String[]::new));
  }

  /** A connection whose current schema is a new, empty schema of this name. */
  private static Connection connectIn(TestDatabase db, String schema) throws SQLException {
    Connection connection = db.connect();
    execute(connection, "CREATE SCHEMA " + quote(schema), "SET search_path = " + quote(schema));
    return connection;
  }

  private static void execute(Connection connection, String... statements) throws SQLException {
    try (Statement statement = connection.createStatement()) {
      for (String sql : statements) {
        statement.execute(sql);
      }
    }
  }

  private static String[] tables(int count) {
    String[] statements = new String[count];
    for (int i = 0; i < count; i++) {
      statements[i] = "CREATE TABLE t" + i + " (id integer PRIMARY KEY, name text UNIQUE, CHECK (id > 0))";
    }
    return statements;
  }

  /** The connection, counting every statement that runs through it. */
  private static Connection counting(Connection connection, AtomicInteger statements) {
    return proxy(Connection.class, connection, (proxy, method, args) -> {
      Object result = invoke(connection, method, args);
      if (!(result instanceof Statement statement)) {
        return result;
      }
      InvocationHandler counter = (p, m, a) -> {
        if (m.getName().startsWith("execute")) {
          statements.incrementAndGet();
        }
        return invoke(statement, m, a);
      };
      return result instanceof PreparedStatement prepared
          ? proxy(PreparedStatement.class, prepared, counter)
          : proxy(Statement.class, statement, counter);
    });
  }

  private static <T> T proxy(Class<T> type, T target, InvocationHandler handler) {
    return type.cast(Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, handler));
  }

  private static Object invoke(Object target, java.lang.reflect.Method method, Object[] args) throws Throwable {
    try {
      return method.invoke(target, args);
    } catch (InvocationTargetException e) {
      throw e.getCause();
    }
  }
}
