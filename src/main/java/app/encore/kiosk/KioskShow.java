package app.encore.kiosk;

import app.encore.forecast.CrowdOdds;
import app.encore.rumor.RumorItem;
import app.encore.show.ShowCard;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** One show as the kiosk shows it: its card, crowd odds, last 30 days of odds and latest rumor. */
public record KioskShow(ShowCard card, CrowdOdds odds, List<Integer> lastThirtyDays, @Nullable RumorItem latestRumor) {
}
