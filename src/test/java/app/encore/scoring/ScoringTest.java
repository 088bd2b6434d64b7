package app.encore.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Scores against examples worked out by hand: a question open for ten days that resolved YES. */
class ScoringTest {

    static final Instant OPENED = Instant.parse("2026-01-01T00:00:00Z");
    static final Instant ANNOUNCED = day(10);
    /** The crowd: 50 % for the first five days, then 70 %. */
    static final List<TimedForecast> CROWD = List.of(at(0, 50), at(5, 70));

    @Test
    void a_forecast_stands_until_the_next_one_and_every_moment_counts() {
        // 60 % for five days, 80 % for five: (5 × 0.4² + 5 × 0.2²) / 10 = 0.10
        var path = List.of(at(0, 60), at(5, 80));

        assertThat(Brier.timeAveraged(path, OPENED, ANNOUNCED, Outcome.YES)).hasValueCloseTo(0.10, within(1e-12));
    }

    @Test
    void a_fan_who_changed_their_mind_five_times_is_scored_on_each_stretch() {
        // 10, 30, 50, 70, 90 % for two days each: 2 × (0.81 + 0.49 + 0.25 + 0.09 + 0.01) / 10 = 0.33
        var path = List.of(at(0, 10), at(2, 30), at(4, 50), at(6, 70), at(8, 90));

        assertThat(Brier.timeAveraged(path, OPENED, ANNOUNCED, Outcome.YES)).hasValueCloseTo(0.33, within(1e-12));
        assertThat(Brier.timeAveraged(path.reversed(), OPENED, ANNOUNCED, Outcome.YES))
                .as("in any order").hasValueCloseTo(0.33, within(1e-12));
    }

    @Test
    void a_forecast_made_at_the_second_of_the_announcement_does_not_count() {
        var path = List.of(at(0, 60), new TimedForecast(ANNOUNCED, 100));

        assertThat(Brier.timeAveraged(path, OPENED, ANNOUNCED, Outcome.YES)).hasValueCloseTo(0.16, within(1e-12));
        assertThat(QuestionScore.of(List.of(new TimedForecast(ANNOUNCED, 100)), CROWD, OPENED, ANNOUNCED, Outcome.YES))
                .as("only a forecast at the announcement: nothing to score").isEmpty();
        assertThat(QuestionScore.of(List.of(new TimedForecast(ANNOUNCED.minusSeconds(1), 100)), CROWD, OPENED,
                ANNOUNCED, Outcome.YES)).as("one second before it counts").isPresent();
    }

    @Test
    void certainty_is_scored_as_99_9_percent_as_metaculus_does() {
        assertThat(Brier.of(100, Outcome.YES)).isCloseTo(0.000001, within(1e-15));
        assertThat(Brier.of(0, Outcome.NO)).isCloseTo(0.000001, within(1e-15));
        assertThat(Brier.of(0, Outcome.YES)).isCloseTo(0.998001, within(1e-12));
        assertThat(Brier.of(50, Outcome.NO)).isEqualTo(0.25);
    }

    @Test
    void the_crowd_is_scored_like_a_fan_on_the_odds_it_showed() {
        // (5 × 0.5² + 5 × 0.3²) / 10 = 0.17
        assertThat(Brier.timeAveraged(CROWD, OPENED, ANNOUNCED, Outcome.YES)).hasValueCloseTo(0.17, within(1e-12));
    }

    @Test
    void a_fan_from_the_first_day_is_compared_with_the_crowd_over_the_whole_question() {
        var score = QuestionScore.of(List.of(at(0, 60), at(5, 80)), CROWD, OPENED, ANNOUNCED, Outcome.YES).orElseThrow();

        assertThat(score.fanBrier()).isCloseTo(0.10, within(1e-12));
        assertThat(score.crowdBrier()).isCloseTo(0.17, within(1e-12));
        assertThat(score.coverage()).isEqualTo(1.0);
        assertThat(score.relative()).as("better than the crowd: negative").isCloseTo(-0.07, within(1e-12));
    }

    @Test
    void a_fan_who_came_on_the_last_day_gains_only_that_days_share() {
        // 90 % on day 9: 0.1² = 0.01 against the crowd's 0.3² = 0.09 that day; one tenth of the life.
        var score = QuestionScore.of(List.of(at(9, 90)), CROWD, OPENED, ANNOUNCED, Outcome.YES).orElseThrow();

        assertThat(score.fanBrier()).isCloseTo(0.01, within(1e-12));
        assertThat(score.crowdBrier()).isCloseTo(0.09, within(1e-12));
        assertThat(score.coverage()).isCloseTo(0.1, within(1e-12));
        assertThat(score.relative()).isCloseTo(-0.008, within(1e-12));

        var early = QuestionScore.of(List.of(at(0, 90)), CROWD, OPENED, ANNOUNCED, Outcome.YES).orElseThrow();
        assertThat(early.relative()).as("the same call all along earns more").isLessThan(score.relative());
    }

    @Test
    void copying_the_crowd_earns_nothing() {
        var score = QuestionScore.of(CROWD, CROWD, OPENED, ANNOUNCED, Outcome.YES).orElseThrow();

        assertThat(score.relative()).isZero();
    }

    @Test
    void the_first_fan_to_vote_is_compared_with_a_crowd_that_knows_nothing_yet() {
        // The crowd's odds are recorded 10 s after the first vote; until then the crowd says 50 %.
        var crowd = List.of(new TimedForecast(OPENED.plusSeconds(10), 70));
        var score = QuestionScore.of(List.of(at(0, 80)), crowd, OPENED, ANNOUNCED, Outcome.YES).orElseThrow();

        double tenSeconds = 10.0 / Duration.ofDays(10).toSeconds();
        assertThat(score.crowdBrier()).isCloseTo(tenSeconds * 0.25 + (1 - tenSeconds) * 0.09, within(1e-12));
        assertThat(score.fanBrier()).isCloseTo(0.04, within(1e-12));
    }

    @Test
    void a_question_that_resolved_no_rewards_low_odds() {
        var score = QuestionScore.of(List.of(at(0, 30)), CROWD, OPENED, ANNOUNCED, Outcome.NO).orElseThrow();

        // Fan: 0.3² = 0.09. Crowd: (5 × 0.5² + 5 × 0.7²) / 10 = 0.37.
        assertThat(score.fanBrier()).isCloseTo(0.09, within(1e-12));
        assertThat(score.crowdBrier()).isCloseTo(0.37, within(1e-12));
        assertThat(score.relative()).isCloseTo(-0.28, within(1e-12));
    }

    @Test
    void the_base_rate_and_fifty_percent_forecasters_score_the_same_every_day() {
        // Three of fifteen comparable shows got a second season: the base-rate forecaster says 20 %.
        assertThat(Brier.constant(0.2, Outcome.YES)).isCloseTo(0.64, within(1e-12));
        assertThat(Brier.constant(0.2, Outcome.NO)).isCloseTo(0.04, within(1e-12));
        assertThat(Brier.constant(0.5, Outcome.YES)).isEqualTo(0.25);
        assertThat(Brier.constant(0.5, Outcome.NO)).isEqualTo(0.25);
    }

    @Test
    void a_fan_with_no_forecast_before_the_announcement_has_no_score() {
        assertThat(QuestionScore.of(List.of(), CROWD, OPENED, ANNOUNCED, Outcome.YES)).isEmpty();
        assertThat(Brier.timeAveraged(List.of(), OPENED, ANNOUNCED, Outcome.YES)).isEmpty();
    }

    private static Instant day(int day) {
        return OPENED.plus(Duration.ofDays(day));
    }

    private static TimedForecast at(int day, int percent) {
        return new TimedForecast(day(day), percent);
    }

    @Test
    void the_crowds_prepared_path_scores_any_period_as_walking_every_point_does() {
        var random = new java.util.Random(7);
        List<TimedForecast> points = new java.util.ArrayList<>();
        for (int i = 0; i < 500; i++) {
            points.add(new TimedForecast(OPENED.plusSeconds(random.nextLong(10 * 86_400L)), random.nextInt(101)));
        }
        var prepared = new CrowdPath(points, ANNOUNCED, Outcome.YES);
        Instant firstPoint = points.stream().map(TimedForecast::at).min(Instant::compareTo).orElseThrow();
        for (int i = 0; i < 50; i++) {
            Instant from = firstPoint.plusSeconds(random.nextLong(java.time.Duration.between(firstPoint, ANNOUNCED).toSeconds()));
            assertThat(prepared.timeAveraged(from))
                    .isCloseTo(Brier.timeAveraged(points, from, ANNOUNCED, Outcome.YES).orElseThrow(), within(1e-9));
        }
    }

    @Test
    void before_its_first_odds_the_crowd_is_scored_as_saying_fifty_percent() {
        // 50 % (0.25) for the first five days, then 70 % (0.09) for five: (5 × 0.25 + 5 × 0.09) / 10 = 0.17
        var prepared = new CrowdPath(List.of(at(5, 70), new TimedForecast(ANNOUNCED, 0)), ANNOUNCED, Outcome.YES);

        assertThat(prepared.timeAveraged(OPENED)).isCloseTo(0.17, within(1e-12));
        assertThat(prepared.hasOddsAt(day(4))).isFalse();
        assertThat(prepared.hasOddsAt(day(5))).isTrue();
    }
}
