package app.encore.resolution;

import app.encore.fan.FanId;
import app.encore.fan.Fans;
import app.encore.show.OfficialStatus;
import app.encore.show.ShowAdministration;
import app.encore.support.SignedIn;
import app.encore.support.TestShows;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcOperations;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * What resolving costs ({@code bench/resolution.sh}): questions with 1,000 and 10,000 fans, each
 * changing their mind three times over 60 days, resolved by an admin (read the history, replay the
 * crowd, score every fan, store it all, in one transaction); then the leaderboard over every scored
 * fan and the crowd's record over every resolved question, computed afresh. Prints the times; asserts
 * nothing. Runs on H2, and on PostgreSQL in {@link ResolutionOnPostgresBenchmark}.
 */
@ExtendWith(TestShows.class)
@SpringBootTest
class ResolutionBenchmark {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    NamedParameterJdbcOperations batch;

    @Autowired
    JdbcTemplate template;

    @Autowired
    ShowAdministration administration;

    @Autowired
    Leaderboard leaderboard;

    @Autowired
    CrowdRecord record;

    @Autowired
    Fans fans;

    @Test
    void print_what_resolving_scoring_and_ranking_cost() {
        String database = template.execute(
                (ConnectionCallback<String>) connection -> connection.getMetaData().getDatabaseProductName());
        System.out.println("BENCH resolution on " + database + " (median of 3 questions each)");
        List<FanId> named = new ArrayList<>();
        for (int i = 0; i < 2_000; i++) {
            FanId fan = FanId.random();
            fans.setDisplayName(fan, "Fan " + i);
            named.add(fan);
        }
        for (int size : List.of(1_000, 10_000)) {
            long[] millis = new long[3];
            for (int question = 0; question < 3; question++) {
                TestShows.Created show = TestShows.open(jdbc);
                write(show, size, named, new Random(size * 31L + question));
                Instant announced = Instant.now().minus(Duration.ofHours(1));
                long start = System.nanoTime();
                SignedIn.asAdmin(() -> administration.setOfficialStatus(show.id(), OfficialStatus.RENEWED,
                        "Benchmark", "https://network.example", announced));
                millis[question] = (System.nanoTime() - start) / 1_000_000;
            }
            java.util.Arrays.sort(millis);
            System.out.printf("BENCH   resolve a question with %,6d fans (%,7d forecasts): %,6d ms%n", size, size * 3,
                    millis[1]);
        }
        long start = System.nanoTime();
        Leaderboard.Standings standings = leaderboard.standings();
        System.out.printf("BENCH   leaderboard over every scored fan (%,d ranked): %,6d ms%n", standings.ranked().size(),
                (System.nanoTime() - start) / 1_000_000);
        start = System.nanoTime();
        leaderboard.standings();
        System.out.printf("BENCH   leaderboard again (kept for a minute): %,6d µs%n", (System.nanoTime() - start) / 1_000);
        record.on(new app.encore.show.OfficialStatusCommitted(0));
        start = System.nanoTime();
        CrowdRecord.Summary summary = record.summary();
        System.out.printf("BENCH   crowd's record over %d resolved questions with calibration: %,6d ms%n",
                summary.scored(), (System.nanoTime() - start) / 1_000_000);
        start = System.nanoTime();
        record.summary();
        System.out.printf("BENCH   crowd's record again (kept for 5 minutes): %,6d µs%n", (System.nanoTime() - start) / 1_000);
    }

    /** Each fan forecasts three times over 60 days, the first 2,000 of them with display names. */
    private void write(TestShows.Created show, int size, List<FanId> named, Random random) {
        Instant opened = Instant.now().minus(Duration.ofDays(61)).truncatedTo(ChronoUnit.SECONDS);
        List<SqlParameterSource> rows = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            FanId fan = i < named.size() ? named.get(i) : FanId.random();
            for (int change = 0; change < 3; change++) {
                rows.add(new MapSqlParameterSource().addValue("show", show.id()).addValue("fan", fan.value())
                        .addValue("p", random.nextInt(101))
                        .addValue("at", opened.plusSeconds(random.nextLong(60L * 86_400)).atOffset(ZoneOffset.UTC)));
            }
        }
        batch.batchUpdate("INSERT INTO forecast_history (show_id, fan_id, probability, made_at) VALUES (:show, :fan, :p, :at)",
                rows.toArray(SqlParameterSource[]::new));
    }
}
