/**
 * Forecasts: each fan's odds that a show gets a second season, their history, and the crowd's odds
 * built from them, live.
 * <p>
 * Public face: {@link app.encore.forecast.Forecasting} (vote; saved durably, in grouped commits),
 * {@link app.encore.forecast.CrowdOddsService} (read the crowd's odds, their history and spread), {@link app.encore.forecast.CrowdOddsFeed}
 * (live updates), the records {@link app.encore.forecast.CrowdOdds}, {@link app.encore.forecast.MyForecast},
 * {@link app.encore.forecast.CrowdOddsPoint} and the event {@link app.encore.forecast.ForecastMade}.
 * {@code ui} adds the crowd-odds section to the show page and a line to each show card.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Forecasts",
        allowedDependencies = {"base", "base :: ui", "show", "show :: slots", "fan", "fan :: ui", "rumor", "audit", "staff"})
package app.encore.forecast;
