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
    void racing_first_votes_of_one_fan_leave_one_forecast_and_only_clean_losers() throws Exception {
        long show = TestShows.open(jdbc).id();
        FanId fan = FanId.random();
        List<Callable<String>> saves = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            int probability = i;
            saves.add(() -> {
                try {
                    store.save(show, fan, probability, Instant.now());
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
