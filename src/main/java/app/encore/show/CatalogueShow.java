package app.encore.show;

import app.encore.show.ShowFacts.AwardEntry;
import app.encore.show.ShowFacts.CastEntry;
import app.encore.show.ShowFacts.PetitionEntry;
import app.encore.show.ShowFacts.RatingEntry;
import app.encore.show.ShowFacts.SourceEntry;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One show in a catalogue file ({@code catalogue.schema.json}): its facts, its visibility, and (in an
 * export, for reference) its official status.
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@JsonPropertyOrder({"slug", "title", "nativeTitle", "network", "studio", "firstAired", "lastAired", "episodes",
        "synopsis", "platforms", "cast", "ratings", "awards", "petitions", "sources", "visibility", "officialStatus"})
public record CatalogueShow(String slug, String title, @Nullable String nativeTitle, @Nullable String network,
        @Nullable String studio, @Nullable LocalDate firstAired, @Nullable LocalDate lastAired,
        @Nullable Integer episodes, @Nullable String synopsis, @Nullable List<String> platforms,
        @Nullable List<CastEntry> cast, @Nullable List<RatingEntry> ratings, @Nullable List<AwardEntry> awards,
        @Nullable List<PetitionEntry> petitions, @Nullable List<SourceEntry> sources, @Nullable Visibility visibility,
        @Nullable OfficialStatus officialStatus) {

    ShowFacts facts() {
        return new ShowFacts(slug, title, nativeTitle, network, studio, firstAired, lastAired, episodes, synopsis,
                platforms, cast, ratings, awards, petitions, sources);
    }

    static CatalogueShow of(Show show) {
        ShowFacts facts = ShowFacts.of(show);
        return new CatalogueShow(facts.slug(), facts.title(), facts.nativeTitle(), facts.network(), facts.studio(),
                facts.firstAired(), facts.lastAired(), facts.episodes(), facts.synopsis(), facts.platforms(),
                facts.cast(), facts.ratings(), facts.awards(), facts.petitions(), facts.sources(), show.visibility(),
                show.officialStatus());
    }
}
