package app.encore.base.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** Rendered first responses shared by every visitor for a few seconds, within a bound. */
class SharedPagesTest {

    private final AtomicLong nanos = new AtomicLong();
    private final AtomicInteger renderings = new AtomicInteger();
    private final SharedPages<String> pages = new SharedPages<>(Duration.ofSeconds(5), 100_000, String::length,
            nanos::get);

    private String render(String key) {
        renderings.incrementAndGet();
        return "x".repeat(1_000);
    }

    @Test
    void a_page_asked_for_many_times_within_the_sharing_time_is_rendered_once() {
        for (int i = 0; i < 500; i++) {
            pages.get("en shows/goblin?{}", this::render);
        }

        assertThat(renderings).hasValue(1);
    }

    @Test
    void a_slow_rendering_holds_up_the_requests_for_its_own_page_and_no_other() throws Exception {
        var requests = Executors.newFixedThreadPool(3);
        var rendering = new CountDownLatch(1);
        var release = new CountDownLatch(1);
        var slow = CompletableFuture.supplyAsync(() -> pages.get("en shows/goblin?{}", key -> {
            rendering.countDown();
            await(release);
            return render(key);
        }), requests);
        assertThat(rendering.await(5, TimeUnit.SECONDS)).isTrue();
        var sameWhileRendering = CompletableFuture.supplyAsync(() -> pages.get("en shows/goblin?{}", this::render),
                requests);

        String other = CompletableFuture.supplyAsync(() -> pages.get("en shows/my-name?{}", this::render), requests)
                .get(5, TimeUnit.SECONDS);

        assertThat(other).hasSize(1_000);
        assertThat(sameWhileRendering).isNotDone();
        release.countDown();
        assertThat(sameWhileRendering.get(5, TimeUnit.SECONDS)).isEqualTo(slow.get(5, TimeUnit.SECONDS));
        assertThat(renderings).as("goblin once, my-name once").hasValue(2);
        requests.shutdownNow();
    }

    @Test
    void a_rendering_that_fails_is_not_shared_and_the_next_request_renders_again() {
        assertThatThrownBy(() -> pages.get("en shows/goblin?{}", key -> {
            throw new IllegalStateException("database down");
        })).isInstanceOf(IllegalStateException.class).hasMessage("database down");

        assertThat(pages.get("en shows/goblin?{}", this::render)).hasSize(1_000);
        assertThat(renderings).hasValue(1);
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Test
    void a_page_is_rendered_again_once_its_sharing_time_is_over() {
        pages.get("en shows/goblin?{}", this::render);
        nanos.addAndGet(Duration.ofSeconds(6).toNanos());
        pages.get("en shows/goblin?{}", this::render);

        assertThat(renderings).hasValue(2);
    }

    @Test
    void endless_variations_of_a_page_never_grow_the_shared_pages_past_their_bound() {
        for (int i = 0; i < 10_000; i++) {
            pages.get("en shows/goblin?{n=[" + i + "]}", this::render);
        }

        assertThat(pages.characters()).isPositive().isLessThanOrEqualTo(100_000);
        assertThat(renderings).hasValue(10_000);
    }
}
