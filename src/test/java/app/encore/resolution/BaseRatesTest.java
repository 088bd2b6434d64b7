package app.encore.resolution;

import static org.assertj.core.api.Assertions.assertThat;

import app.encore.resolution.BaseRates.KnownDrama;
import app.encore.show.OfficialStatus;
import app.encore.show.ShowAdministration;
import app.encore.show.ShowCatalog;
import app.encore.show.ShowListing;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.annotation.DirtiesContext;

/**
 * One truth per question: a drama counts in the base rates only as the catalogue has it. The demo
 * catalogue holds eight dramas the seeded list calls "no season 2" (Descendants of the Sun, Healer,
 * Hotel del Luna, Mr. Queen, Mr. Sunshine, Itaewon Class, Hometown Cha-Cha-Cha, My Love from the Star)
 * as open questions fans vote on: none of them may count until the catalogue decides it. On the whole
 * demo catalogue (the eight dramas of the seed articles and the 21 imported), on a database of its own.
 */
@SpringBootTest(properties = {"spring.datasource.url=jdbc:h2:mem:encore-base-rates;DB_CLOSE_DELAY=-1",
        "encore.demo-data.import-catalogue=true"})
@WithMockUser(username = "admin", roles = {"ADMIN", "MODERATOR"})
@DirtiesContext // it decides a demo question
class BaseRatesTest {

    @Autowired
    BaseRates baseRates;

    @Autowired
    ShowCatalog catalog;

    @Autowired
    ShowAdministration administration;

    @Autowired
    JdbcClient jdbc;

    private Set<String> openQuestions() {
        return catalog.listings().stream()
                .filter(listing -> catalog.officialStatus(listing.id()).orElseThrow().isOpen())
                .map(ShowListing::title).map(BaseRates::sameTitle).collect(Collectors.toSet());
    }

    @Test
    void no_drama_counted_in_a_base_rate_is_an_open_question_in_the_catalogue() {
        Set<String> open = openQuestions();
        assertThat(open).as("the demo catalogue has open questions").hasSizeGreaterThan(10);

        List<KnownDrama> known = baseRates.known();

        assertThat(known).isNotEmpty();
        assertThat(known).filteredOn(drama -> open.contains(BaseRates.sameTitle(drama.title())))
                .as("dramas counted in the base rates while open in the catalogue").isEmpty();
        assertThat(known).extracting(KnownDrama::title).doesNotContain("Descendants of the Sun", "Sky Castle",
                "Itaewon Class", "Hometown Cha-Cha-Cha", "My Love from the Star");
        assertThat(known).extracting(KnownDrama::title).as("seeded dramas the catalogue does not hold still count")
                .contains("Squid Game", "Boys Over Flowers");
    }

    @Test
    void a_catalogue_drama_counts_once_its_question_is_decided_and_as_the_catalogue_decided_it() {
        ShowListing sun = catalog.listing("descendants-of-the-sun").orElseThrow();

        administration.setOfficialStatus(sun.id(), OfficialStatus.RENEWED, "A made-up announcement for this test",
                "https://press.example/descendants-season-2");

        assertThat(baseRates.known()).filteredOn(drama -> drama.title().equals(sun.title())).singleElement()
                .satisfies(drama -> {
                    assertThat(drama.gotSeason2()).as("as the catalogue has it, not as the seeded list").isTrue();
                    assertThat(drama.slug()).isEqualTo("descendants-of-the-sun");
                });
        assertThat(baseRates.seeded().total()).as("the base-rate forecaster never counts the catalogue's answers")
                .isEqualTo(baseRates.known().stream().filter(drama -> drama.slug() == null).count());
    }
}
