package app.encore.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class CalibrationTest {

    static final Instant OPENED = Instant.parse("2026-01-01T00:00:00Z");

    @Test
    void forecasts_are_binned_by_how_long_they_stood_and_every_question_weighs_one() {
        // Q1 (10 days, YES): 70 % all along. Q2 (4 days, NO): 70 % for 2 days, then 20 %.
        var q1 = new Calibration.Question(List.of(at(0, 70)), OPENED, day(10), Outcome.YES);
        var q2 = new Calibration.Question(List.of(at(0, 75), at(2, 20)), OPENED, day(4), Outcome.NO);

        List<Calibration.Bin> bins = Calibration.of(List.of(q1, q2));

        assertThat(bins).hasSize(10);
        Calibration.Bin seventies = bins.get(7);
        assertThat(seventies.from()).isEqualTo(70);
        assertThat(seventies.to()).isEqualTo(79);
        assertThat(seventies.weight()).isCloseTo(1.5, within(1e-12));
        assertThat(seventies.forecast()).as("(1 × 0.70 + 0.5 × 0.75) / 1.5").isCloseTo(0.716667, within(1e-6));
        assertThat(seventies.observed()).as("1 of 1.5").isCloseTo(2.0 / 3, within(1e-12));
        Calibration.Bin twenties = bins.get(2);
        assertThat(twenties.weight()).isCloseTo(0.5, within(1e-12));
        assertThat(twenties.observed()).isZero();
        assertThat(bins.get(5).isEmpty()).isTrue();
        assertThat(bins.get(9).to()).isEqualTo(100);
    }

    @Test
    void the_band_is_a_95_percent_wilson_interval_wide_for_few_questions_and_narrow_for_many() {
        // Worked by hand: p = 0.5, n = 4, z = 1.96 → centre 0.5, spread 1.96 × √(0.0625 + 0.0600) / 1.9604.
        double[] four = Calibration.wilson(0.5, 4);
        assertThat(four[0]).isCloseTo(0.1500, within(1e-3));
        assertThat(four[1]).isCloseTo(0.8500, within(1e-3));
        double[] hundred = Calibration.wilson(0.5, 100);
        assertThat(hundred[1] - hundred[0]).isLessThan(four[1] - four[0]).isCloseTo(0.19, within(0.01));
        assertThat(Calibration.wilson(1.0, 2)[1]).isEqualTo(1.0);
    }

    @Test
    void a_forecast_of_one_hundred_percent_falls_in_the_last_bin_and_one_after_the_announcement_nowhere() {
        var question = new Calibration.Question(List.of(at(0, 100), at(3, 10)), OPENED, day(3), Outcome.YES);

        List<Calibration.Bin> bins = Calibration.of(List.of(question));

        assertThat(bins.get(9).weight()).isCloseTo(1.0, within(1e-12));
        assertThat(bins.get(1).isEmpty()).isTrue();
    }

    private static Instant day(int day) {
        return OPENED.plus(Duration.ofDays(day));
    }

    private static TimedForecast at(int day, int percent) {
        return new TimedForecast(day(day), percent);
    }
}
