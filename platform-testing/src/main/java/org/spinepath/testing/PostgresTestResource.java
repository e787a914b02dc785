package org.spinepath.testing;

import java.util.Map;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * The JVM's shared PostgreSQL for a Quarkus test.
 *
 * <pre>
 * &#64;QuarkusTestResource(value = PostgresTestResource.class, restrictToAnnotatedClass = false,
 *         initArgs = &#64;ResourceArg(name = "database", value = "intake"))
 * </pre>
 *
 * <p>Init argument {@code database}: a database of that name is created if missing and used
 * (default: the server's {@code spinepath} database). Sets {@code quarkus.datasource.jdbc.url},
 * {@code quarkus.datasource.username} and {@code quarkus.datasource.password}, which also turns
 * Dev Services for the datasource off. The container outlives the test class: it belongs to the
 * JVM.
 */
public class PostgresTestResource implements QuarkusTestResourceLifecycleManager {

    private String database;

    @Override
    public void init(Map<String, String> initArgs) {
        database = initArgs.get("database");
    }

    @Override
    public Map<String, String> start() {
        SpinePathContainers.PostgresEndpoint postgres = SpinePathContainers.postgres();
        String url = database == null || database.isBlank() ? postgres.jdbcUrl() : postgres.createDatabase(database);
        return Map.of("quarkus.datasource.jdbc.url", url,
                "quarkus.datasource.username", postgres.username(),
                "quarkus.datasource.password", postgres.password());
    }

    @Override
    public void stop() {
        // Shared by every test class of this JVM; stopped when the JVM exits.
    }
}
