package app.encore.forecast;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import app.encore.show.OfficialStatus;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class OddsLabelTest {

    @ParameterizedTest(name = "{0} % reads \"{1}\"")
    @CsvSource({
        "0, ESSENTIALLY_OVER", "10, ESSENTIALLY_OVER",
        "11, LONG_SHOT", "29, LONG_SHOT",
        "30, EITHER_WAY", "50, EITHER_WAY", "70, EITHER_WAY",
        "71, SAFE_BET", "89, SAFE_BET",
        "90, SURE_THING", "100, SURE_THING"})
    void each_band_has_its_words(int percent, OddsLabel label) {
        assertThat(OddsLabel.of(percent)).isEqualTo(label);
    }

    @Test
    void the_bands_mirror_each_other_around_fifty() {
        for (int p = 0; p <= 100; p++) {
            OddsLabel label = OddsLabel.of(p);
            OddsLabel mirrored = OddsLabel.of(100 - p);
            assertThat(label.ordinal() + mirrored.ordinal()).as("%d and %d", p, 100 - p).isEqualTo(4);
        }
    }

    @Test
    void an_official_announcement_overrides_the_crowd() {
        CrowdOdds doubtful = new CrowdOdds(10, 5, 0, 20);

        assertThat(OddsLabel.of(doubtful, OfficialStatus.RENEWED)).isEqualTo(OddsLabel.RENEWED);
        assertThat(OddsLabel.of(new CrowdOdds(10, 95, 90, 100), OfficialStatus.CANCELLED))
                .isEqualTo(OddsLabel.NO_MORE_SEASONS);
        assertThat(OddsLabel.of(doubtful, OfficialStatus.UNANNOUNCED)).isEqualTo(OddsLabel.ESSENTIALLY_OVER);
    }

    @Test
    void a_crowd_smaller_than_five_gets_no_word_whatever_its_odds_and_an_announcement_still_does() {
        assertThat(OddsLabel.minimumForecasters()).as("the default of encore.crowd-odds.minimum-forecasters").isEqualTo(5);
        assertThat(OddsLabel.of(new CrowdOdds(1, 85, 85, 85), OfficialStatus.UNANNOUNCED)).isEqualTo(OddsLabel.TOO_FEW);
        assertThat(new CrowdOdds(2, 48, 20, 85).label()).isEqualTo(OddsLabel.TOO_FEW);
        assertThat(new CrowdOdds(4, 95, 90, 100).label()).isEqualTo(OddsLabel.TOO_FEW);
        assertThat(new CrowdOdds(5, 95, 90, 100).label()).isEqualTo(OddsLabel.SURE_THING);
        assertThat(OddsLabel.of(new CrowdOdds(1, 85, 85, 85), OfficialStatus.RENEWED)).isEqualTo(OddsLabel.RENEWED);
    }

    @Test
    void odds_outside_zero_to_one_hundred_have_no_label() {
        assertThatIllegalArgumentException().isThrownBy(() -> OddsLabel.of(-1));
        assertThatIllegalArgumentException().isThrownBy(() -> OddsLabel.of(101));
    }
}
