package app.encore.support;

import org.apache.catalina.Container;
import org.apache.catalina.Context;
import org.springframework.boot.tomcat.TomcatWebServer;
import org.springframework.boot.web.server.servlet.context.ServletWebServerApplicationContext;
import org.springframework.context.ApplicationContext;

/** The HTTP sessions the embedded Tomcat of a test's application holds right now. */
public final class LiveSessions {

    private LiveSessions() {
    }

    public static int count(ApplicationContext spring) {
        return context(spring).getManager().getActiveSessions();
    }

    /** How long (seconds) each live session may stay idle. */
    public static java.util.List<Integer> idleTimeouts(ApplicationContext spring) {
        return java.util.Arrays.stream(context(spring).getManager().findSessions())
                .map(org.apache.catalina.Session::getMaxInactiveInterval).toList();
    }

    private static Context context(ApplicationContext spring) {
        var server = (TomcatWebServer) ((ServletWebServerApplicationContext) spring).getWebServer();
        for (Container child : server.getTomcat().getHost().findChildren()) {
            if (child instanceof Context context) {
                return context;
            }
        }
        throw new IllegalStateException("No web application context in Tomcat");
    }
}
