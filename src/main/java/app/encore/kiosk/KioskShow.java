package app.encore.kiosk;

import app.encore.forecast.CrowdOdds;
import app.encore.resolution.BaseRates;
import app.encore.rumor.RumorItem;
import app.encore.show.ShowCard;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One show as the kiosk shows it: its card, crowd odds, last 30 days of odds, latest rumor and, while
 * its question is open, how often dramas like it got a second season.
 */
public record KioskShow(ShowCard card, CrowdOdds odds, List<Integer> lastThirtyDays, @Nullable RumorItem latestRumor,
        BaseRates.@Nullable BaseRate baseRate) {
}
