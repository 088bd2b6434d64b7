package app.encore.show;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * What a show page says holds up: over the whole demo catalogue (the eight dramas of the seed articles
 * and the 21 imported from {@code demo/demo-catalogue.json}), every fact group the page shows
 * cites a source with a link and the words in it that state the facts, every source names the drama
 * it is cited for (its headline, or words quoted from the same page, give the title or the Korean
 * title), and a decided question shows the words of its announcement.
 */
@SpringBootTest(properties = {"spring.datasource.url=jdbc:h2:mem:encore-sourced-facts;DB_CLOSE_DELAY=-1",
        "encore.demo-data.import-catalogue=true"})
class SourcedFactsTest {

    @Autowired
    ShowRepository shows;

    private List<Show> demoDramas() {
        return shows.findAll().stream().filter(show -> show.visibility() == Visibility.PUBLISHED)
                .filter(show -> !show.slug().startsWith("test-")).toList();
    }

    @Test
    void every_fact_group_on_a_demo_drama_cites_a_linked_source_with_the_words_that_state_it() {
        List<String> unsupported = new ArrayList<>();
        for (Show show : demoDramas()) {
            for (FactGroup group : ShowFacts.of(show).filledGroups()) {
                boolean supported = show.sources().stream().anyMatch(source -> source.groups().contains(group)
                        && source.url() != null && source.quote() != null && !source.quote().isBlank());
                if (!supported) {
                    unsupported.add(show.slug() + " " + group);
                }
            }
        }

        assertThat(demoDramas()).as("the eight of the seed articles and the 21 imported").hasSize(29);
        assertThat(unsupported).isEmpty();
    }

    @Test
    void no_source_is_cited_for_a_drama_its_page_does_not_name() {
        List<String> strangers = new ArrayList<>();
        for (Show show : demoDramas()) {
            // What each page says, as far as its headline and the words quoted from it show.
            Map<String, String> pageText = show.sources().stream().filter(source -> source.url() != null)
                    .collect(Collectors.groupingBy(Source::url, Collectors.mapping(
                            source -> source.title() + " " + (source.quote() == null ? "" : source.quote()),
                            Collectors.joining(" "))));
            for (Source source : show.sources()) {
                String said = source.url() == null ? source.title() + " " + source.quote() : pageText.get(source.url());
                if (!names(said, show.title()) && !names(said, show.nativeTitle())) {
                    strangers.add(show.slug() + ": " + source.title());
                }
            }
        }

        assertThat(strangers).isEmpty();
    }

    @Test
    void a_decided_question_names_its_announcement_with_a_link_and_its_words() {
        List<Show> decided = demoDramas().stream().filter(show -> show.officialStatus() != OfficialStatus.UNANNOUNCED)
                .toList();

        assertThat(decided).extracting(Show::slug).contains("romantic-doctor-teacher-kim", "hospital-playlist");
        assertThat(decided).allSatisfy(show -> {
            Source announcement = show.statusSource();
            assertThat(announcement).isNotNull();
            assertThat(announcement.url()).startsWith("https://");
            assertThat(announcement.quote()).isNotBlank();
            assertThat(names(announcement.title() + " " + announcement.quote(), show.title())).isTrue();
        });
    }

    @Test
    void the_crash_landing_on_you_article_is_cited_only_for_what_it_says() {
        List<String> citing = demoDramas().stream().flatMap(show -> show.sources().stream()
                .filter(source -> source.title().startsWith("Crash Landing on You Season 2: Netflix Confirmed"))
                .map(source -> show.slug())).toList();

        assertThat(citing).as("the article that only mentions Goblin, Move to Heaven and My Name in passing")
                .isEmpty();
    }

    /** Whether the text names the title, ignoring case, spaces and punctuation. */
    static boolean names(@Nullable String text, @Nullable String title) {
        return text != null && title != null && !letters(title).isEmpty() && letters(text).contains(letters(title));
    }

    private static String letters(String text) {
        return text.codePoints().filter(Character::isLetterOrDigit)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString()
                .toLowerCase(Locale.ROOT);
    }
}
