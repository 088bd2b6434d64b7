package app.encore.base;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Secrets every Encore node shares, such as the key that signs fan cookies. Each is created at
 * random the first time it is asked for and stored in the database, so it survives restarts and
 * is the same on every node; when two nodes create one at once, the first one stored wins.
 */
@Component
public class ServerSecrets {

    private static final int BYTES = 32;

    private final JdbcClient jdbc;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();
    private final Map<String, byte[]> cache = new ConcurrentHashMap<>();

    protected ServerSecrets(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** The secret for {@code purpose}: 32 random bytes, the same on every node and after restarts. */
    public byte[] secret(String purpose) {
        return cache.computeIfAbsent(purpose, this::loadOrCreate).clone();
    }

    private byte[] loadOrCreate(String purpose) {
        return load(purpose).orElseGet(() -> {
            byte[] fresh = new byte[BYTES];
            random.nextBytes(fresh);
            try {
                jdbc.sql("INSERT INTO server_secret (name, secret, created_at) VALUES (:name, :secret, :now)")
                        .param("name", purpose)
                        .param("secret", Base64.getEncoder().encodeToString(fresh))
                        .param("now", clock.instant().atOffset(java.time.ZoneOffset.UTC))
                        .update();
                return fresh;
            } catch (DuplicateKeyException anotherNodeWasFirst) {
                return load(purpose).orElseThrow();
            }
        });
    }

    private java.util.Optional<byte[]> load(String purpose) {
        return jdbc.sql("SELECT secret FROM server_secret WHERE name = :name")
                .param("name", purpose)
                .query(String.class)
                .optional()
                .map(Base64.getDecoder()::decode);
    }
}
