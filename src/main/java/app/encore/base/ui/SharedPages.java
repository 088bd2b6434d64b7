package app.encore.base.ui;

import com.github.benmanes.caffeine.cache.AsyncCache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Ticker;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Function;
import java.util.function.ToIntFunction;

/**
 * Rendered pages shared by every visitor for a short time, so a storm of page views costs one
 * rendering per page. Bounded by the characters it holds rather than by a number of entries: the
 * key holds the address's query, which any client can vary, so a client that asks for endless
 * variations of a page only evicts older entries and never grows the cache past its bound.
 * <p>
 * A page is rendered by the first request that needs it, outside any lock of the cache: the others
 * asking for the same page meanwhile wait for that rendering, and requests for other pages never do.
 *
 * @param <P> a rendered page
 */
final class SharedPages<P> {

    private final AsyncCache<String, P> pages;

    SharedPages(Duration sharedFor, long maxCharacters, ToIntFunction<P> characters, Ticker ticker) {
        this.pages = Caffeine.newBuilder()
                .expireAfterWrite(sharedFor)
                .maximumWeight(maxCharacters)
                .weigher((String key, P page) -> key.length() + characters.applyAsInt(page))
                .ticker(ticker)
                // Evict on the caller's thread: the bound holds at once, not after a background task.
                .executor(Runnable::run)
                .buildAsync();
    }

    /** The page shared under this key, rendered now if nobody asked for it within the sharing time. */
    P get(String key, Function<String, P> render) {
        var mine = new CompletableFuture<P>();
        CompletableFuture<P> shared = pages.asMap().putIfAbsent(key, mine);
        if (shared != null) {
            try {
                return shared.join();
            } catch (CompletionException failed) {
                throw failed.getCause() instanceof RuntimeException cause ? cause : failed;
            }
        }
        try {
            P page = render.apply(key);
            mine.complete(page);
            return page;
        } catch (RuntimeException | Error e) {
            // Nothing is shared from a rendering that failed: the next request tries again.
            pages.asMap().remove(key, mine);
            mine.completeExceptionally(e);
            throw e;
        }
    }

    /** The characters held now, keys included. */
    long characters() {
        pages.synchronous().cleanUp();
        return pages.synchronous().policy().eviction().orElseThrow().weightedSize().orElseThrow();
    }
}
