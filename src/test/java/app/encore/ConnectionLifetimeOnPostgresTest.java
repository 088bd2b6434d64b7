package app.encore;

import static org.assertj.core.api.Assertions.assertThat;

import app.encore.support.Postgres;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** {@link ConnectionLifetime} on a PostgreSQL database of its own. */
class ConnectionLifetimeOnPostgresTest extends ConnectionLifetime {

    @DynamicPropertySource
    static void aPostgresDatabaseOfItsOwn(DynamicPropertyRegistry registry) {
        String url = Postgres.freshDatabase("encore_lifetime");
        registry.add("spring.datasource.url", () -> url);
        registry.add("spring.datasource.username", Postgres::user);
        registry.add("spring.datasource.password", () -> "");
    }

    @BeforeEach
    void runsOnPostgres() {
        assertThat(isPostgres()).as("the pool's database is PostgreSQL").isTrue();
    }
}
