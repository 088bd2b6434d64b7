/**
 * Fans: anonymous people who vote, known by a random id in a long-lived, signed, HttpOnly cookie,
 * with an optional display name.
 * <p>
 * Public face: {@link app.encore.fan.FanId}, {@link app.encore.fan.Fans}; {@code ui} (named
 * interface) finds the fan of the current browser session.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Fans", allowedDependencies = {"base", "base :: ui"})
package app.encore.fan;
