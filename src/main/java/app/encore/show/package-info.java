/**
 * The show catalogue: dramas with their facts, cast, ratings, awards, petitions, sources and the
 * official word on a second season.
 * <p>
 * Public face: {@link app.encore.show.ShowCatalog} (queries), {@link app.encore.show.Show} and its
 * value parts, {@link app.encore.show.OfficialStatus}, {@link app.encore.show.ShowOrdering},
 * {@link app.encore.show.OfficialStatusChanged} and the {@link app.encore.show.OfficialStatusFeed}
 * that brings it to open screens, and the {@code slot} named interface where other features add to
 * the screens. The repository and SQL
 * queries are internal; {@code ui} holds the views.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Shows", allowedDependencies = {"base", "base :: ui", "audit", "staff"})
package app.encore.show;
