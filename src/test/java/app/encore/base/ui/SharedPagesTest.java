package app.encore.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
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
