package app.encore.forecast;

/**
 * The crowd's answer: the recency-weighted median of every fan's latest forecast, the 25–75 % band
 * around it, and how many fans it stands for. Whole percentages.
 */
public record CrowdOdds(int forecasters, int median, int lowerQuartile, int upperQuartile) {

    /** No one has forecast yet. */
    public static final CrowdOdds NONE = new CrowdOdds(0, 0, 0, 0);

    public CrowdOdds {
        if (forecasters < 0) {
            throw new IllegalArgumentException("forecasters < 0");
        }
        if (forecasters > 0 && !(0 <= lowerQuartile && lowerQuartile <= median && median <= upperQuartile
                && upperQuartile <= 100)) {
            throw new IllegalArgumentException("Expected 0 <= lower <= median <= upper <= 100, got "
                    + lowerQuartile + ", " + median + ", " + upperQuartile);
        }
    }

    public boolean hasForecasts() {
        return forecasters > 0;
    }

    /** The label for the median, or {@link OddsLabel#TOO_FEW} below the smallest crowd that gets one. */
    public OddsLabel label() {
        return forecasters < OddsLabel.minimumForecasters() ? OddsLabel.TOO_FEW : OddsLabel.of(median);
    }
}
