/**
 * Resolutions: when a network announces, a show's question resolves, every fan's forecasts are
 * scored against the outcome and the crowd, and the crowd's own record is kept. Also the base rates
 * shown beside the crowd odds.
 * <p>
 * A resolution follows the official status: {@link app.encore.show.OfficialStatusChanged} to
 * {@code RENEWED} or {@code CANCELLED} resolves the question as of the announcement time, in the same
 * transaction; a withdrawn or replaced status annuls it. Nothing is deleted: an annulled resolution
 * and its scores stay, beside their annulment, and no longer count.
 * <p>
 * Public face: {@link app.encore.resolution.Resolutions} (a question's resolution and a fan's
 * scores), {@link app.encore.resolution.Leaderboard}, {@link app.encore.resolution.CrowdRecord},
 * {@link app.encore.resolution.BaseRates} and their records. {@code ui} adds the outcome and base
 * rates to the show page, and the leaderboard, track record and crowd's record pages.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Resolutions and scores",
        allowedDependencies = {"base", "base :: ui", "show", "show :: slots", "forecast", "fan", "fan :: ui",
                "scoring", "audit", "staff"})
package app.encore.resolution;
