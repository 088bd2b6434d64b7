package app.encore.base.ui;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Ticker;
import java.time.Duration;
import java.util.function.Function;
import java.util.function.ToIntFunction;

/**
 * Rendered pages shared by every visitor for a short time, so a storm of page views costs one
 * rendering per page. Bounded by the characters it holds rather than by a number of entries: the
 * key holds the address's query, which any client can vary, so a client that asks for endless
 * variations of a page only evicts older entries and never grows the cache past its bound.
 *
 * @param <P> a rendered page
 */
final class SharedPages<P> {

    private final Cache<String, P> pages;

    SharedPages(Duration sharedFor, long maxCharacters, ToIntFunction<P> characters, Ticker ticker) {
        this.pages = Caffeine.newBuilder()
                .expireAfterWrite(sharedFor)
                .maximumWeight(maxCharacters)
                .weigher((String key, P page) -> key.length() + characters.applyAsInt(page))
                .ticker(ticker)
                // Evict on the caller's thread: the bound holds at once, not after a background task.
                .executor(Runnable::run)
                .build();
    }

    /** The page shared under this key, rendered now if nobody asked for it within the sharing time. */
    P get(String key, Function<String, P> render) {
        return pages.get(key, render);
    }

    /** The characters held now, keys included. */
    long characters() {
        pages.cleanUp();
        return pages.policy().eviction().orElseThrow().weightedSize().orElseThrow();
    }
}
