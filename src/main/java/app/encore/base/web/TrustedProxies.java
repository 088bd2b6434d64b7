package app.encore.base.web;

import java.util.Arrays;
import java.util.stream.Collectors;
import org.apache.catalina.valves.RemoteIpValve;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.core.Ordered;

/**
 * Which peers may tell Encore who its clients are. A fan's address decides their per-address limits
 * and their cohort, and a request's scheme decides HSTS and secure cookies, so {@code
 * X-Forwarded-For} and {@code X-Forwarded-Proto} are believed only from the proxies listed in
 * {@code encore.trusted-proxies} (addresses or CIDR ranges, IPv4 or IPv6): from anyone else, as
 * from everyone by default, they are ignored and the connection's own address counts.
 * <p>
 * Spring Boot installs Tomcat's {@link RemoteIpValve} ({@code server.forward-headers-strategy=native})
 * trusting every private address; this narrows it to the list, in the CIDR form the valve matches
 * exactly (a bare address would be read as a regular expression, its dots matching any character).
 */
final class TrustedProxies implements WebServerFactoryCustomizer<TomcatServletWebServerFactory>, Ordered {

    private final String ranges;

    TrustedProxies(String configured) {
        this.ranges = cidr(configured);
    }

    /** {@code 10.0.0.1, ::1, 192.168.0.0/16} as {@code 10.0.0.1/32,::1/128,192.168.0.0/16}; blank as none. */
    static String cidr(String configured) {
        return Arrays.stream(configured == null ? new String[0] : configured.split("[,\\s]+"))
                .map(String::strip)
                .filter(entry -> !entry.isEmpty())
                .map(entry -> entry.contains("/") ? entry : entry + (entry.contains(":") ? "/128" : "/32"))
                .collect(Collectors.joining(","));
    }

    @Override
    public void customize(TomcatServletWebServerFactory factory) {
        for (var valve : factory.getEngineValves()) {
            if (valve instanceof RemoteIpValve remoteIp) {
                // Empty: no proxy is trusted, the headers are ignored.
                remoteIp.setInternalProxies(ranges);
                remoteIp.setTrustedProxies(null);
            }
        }
    }

    /** After Spring Boot's own customizer has added the valve. */
    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }
}
