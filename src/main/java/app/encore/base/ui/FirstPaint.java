package app.encore.base.ui;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.jsoup.nodes.Element;

/**
 * What a public page looks like before any JavaScript runs: the content, title, description, head
 * and HTTP status of the page's first response. A feature provides one as a Spring bean for the
 * addresses of its views. The response is the same for every visitor of an address (it is shared
 * for a few seconds), so it never holds anything personal; the live view replaces it as soon as the
 * browser has started Encore.
 */
public interface FirstPaint {

    /**
     * The class of an empty element that keeps the place of what only the live page shows (a form,
     * say), so the page does not jump when the live page replaces the first response. Without
     * JavaScript such places are removed.
     */
    String LIVE_PLACEHOLDER = "live-placeholder";

    /** The page at this address, or nothing if this provider does not know the address. */
    Optional<Page> page(Address address, Texts texts);

    /**
     * The address asked for.
     *
     * @param base Encore's public address, e.g. {@code https://encore.example}, for absolute links
     * @param path the address without the leading slash, e.g. {@code shows/goblin}
     * @param query the query parameters
     */
    record Address(String base, String path, Map<String, List<String>> query) {

        /** The absolute address of one of Encore's paths ({@code /shows/goblin}). */
        public String absolute(String path) {
            return base + (path.startsWith("/") ? path : "/" + path);
        }
    }

    /**
     * @param status the HTTP status, e.g. 404 for a show nobody knows
     * @param title the document title, as the view's own title would be
     * @param content what goes inside the page's {@code <main>}; nothing for a page that only
     *        exists live (the kiosk)
     * @param head what the page adds to the document's head: link previews, feeds, structured data
     */
    record Page(int status, String title, @Nullable String description, @Nullable Element content,
            List<Element> head) {

        public Page(int status, String title, @Nullable String description, Element content) {
            this(status, title, description, content, List.of());
        }
    }
}
