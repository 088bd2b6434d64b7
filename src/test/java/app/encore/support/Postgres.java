package app.encore.support;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;

/**
 * A fresh PostgreSQL database for tests that prove our SQL and mapping are portable. It uses the
 * server at {@code ENCORE_TEST_PG} (default 127.0.0.1:5432, user postgres, trust auth). Without a
 * server, the tests fail under CI ({@code CI=true}) and are skipped, saying so, elsewhere.
 */
public final class Postgres {

    static final String SERVER = System.getenv().getOrDefault("ENCORE_TEST_PG", "//127.0.0.1:5432");
    static final String USER = System.getenv().getOrDefault("ENCORE_TEST_PG_USER", "postgres");
    static final String DATABASE = "encore_test";

    private static boolean created;

    private Postgres() {
    }

    /** Creates the test database once per test run, dropping what an earlier run left behind. */
    public static synchronized void ensureDatabase() {
        if (created) {
            return;
        }
        try (Connection admin = DriverManager.getConnection("jdbc:postgresql:" + SERVER + "/postgres", USER, "");
                Statement statement = admin.createStatement()) {
            statement.execute("DROP DATABASE IF EXISTS " + DATABASE + " WITH (FORCE)");
            statement.execute("CREATE DATABASE " + DATABASE);
            created = true;
        } catch (SQLException e) {
            String message = "PostgreSQL not reachable at " + SERVER + " as " + USER + " (" + e.getMessage() + ")";
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                throw new IllegalStateException(message + ": PostgreSQL tests cannot be skipped in CI", e);
            }
            String skip = message + ": skipping PostgreSQL test on this machine";
            System.err.println("SKIPPED: " + skip);
            Assumptions.abort(skip);
        }
    }

    /**
     * A new, empty database of its own, for tests that start Encore processes on it (dropped first if
     * an earlier run left it); fails under CI, and skips elsewhere, without a server.
     *
     * @return its JDBC address
     */
    public static String freshDatabase(String name) {
        ensureDatabase();
        try (Connection admin = DriverManager.getConnection("jdbc:postgresql:" + SERVER + "/postgres", USER, "");
                Statement statement = admin.createStatement()) {
            statement.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
            statement.execute("CREATE DATABASE " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not create the database " + name, e);
        }
        return "jdbc:postgresql:" + SERVER + "/" + name;
    }

    public static String user() {
        return USER;
    }

    public static Map<String, Object> properties() {
        return Map.of("spring.datasource.url", "jdbc:postgresql:" + SERVER + "/" + DATABASE,
                "spring.datasource.username", USER,
                "spring.datasource.password", "");
    }
}
