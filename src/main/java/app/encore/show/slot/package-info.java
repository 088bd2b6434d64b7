/**
 * Places on the catalogue's screens that other features fill: a section of the show page, a line
 * on each show card. A feature provides a Spring bean implementing one of these interfaces; the
 * catalogue never needs to know that feature.
 */
@org.springframework.modulith.NamedInterface("slots")
package app.encore.show.slot;
