package app.encore.show;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A drama and everything Encore knows about it. The aggregate root of the catalogue: platforms,
 * cast, ratings, awards, petitions and sources belong to it and are saved with it. Votes and rumors
 * are aggregates of their own that point here by id.
 */
@Table("shows")
public class Show {

    private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    private @Id @Nullable Long id;
    /** Null until first saved: Spring Data JDBC then inserts; rows loaded from SQL start at 0. */
    private @Version @Nullable Integer version;

    private String slug;
    private String title;
    private @Nullable String nativeTitle;
    private @Nullable String network;
    private @Nullable String studio;
    private @Nullable LocalDate firstAired;
    private @Nullable LocalDate lastAired;
    private @Nullable Integer episodeCount;
    private @Nullable String synopsis;

    private OfficialStatus officialStatus;
    private @Nullable String statusSourceTitle;
    private @Nullable String statusSourceUrl;
    private @Nullable String statusSourceQuote;
    private @Nullable Instant statusChangedAt;

    private Instant createdAt;
    private Visibility visibility;

    @MappedCollection(idColumn = "show_id", keyColumn = "position")
    private List<Platform> platforms;
    @MappedCollection(idColumn = "show_id", keyColumn = "position")
    private List<CastMember> cast;
    @MappedCollection(idColumn = "show_id", keyColumn = "position")
    private List<Rating> ratings;
    @MappedCollection(idColumn = "show_id", keyColumn = "position")
    private List<Award> awards;
    @MappedCollection(idColumn = "show_id", keyColumn = "position")
    private List<Petition> petitions;
    @MappedCollection(idColumn = "show_id", keyColumn = "position")
    private List<Source> sources;

    @PersistenceCreator
    Show(@Nullable Long id, @Nullable Integer version, String slug, String title, @Nullable String nativeTitle,
            @Nullable String network, @Nullable String studio, @Nullable LocalDate firstAired,
            @Nullable LocalDate lastAired, @Nullable Integer episodeCount, @Nullable String synopsis,
            OfficialStatus officialStatus, @Nullable String statusSourceTitle, @Nullable String statusSourceUrl,
            @Nullable String statusSourceQuote, @Nullable Instant statusChangedAt, Instant createdAt, Visibility visibility, List<Platform> platforms,
            List<CastMember> cast,
            List<Rating> ratings, List<Award> awards, List<Petition> petitions, List<Source> sources) {
        this.id = id;
        this.version = version;
        this.slug = slug;
        this.title = title;
        this.nativeTitle = nativeTitle;
        this.network = network;
        this.studio = studio;
        this.firstAired = firstAired;
        this.lastAired = lastAired;
        this.episodeCount = episodeCount;
        this.synopsis = synopsis;
        this.officialStatus = officialStatus;
        this.statusSourceTitle = statusSourceTitle;
        this.statusSourceUrl = statusSourceUrl;
        this.statusSourceQuote = statusSourceQuote;
        this.statusChangedAt = statusChangedAt;
        this.createdAt = createdAt;
        this.visibility = visibility;
        this.platforms = new ArrayList<>(platforms);
        this.cast = new ArrayList<>(cast);
        this.ratings = new ArrayList<>(ratings);
        this.awards = new ArrayList<>(awards);
        this.petitions = new ArrayList<>(petitions);
        this.sources = new ArrayList<>(sources);
    }

    /** Starts a new show; {@link Builder#create(Instant)} checks it and records when it was added. */
    public static Builder builder(String slug, String title) {
        return new Builder(slug, title);
    }

    /**
     * Records what the network or studio said, where it was said and when. Anything but
     * {@link OfficialStatus#UNANNOUNCED} needs a source.
     */
    public void announce(OfficialStatus status, @Nullable Source source, Instant at) {
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(at, "at");
        if (status != OfficialStatus.UNANNOUNCED && source == null) {
            throw new IllegalArgumentException("A " + status + " status needs a source");
        }
        this.officialStatus = status;
        this.statusSourceTitle = source == null ? null : source.title();
        this.statusSourceUrl = source == null ? null : source.url();
        this.statusSourceQuote = source == null ? null : source.quote();
        this.statusChangedAt = at;
    }

    public @Nullable Long id() {
        return id;
    }

    /** Null until first saved; then the number of the last save, which an edit must start from. */
    public @Nullable Integer version() {
        return version;
    }

    public Visibility visibility() {
        return visibility;
    }

    /**
     * Replaces every fact staff edit with these, which {@link ShowRules#check} has passed. The
     * official status stays as it is.
     */
    void apply(ShowFacts facts) {
        this.slug = Objects.requireNonNull(facts.slug());
        this.title = Objects.requireNonNull(facts.title());
        this.nativeTitle = facts.nativeTitle();
        this.network = facts.network();
        this.studio = facts.studio();
        this.firstAired = facts.firstAired();
        this.lastAired = facts.lastAired();
        this.episodeCount = facts.episodes();
        this.synopsis = facts.synopsis();
        this.platforms = new ArrayList<>(facts.platforms().stream().map(Platform::new).toList());
        this.cast = new ArrayList<>(facts.cast().stream().map(c -> new CastMember(c.actor(), c.role())).toList());
        this.ratings = new ArrayList<>(facts.ratings().stream()
                .map(r -> new Rating(r.agency(), r.measure(), r.percent())).toList());
        this.awards = new ArrayList<>(facts.awards().stream()
                .map(a -> new Award(a.name(), a.presenter(), a.year())).toList());
        this.petitions = new ArrayList<>(facts.petitions().stream()
                .map(p -> new Petition(p.description(), p.site(), p.url(), p.signatures())).toList());
        this.sources = new ArrayList<>(facts.sources().stream()
                .map(e -> Source.of(e.title(), e.publisher(), e.url(), e.publishedOn(), e.covers(), e.quote())).toList());
    }

    /** Fans can find it from now on; {@link ShowRules#checkForPublishing} has passed. */
    void publish() {
        this.visibility = Visibility.PUBLISHED;
    }

    /** Off the list again; forecasts and rumors stay. */
    void hide() {
        this.visibility = Visibility.HIDDEN;
    }

    public String slug() {
        return slug;
    }

    public String title() {
        return title;
    }

    public @Nullable String nativeTitle() {
        return nativeTitle;
    }

    public @Nullable String network() {
        return network;
    }

    public @Nullable String studio() {
        return studio;
    }

    public @Nullable LocalDate firstAired() {
        return firstAired;
    }

    public @Nullable LocalDate lastAired() {
        return lastAired;
    }

    public @Nullable Integer episodeCount() {
        return episodeCount;
    }

    public @Nullable String synopsis() {
        return synopsis;
    }

    public OfficialStatus officialStatus() {
        return officialStatus;
    }

    /** Where the official status was reported, if anywhere. */
    public @Nullable Source statusSource() {
        return statusSourceTitle == null ? null : new Source(statusSourceTitle, null, statusSourceUrl, null, null, statusSourceQuote);
    }

    public @Nullable Instant statusChangedAt() {
        return statusChangedAt;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public List<Platform> platforms() {
        return List.copyOf(platforms);
    }

    public List<CastMember> cast() {
        return List.copyOf(cast);
    }

    public List<Rating> ratings() {
        return List.copyOf(ratings);
    }

    public List<Award> awards() {
        return List.copyOf(awards);
    }

    public List<Petition> petitions() {
        return List.copyOf(petitions);
    }

    public List<Source> sources() {
        return List.copyOf(sources);
    }

    /** Collects a show's facts; every one but slug and title may stay unknown. */
    public static final class Builder {
        private final String slug;
        private final String title;
        private @Nullable String nativeTitle;
        private @Nullable String network;
        private @Nullable String studio;
        private @Nullable LocalDate firstAired;
        private @Nullable LocalDate lastAired;
        private @Nullable Integer episodeCount;
        private @Nullable String synopsis;
        private final List<Platform> platforms = new ArrayList<>();
        private final List<CastMember> cast = new ArrayList<>();
        private final List<Rating> ratings = new ArrayList<>();
        private final List<Award> awards = new ArrayList<>();
        private final List<Petition> petitions = new ArrayList<>();
        private final List<Source> sources = new ArrayList<>();
        private Visibility visibility = Visibility.PUBLISHED;

        private Builder(String slug, String title) {
            this.slug = slug;
            this.title = title;
        }

        public Builder nativeTitle(@Nullable String value) {
            this.nativeTitle = value;
            return this;
        }

        public Builder network(@Nullable String value) {
            this.network = value;
            return this;
        }

        public Builder studio(@Nullable String value) {
            this.studio = value;
            return this;
        }

        public Builder aired(@Nullable LocalDate first, @Nullable LocalDate last) {
            this.firstAired = first;
            this.lastAired = last;
            return this;
        }

        public Builder episodes(@Nullable Integer count) {
            this.episodeCount = count;
            return this;
        }

        public Builder synopsis(@Nullable String value) {
            this.synopsis = value;
            return this;
        }

        public Builder platform(String name) {
            platforms.add(new Platform(name));
            return this;
        }

        public Builder cast(String actor, @Nullable String role) {
            cast.add(new CastMember(actor, role));
            return this;
        }

        public Builder rating(Rating rating) {
            ratings.add(rating);
            return this;
        }

        public Builder award(Award award) {
            awards.add(award);
            return this;
        }

        public Builder petition(Petition petition) {
            petitions.add(petition);
            return this;
        }

        public Builder source(Source source) {
            sources.add(source);
            return this;
        }

        /** Published unless told otherwise. */
        public Builder visibility(Visibility value) {
            this.visibility = Objects.requireNonNull(value);
            return this;
        }

        public Show create(Instant now) {
            if (slug == null || !SLUG.matcher(slug).matches() || slug.length() > 120) {
                throw new IllegalArgumentException("A slug is lowercase letters and digits joined by hyphens: " + slug);
            }
            String checkedTitle = Text.required(title, "title");
            if (firstAired != null && lastAired != null && lastAired.isBefore(firstAired)) {
                throw new IllegalArgumentException("The last episode cannot air before the first");
            }
            if (episodeCount != null && episodeCount <= 0) {
                throw new IllegalArgumentException("A show has at least one episode");
            }
            return new Show(null, null, slug, checkedTitle, Text.optional(nativeTitle), Text.optional(network),
                    Text.optional(studio), firstAired, lastAired, episodeCount, Text.optional(synopsis),
                    OfficialStatus.UNANNOUNCED, null, null, null, null, now, visibility, platforms, cast, ratings, awards,
                    petitions, sources);
        }
    }
}
