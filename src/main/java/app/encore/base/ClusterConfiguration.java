package app.encore.base;

import java.time.Duration;
import javax.sql.DataSource;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The cluster channel this node uses: {@code LISTEN/NOTIFY} when the database is PostgreSQL (several
 * nodes may share it), none on the embedded H2 database (one node). {@code encore.cluster.enabled=false}
 * turns it off on PostgreSQL too, for a single node. The rate limits' buckets follow the same choice.
 */
@Configuration(proxyBeanMethods = false)
class ClusterConfiguration {

    @Bean
    ClusterChannel clusterChannel(JdbcClient jdbc, Environment environment,
            @Value("${encore.cluster.enabled:true}") boolean enabled,
            @Value("${encore.cluster.heartbeat:10s}") Duration heartbeat) {
        String url = environment.getProperty("spring.datasource.url", "");
        if (!enabled || !url.startsWith("jdbc:postgresql:")) {
            return new ClusterChannel.SingleNode();
        }
        var channel = new PostgresClusterChannel(jdbc, url, environment.getProperty("spring.datasource.username"),
                environment.getProperty("spring.datasource.password"), heartbeat);
        channel.start();
        return channel;
    }

    /** Shared by every node when they share PostgreSQL; in memory when there is one node. */
    @Bean
    RateLimitBuckets rateLimitBuckets(ClusterChannel channel, DataSource dataSource) {
        return channel instanceof PostgresClusterChannel
                ? new PostgresRateLimitBuckets(dataSource, channel)
                : new LocalRateLimitBuckets();
    }
}
