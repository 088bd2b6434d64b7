package app.encore.show;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * Everything staff edit about a show, as typed into the form or read from a catalogue file, before
 * it is checked ({@link ShowRules}): text may be blank, links malformed, numbers out of range.
 * The official status is not here: it changes through {@link ShowAdministration}, which resolves
 * the show's question.
 */
public record ShowFacts(@Nullable String slug, @Nullable String title, @Nullable String nativeTitle,
        @Nullable String network, @Nullable String studio, @Nullable LocalDate firstAired, @Nullable LocalDate lastAired,
        @Nullable Integer episodes, @Nullable String synopsis, List<String> platforms, List<CastEntry> cast,
        List<RatingEntry> ratings, List<AwardEntry> awards, List<PetitionEntry> petitions, List<SourceEntry> sources) {

    public ShowFacts {
        // Rows left blank are no rows.
        platforms = platforms == null ? List.of()
                : platforms.stream().map(ShowFacts::clean).filter(Objects::nonNull).toList();
        cast = cast == null ? List.of()
                : cast.stream().filter(c -> c.actor() != null || c.role() != null).toList();
        ratings = ratings == null ? List.of()
                : ratings.stream().filter(r -> r.agency() != null || r.measure() != null || r.percent() != null).toList();
        awards = awards == null ? List.of()
                : awards.stream().filter(a -> a.name() != null || a.presenter() != null || a.year() != null).toList();
        petitions = petitions == null ? List.of() : petitions.stream()
                .filter(p -> p.description() != null || p.site() != null || p.url() != null || p.signatures() != null)
                .toList();
        sources = sources == null ? List.of() : sources.stream()
                .filter(s -> s.title() != null || s.publisher() != null || s.url() != null || s.publishedOn() != null
                        || s.quote() != null)
                .toList();
        slug = clean(slug);
        title = clean(title);
        nativeTitle = clean(nativeTitle);
        network = clean(network);
        studio = clean(studio);
        synopsis = clean(synopsis);
    }

    public record CastEntry(@Nullable String actor, @Nullable String role) {
        public CastEntry {
            actor = clean(actor);
            role = clean(role);
        }
    }

    public record RatingEntry(@Nullable String agency, @Nullable String measure, @Nullable BigDecimal percent) {
        public RatingEntry {
            agency = clean(agency);
            measure = clean(measure);
            percent = percent == null ? null : percent.stripTrailingZeros();
        }
    }

    public record AwardEntry(@Nullable String name, @Nullable String presenter, @Nullable Integer year) {
        public AwardEntry {
            name = clean(name);
            presenter = clean(presenter);
        }
    }

    public record PetitionEntry(@Nullable String description, @Nullable String site, @Nullable String url,
            @Nullable Integer signatures) {
        public PetitionEntry {
            description = clean(description);
            site = clean(site);
            url = clean(url);
        }
    }

    /** A source with the groups it supports and the words in it that state them ({@code quote}). */
    public record SourceEntry(@Nullable String title, @Nullable String publisher, @Nullable String url,
            @Nullable LocalDate publishedOn, Set<FactGroup> covers, @Nullable String quote) {
        public SourceEntry {
            title = clean(title);
            publisher = clean(publisher);
            url = clean(url);
            covers = covers == null || covers.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(covers));
            quote = clean(quote);
        }

        public SourceEntry(@Nullable String title, @Nullable String publisher, @Nullable String url,
                @Nullable LocalDate publishedOn, Set<FactGroup> covers) {
            this(title, publisher, url, publishedOn, covers, null);
        }
    }

    /** Nothing typed yet: a new show's form. */
    public static ShowFacts empty() {
        return new ShowFacts(null, null, null, null, null, null, null, null, null, List.of(), List.of(), List.of(),
                List.of(), List.of(), List.of());
    }

    /** What the show holds now. A source recorded before fact groups existed supports every group. */
    public static ShowFacts of(Show show) {
        return new ShowFacts(show.slug(), show.title(), show.nativeTitle(), show.network(), show.studio(),
                show.firstAired(), show.lastAired(), show.episodeCount(), show.synopsis(),
                show.platforms().stream().map(Platform::name).toList(),
                show.cast().stream().map(c -> new CastEntry(c.actor(), c.role())).toList(),
                show.ratings().stream().map(r -> new RatingEntry(r.agency(), r.measure(), r.percent())).toList(),
                show.awards().stream().map(a -> new AwardEntry(a.name(), a.presenter(), a.year())).toList(),
                show.petitions().stream().map(p -> new PetitionEntry(p.description(), p.site(), p.url(),
                        p.signatureCount())).toList(),
                show.sources().stream().map(s -> new SourceEntry(s.title(), s.publisher(), s.url(), s.publishedOn(),
                        s.groups().isEmpty() ? EnumSet.allOf(FactGroup.class) : s.groups(), s.quote())).toList());
    }

    /** The groups that hold at least one fact, each of which needs a source to be published. */
    public Set<FactGroup> filledGroups() {
        Set<FactGroup> filled = EnumSet.noneOf(FactGroup.class);
        if (title != null || nativeTitle != null) {
            filled.add(FactGroup.TITLES);
        }
        if (network != null || studio != null || firstAired != null || lastAired != null || episodes != null
                || !platforms.isEmpty()) {
            filled.add(FactGroup.BROADCAST);
        }
        if (synopsis != null) {
            filled.add(FactGroup.SYNOPSIS);
        }
        if (!cast.isEmpty()) {
            filled.add(FactGroup.CAST);
        }
        if (!ratings.isEmpty()) {
            filled.add(FactGroup.RATINGS);
        }
        if (!awards.isEmpty()) {
            filled.add(FactGroup.AWARDS);
        }
        if (!petitions.isEmpty()) {
            filled.add(FactGroup.PETITIONS);
        }
        return filled;
    }

    /** One changed field, as text a person reads in the revision history. */
    public record FieldChange(String field, @Nullable String from, @Nullable String to) {
    }

    /** What differs from {@code before}, field by field (a list counts as one field), in form order. */
    public List<FieldChange> changesFrom(ShowFacts before) {
        Map<String, String> was = before.asText();
        Map<String, String> now = asText();
        List<FieldChange> changes = new ArrayList<>();
        now.forEach((field, value) -> {
            if (!Objects.equals(was.get(field), value)) {
                changes.add(new FieldChange(field, was.get(field), value));
            }
        });
        return changes;
    }

    /** Every field as a line of text (null when empty), in form order: what revisions compare. */
    public Map<String, String> asText() {
        Map<String, String> text = new LinkedHashMap<>();
        text.put("slug", slug);
        text.put("title", title);
        text.put("nativeTitle", nativeTitle);
        text.put("network", network);
        text.put("studio", studio);
        text.put("firstAired", firstAired == null ? null : firstAired.toString());
        text.put("lastAired", lastAired == null ? null : lastAired.toString());
        text.put("episodes", episodes == null ? null : episodes.toString());
        text.put("synopsis", synopsis);
        text.put("platforms", joined(platforms));
        text.put("cast", joined(cast.stream().map(c -> c.actor() + (c.role() == null ? "" : " as " + c.role())).toList()));
        text.put("ratings", joined(ratings.stream().map(r -> r.agency() + ", " + r.measure() + ": "
                + (r.percent() == null ? "?" : r.percent().toPlainString()) + " %").toList()));
        text.put("awards", joined(awards.stream().map(a -> a.name() + (a.presenter() == null ? "" : ", " + a.presenter())
                + (a.year() == null ? "" : " (" + a.year() + ")")).toList()));
        text.put("petitions", joined(petitions.stream().map(p -> p.description() + (p.site() == null ? "" : ", " + p.site())
                + (p.url() == null ? "" : " <" + p.url() + ">")
                + (p.signatures() == null ? "" : ", " + p.signatures() + " signatures")).toList()));
        text.put("sources", joined(sources.stream().map(s -> s.title() + (s.publisher() == null ? "" : ", " + s.publisher())
                + (s.url() == null ? "" : " <" + s.url() + ">")
                + (s.publishedOn() == null ? "" : ", " + s.publishedOn())
                + " [" + s.covers().stream().sorted().map(Enum::name).collect(Collectors.joining(", ")) + "]"
                + (s.quote() == null ? "" : " \u201C" + s.quote() + "\u201D")).toList()));
        return text;
    }

    private static @Nullable String joined(List<String> items) {
        return items.isEmpty() ? null : String.join("; ", items);
    }

    private static @Nullable String clean(@Nullable String value) {
        if (value == null) {
            return null;
        }
        String stripped = value.strip();
        return stripped.isEmpty() ? null : stripped;
    }
}
