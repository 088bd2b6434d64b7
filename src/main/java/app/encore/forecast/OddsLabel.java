package app.encore.forecast;

import app.encore.show.OfficialStatus;

/**
 * The crowd's odds in words. The bands mirror each other around 50 %: p and 100 − p always get
 * opposite labels, and 30–70 both read "could go either way". An official status overrides them, and a
 * crowd of fewer than {@link #minimumForecasters()} gets none: "too few forecasters to call".
 */
public enum OddsLabel {
    /** 0–10 % */
    ESSENTIALLY_OVER,
    /** 11–29 % */
    LONG_SHOT,
    /** 30–70 % */
    EITHER_WAY,
    /** 71–89 % */
    SAFE_BET,
    /** 90–100 % */
    SURE_THING,
    /** The network confirmed a second season. */
    RENEWED,
    /** The network said there will be no more seasons. */
    NO_MORE_SEASONS,
    /** Fewer fans than {@link #minimumForecasters()} forecast: their odds are shown, but not called. */
    TOO_FEW;

    /** Set from {@code encore.crowd-odds.minimum-forecasters} when Encore starts (see {@link OddsLabelSettings}). */
    private static volatile int minimumForecasters = OddsLabelSettings.DEFAULT_MINIMUM;

    /** Below this many forecasters a crowd is too small for a word: one fan at 85 % is no "safe bet". */
    public static int minimumForecasters() {
        return minimumForecasters;
    }

    static void minimumForecasters(int minimum) {
        minimumForecasters = Math.max(1, minimum);
    }

    public static OddsLabel of(int percent) {
        if (percent < 0 || percent > 100) {
            throw new IllegalArgumentException("Odds are 0 to 100 %, not " + percent);
        }
        if (percent <= 10) {
            return ESSENTIALLY_OVER;
        }
        if (percent < 30) {
            return LONG_SHOT;
        }
        if (percent <= 70) {
            return EITHER_WAY;
        }
        if (percent < 90) {
            return SAFE_BET;
        }
        return SURE_THING;
    }

    /**
     * The label for a show: the official word if there is one, else the crowd's median, unless the crowd
     * is smaller than {@link #minimumForecasters()}.
     */
    public static OddsLabel of(CrowdOdds odds, OfficialStatus status) {
        return switch (status) {
            case RENEWED -> RENEWED;
            case CANCELLED -> NO_MORE_SEASONS;
            case UNANNOUNCED -> odds.label();
        };
    }
}
