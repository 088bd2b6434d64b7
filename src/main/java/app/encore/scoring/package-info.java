/**
 * Scoring: how good a forecast was once the network has announced. Pure arithmetic over forecast
 * paths, with no storage and no screens yet: resolutions, the leaderboard and the crowd's record
 * build on it.
 * <p>
 * Public face: {@link app.encore.scoring.Brier} (time-averaged Brier scores, clamped as Metaculus
 * does), {@link app.encore.scoring.QuestionScore} (a fan's score on one question, against the crowd),
 * {@link app.encore.scoring.Calibration} (observed frequency per forecast bin, with its band),
 * and the values {@link app.encore.scoring.TimedForecast} and {@link app.encore.scoring.Outcome}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Scoring", allowedDependencies = {})
package app.encore.scoring;
