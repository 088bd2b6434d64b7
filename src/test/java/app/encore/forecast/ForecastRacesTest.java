package app.encore.forecast;

import static org.assertj.core.api.Assertions.assertThat;

import app.encore.fan.FanId;
import app.encore.support.TestShows;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * What the database alone guarantees when the per-node lock cannot help (two nodes, one fan):
 * concurrent saves straight into the store either win or lose cleanly, and never leave two rows.
 */
@ExtendWith(TestShows.class)
@SpringBootTest
class ForecastRacesTest {

    @Autowired
    ForecastStore store;

    @Autowired
    JdbcClient jdbc;

    @Test
    void votes_that_arrive_together_share_commits_and_every_one_is_saved_and_in_the_history() throws Exception {
        long show = TestShows.open(jdbc).id();
        List<FanId> fans = java.util.stream.Stream.generate(FanId::random).limit(200).toList();
        long commitsBefore = store.commits();
        ExecutorService pool = Executors.newFixedThreadPool(32);
        try {
            List<Callable<Void>> saves = new ArrayList<>();
            for (int i = 0; i < fans.size(); i++) {
                FanId fan = fans.get(i);
                int probability = i % 101;
                saves.add(() -> {
                    store.save(show, fan, probability, Instant.now(), null, false);
                    return null;
                });
            }
            for (Future<Void> saved : pool.invokeAll(saves)) {
                saved.get();
            }
        } finally {
            pool.shutdown();
        }

        assertThat(jdbc.sql("SELECT COUNT(*) FROM forecast WHERE show_id = :show").param("show", show)
                .query(Integer.class).single()).isEqualTo(200);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM forecast_history WHERE show_id = :show").param("show", show)
                .query(Integer.class).single()).isEqualTo(200);
        assertThat(store.commits() - commitsBefore).as("commits for 200 votes from 32 threads").isLessThan(200);
    }

    @Test
    void a_fans_second_vote_updates_the_forecast_the_first_one_made_and_its_version() throws Exception {
        long show = TestShows.open(jdbc).id();
        FanId fan = FanId.random();

        store.save(show, fan, 10, Instant.now(), null, false);
        store.save(show, fan, 90, Instant.now(), null, false);

        assertThat(jdbc.sql("SELECT probability, version FROM forecast WHERE show_id = :show AND fan_id = :fan")
                .param("show", show).param("fan", fan.value())
                .query((rs, n) -> rs.getInt(1) + "/" + rs.getInt(2)).single()).isEqualTo("90/1");
    }

    @Test
    void racing_first_votes_of_one_fan_leave_one_forecast_and_only_clean_losers() throws Exception {
        long show = TestShows.open(jdbc).id();
        FanId fan = FanId.random();
        List<Callable<String>> saves = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            int probability = i;
            saves.add(() -> {
                try {
                    store.save(show, fan, probability, Instant.now(), null, false);
                    return "saved";
                } catch (DataIntegrityViolationException | OptimisticLockingFailureException lost) {
                    return "lost";
                }
            });
        }
        ExecutorService pool = Executors.newFixedThreadPool(16);
        List<String> outcomes = new ArrayList<>();
        try {
            for (Future<String> f : pool.invokeAll(saves)) {
                outcomes.add(f.get());
            }
        } finally {
            pool.shutdown();
        }

        assertThat(outcomes).contains("saved");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM forecast WHERE fan_id = :fan").param("fan", fan.value())
                .query(Integer.class).single()).isEqualTo(1);
        long saved = outcomes.stream().filter("saved"::equals).count();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM forecast_history WHERE fan_id = :fan").param("fan", fan.value())
                .query(Integer.class).single()).isEqualTo((int) saved);
    }
}
