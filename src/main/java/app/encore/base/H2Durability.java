package app.encore.base;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.stereotype.Component;

/**
 * What Encore confirms to a user survives a crash. H2 keeps a commit in memory for up to half a
 * second before it writes it to the file (its {@code WRITE_DELAY}), so killing the JVM ({@code kill
 * -9}, an out-of-memory kill) lost the votes and decisions of that last moment, though every fan had
 * been told "You said 80 %". With a write delay of 0 each commit reaches the file (the operating
 * system's cache, which outlives the process) before the statement returns. The setting is stored in
 * the database itself, so it holds whatever JDBC URL an operator configures. PostgreSQL commits
 * durably by default and is left alone.
 */
@Component
class H2Durability implements InitializingBean {

    private static final Logger log = LoggerFactory.getLogger(H2Durability.class);

    private final DataSource dataSource;

    H2Durability(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public void afterPropertiesSet() throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            if ("H2".equals(connection.getMetaData().getDatabaseProductName())) {
                try (Statement statement = connection.createStatement()) {
                    statement.execute("SET WRITE_DELAY 0");
                }
                log.debug("H2 writes every commit to its file before confirming it");
            }
        }
    }
}
