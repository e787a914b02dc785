package org.spinepath.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.net.URLClassLoader;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.testcontainers.containers.Network;
import org.testcontainers.postgresql.PostgreSQLContainer;

class PostgresTest {

    @Test
    void sharedServerAnswersQueriesAsTheSpinePathUser() throws SQLException {
        SpinePathContainers.PostgresEndpoint postgres = SpinePathContainers.postgres();

        try (Connection c = DriverManager.getConnection(postgres.jdbcUrl(), postgres.username(), postgres.password());
                Statement s = c.createStatement();
                ResultSet rows = s.executeQuery("SELECT current_user, current_database(), version()")) {
            rows.next();
            assertEquals("spinepath", rows.getString(1));
            assertEquals("spinepath", rows.getString(2));
            assertTrue(rows.getString(3).startsWith("PostgreSQL 15."), rows.getString(3));
        }
    }

    @Test
    void testResourceCreatesTheDatabaseItIsGiven() throws SQLException {
        PostgresTestResource resource = new PostgresTestResource();
        resource.init(Map.of("database", "intake"));
        Map<String, String> config = resource.start();

        String url = config.get("quarkus.datasource.jdbc.url");
        assertTrue(url.endsWith("/intake"), url);
        try (Connection c = DriverManager.getConnection(url, config.get("quarkus.datasource.username"),
                config.get("quarkus.datasource.password"));
                Statement s = c.createStatement()) {
            s.execute("CREATE TABLE IF NOT EXISTS probe (id int PRIMARY KEY)");
            s.execute("INSERT INTO probe VALUES (1) ON CONFLICT DO NOTHING");
            try (ResultSet rows = s.executeQuery("SELECT current_database(), count(*) FROM probe")) {
                rows.next();
                assertEquals("intake", rows.getString(1));
                assertEquals(1, rows.getInt(2));
            }
        }
        // A second test class asking for the same database gets it again, not an error.
        assertEquals(url, resource.start().get("quarkus.datasource.jdbc.url"));
    }

    @Test
    void networkServerGetsADatabasePerService() throws SQLException {
        try (Network network = Network.newNetwork();
                PostgreSQLContainer postgres = SpinePathContainers.newPostgres(network, "postgres", "intake", "triage")) {
            SpinePathContainers.start(postgres);
            for (String database : new String[] { "intake", "triage" }) {
                String url = "jdbc:postgresql://" + postgres.getHost() + ":" + postgres.getMappedPort(5432) + "/" + database;
                try (Connection c = DriverManager.getConnection(url, postgres.getUsername(), postgres.getPassword());
                        Statement s = c.createStatement();
                        ResultSet rows = s.executeQuery("SELECT pg_get_userbyid(datdba) FROM pg_database"
                                + " WHERE datname = current_database()")) {
                    rows.next();
                    assertEquals("spinepath", rows.getString(1), database);
                }
            }
        }
    }

    /**
     * Quarkus loads this library again for every test profile; each copy must still get the one
     * container of the JVM, not start its own.
     */
    @Test
    void anotherClassLoaderGetsTheSameServer() throws Exception {
        String url = SpinePathContainers.postgres().jdbcUrl();
        URL classes = SpinePathContainers.class.getProtectionDomain().getCodeSource().getLocation();

        Thread thread = Thread.currentThread();
        ClassLoader context = thread.getContextClassLoader();
        try (URLClassLoader profileLoader = new ChildFirstLoader(classes, getClass().getClassLoader())) {
            // Quarkus also makes its loader the context class loader of the test thread.
            thread.setContextClassLoader(profileLoader);
            Class<?> copy = profileLoader.loadClass(SpinePathContainers.class.getName());
            assertNotSame(SpinePathContainers.class, copy);
            Object endpoint = copy.getMethod("postgres").invoke(null);
            assertEquals(url, endpoint.getClass().getMethod("jdbcUrl").invoke(endpoint));
        } finally {
            thread.setContextClassLoader(context);
        }
    }

    /** Loads this library's classes itself, like a Quarkus test class loader does. */
    private static final class ChildFirstLoader extends URLClassLoader {

        ChildFirstLoader(URL classes, ClassLoader parent) {
            super(new URL[] { classes }, parent);
        }

        @Override
        protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
            if (!name.startsWith("org.spinepath.testing.")) {
                return super.loadClass(name, resolve);
            }
            synchronized (getClassLoadingLock(name)) {
                Class<?> c = findLoadedClass(name);
                if (c == null) {
                    c = findClass(name);
                }
                if (resolve) {
                    resolveClass(c);
                }
                return c;
            }
        }
    }
}
