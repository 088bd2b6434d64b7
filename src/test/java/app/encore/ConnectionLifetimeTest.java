package app.encore;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** {@link ConnectionLifetime} on an H2 file database of its own, as a fresh install starts. */
class ConnectionLifetimeTest extends ConnectionLifetime {

    @DynamicPropertySource
    static void anH2DatabaseOfItsOwn(DynamicPropertyRegistry registry) {
        try {
            var folder = Files.createTempDirectory("encore-lifetime");
            registry.add("spring.datasource.url", () -> "jdbc:h2:file:" + folder.resolve("encore") + ";DB_CLOSE_ON_EXIT=FALSE");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
