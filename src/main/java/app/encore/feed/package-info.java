/**
 * Feeds: Atom feeds of what happens to shows, one per show and one for all, for feed readers and the
 * fan blogs Encore replaces: published rumors with their verdicts and every official announcement
 * (the announcements that renew or end a show are the questions' resolutions). Discoverable from the
 * pages' heads. No public face: it only reads the catalogue and the rumors.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Feeds",
        allowedDependencies = {"base", "base :: ui", "show", "show :: slots", "rumor"})
package app.encore.feed;
