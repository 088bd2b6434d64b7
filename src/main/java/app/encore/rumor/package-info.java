/**
 * Rumors: claims about a show's future with their sources, submitted by fans, published or
 * rejected by moderators, judged with a verdict, and reported back to the queue by fans.
 * <p>
 * Public face: {@link app.encore.rumor.Rumors} (fans), {@link app.encore.rumor.Moderation}
 * (moderators), the records and enums they use, and {@link app.encore.rumor.RumorPublished}.
 * {@code ui} adds the rumors section to the show page and the moderation desk.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Rumors",
        allowedDependencies = {"base", "base :: ui", "show", "show :: slots", "fan", "fan :: ui", "audit", "staff"})
package app.encore.rumor;
