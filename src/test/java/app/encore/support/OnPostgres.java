package app.encore.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;
import org.springframework.test.context.ContextConfiguration;

/**
 * Runs a Spring Boot test class against a fresh PostgreSQL database instead of H2: put it on a
 * subclass of an H2 test to run every one of its tests again on PostgreSQL. See {@link Postgres}.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ExtendWith(OnPostgres.Database.class)
@ContextConfiguration(initializers = OnPostgres.Properties.class)
public @interface OnPostgres {

    /** Creates the database before the class, or skips/fails as {@link Postgres} says. */
    class Database implements BeforeAllCallback {
        @Override
        public void beforeAll(ExtensionContext context) {
            Postgres.ensureDatabase();
        }
    }

    /** Points the application's data source at that database. */
    class Properties implements ApplicationContextInitializer<ConfigurableApplicationContext> {
        @Override
        public void initialize(ConfigurableApplicationContext context) {
            context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("postgres", Postgres.properties()));
        }
    }
}
