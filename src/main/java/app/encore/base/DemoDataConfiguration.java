package app.encore.base;

import java.util.Arrays;
import java.util.stream.Stream;
import org.flywaydb.core.api.Location;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.flyway.autoconfigure.FlywayConfigurationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Adds the demo catalogue's migrations ({@code db/demo}) to Flyway's schema migrations while
 * {@code encore.demo-data} is true (the default). Demo versions sit between schema versions
 * (V1 schema, V1_1 demo rows), so each demo step runs right after the schema it needs.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnBooleanProperty(name = "encore.demo-data", matchIfMissing = true)
class DemoDataConfiguration {

    static final String DEMO_LOCATION = "classpath:db/demo";

    @Bean
    FlywayConfigurationCustomizer demoDataLocation() {
        return configuration -> configuration.locations(Stream.concat(
                        Arrays.stream(configuration.getLocations()).map(Location::getDescriptor),
                        Stream.of(DEMO_LOCATION))
                .toArray(String[]::new));
    }
}
