/**
 * A fan's own page ({@code /me}): their display name, their forecasts and rumors, and everything
 * Encore holds about them as a download.
 * <p>
 * Public face: {@link app.encore.me.FanData}. {@code ui} is the page.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "The fan's own page",
        allowedDependencies = {"base", "base :: ui", "show", "fan", "fan :: ui", "forecast", "rumor"})
package app.encore.me;
