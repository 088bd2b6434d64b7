package app.encore.base;

import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Encore's own address as the outside world writes it, for links that leave the page: QR codes,
 * link previews, sitemaps, feeds, embed codes. {@code encore.public-url} when it is set (behind a
 * proxy, set it); else taken from the request.
 */
@Component
public class PublicUrl {

    private final String configured;

    PublicUrl(@Value("${encore.public-url:}") String configured) {
        String url = configured.strip();
        this.configured = url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }

    /**
     * Scheme, host, port (unless the scheme's own) and context path, without a trailing slash.
     * Without a request (a background thread, a test) and nothing configured: the development address.
     */
    public String base(@Nullable HttpServletRequest request) {
        if (!configured.isEmpty()) {
            return configured;
        }
        if (request == null) {
            return "http://localhost:8080";
        }
        String scheme = request.getScheme();
        int port = request.getServerPort();
        boolean usual = (scheme.equals("http") && port == 80) || (scheme.equals("https") && port == 443);
        return scheme + "://" + request.getServerName() + (usual ? "" : ":" + port) + request.getContextPath();
    }

    /** The absolute address of a path of Encore's, such as {@code /shows/goblin}. */
    public String of(HttpServletRequest request, String path) {
        return base(request) + (path.startsWith("/") ? path : "/" + path);
    }
}
