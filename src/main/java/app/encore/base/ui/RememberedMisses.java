package app.encore.base.ui;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.vaadin.flow.server.StaticFileHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Vaadin's static file server, remembering the addresses it has no file for.
 * <p>
 * Vaadin asks its static file server about every request before routing it, and for a page
 * address ({@code /shows/goblin}) the answer is always "no such file": but finding that out means
 * searching the application's jar, which cost about a tenth of the CPU of every page view. In
 * production the files cannot change while Encore runs, so a miss is remembered (a bounded number of
 * addresses, so a client inventing addresses only evicts older ones). Files are still served by
 * Vaadin's own server, with its caching headers.
 */
final class RememberedMisses implements StaticFileHandler {

    static final int REMEMBERED = 10_000;

    private final StaticFileHandler files;
    private final transient Cache<String, Boolean> misses = Caffeine.newBuilder()
            .maximumSize(REMEMBERED).executor(Runnable::run).build();

    RememberedMisses(StaticFileHandler files) {
        this.files = files;
    }

    @Override
    public boolean serveStaticResource(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String address = request.getRequestURI();
        if (misses.getIfPresent(address) != null) {
            return false;
        }
        boolean served = files.serveStaticResource(request, response);
        if (!served) {
            misses.put(address, Boolean.TRUE);
        }
        return served;
    }
}
