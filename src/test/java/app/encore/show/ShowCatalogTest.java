package app.encore.show;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

@SpringBootTest
class ShowCatalogTest {

    @Autowired
    ShowCatalog catalog;

    @Test
    void search_matches_part_of_an_english_title_whatever_the_case() {
        assertThat(titles(text("crash LAND"))).containsExactly("Crash Landing on You");
    }

    @Test
    void search_matches_part_of_a_korean_title() {
        assertThat(titles(text("불시착"))).containsExactly("Crash Landing on You");
        assertThat(titles(text("의사"))).containsExactly("Hospital Playlist");
    }

    @Test
    void search_ignores_the_apostrophes_and_colons_fans_leave_out() {
        assertThat(titles(text("its okay to not"))).containsExactly("It's Okay to Not Be Okay");
        assertThat(titles(text("moon lovers scarlet"))).containsExactly("Moon Lovers: Scarlet Heart Ryeo");
    }

    @Test
    void search_treats_sql_wildcards_as_plain_characters() {
        assertThat(titles(text("%"))).isEmpty();
        assertThat(titles(text("_"))).isEmpty();
    }

    @Test
    void filters_by_official_status() {
        assertThat(titles(new ShowQuery(null, OfficialStatus.RENEWED, null, null, ShowQuery.TITLE)))
                .containsExactly("Hospital Playlist", "Romantic Doctor, Teacher Kim");
    }

    @Test
    void filters_by_network() {
        assertThat(titles(new ShowQuery(null, null, "SBS", null, ShowQuery.TITLE)))
                .containsExactly("Moon Lovers: Scarlet Heart Ryeo", "Romantic Doctor, Teacher Kim");
    }

    @Test
    void filters_by_platform() {
        assertThat(titles(new ShowQuery(null, null, null, "Netflix", ShowQuery.TITLE))).containsExactly(
                "Crash Landing on You", "Hospital Playlist", "It's Okay to Not Be Okay", "Move to Heaven", "My Name");
    }

    @Test
    void filters_combine() {
        assertThat(titles(new ShowQuery("o", OfficialStatus.UNANNOUNCED, "tvN", "Netflix", ShowQuery.TITLE)))
                .containsExactly("Crash Landing on You", "It's Okay to Not Be Okay");
    }

    @Test
    void newest_first_orders_by_first_air_date() {
        List<String> newest = titles(new ShowQuery(null, null, null, null, ShowQuery.NEWEST));
        assertThat(newest).startsWith("My Name", "Move to Heaven", "It's Okay to Not Be Okay", "Hospital Playlist");
        assertThat(newest).endsWith("Moon Lovers: Scarlet Heart Ryeo");
    }

    @Test
    void pages_through_the_list_without_repeating_a_show() {
        ShowPage first = catalog.find(ShowQuery.all(), 0, 3);
        ShowPage second = catalog.find(ShowQuery.all(), 3, 3);
        ShowPage past = catalog.find(ShowQuery.all(), 100, 3);

        assertThat(first.total()).isEqualTo(8);
        assertThat(first.cards()).hasSize(3);
        assertThat(first.hasMoreAfter(3)).isTrue();
        assertThat(second.cards()).extracting(ShowCard::slug)
                .doesNotContainAnyElementsOf(first.cards().stream().map(ShowCard::slug).toList());
        assertThat(past.cards()).isEmpty();
        assertThat(past.total()).isEqualTo(8);
    }

    @Test
    void a_card_carries_its_platforms_and_status() {
        ShowCard cloy = catalog.find(text("crash"), 0, 10).cards().getFirst();
        assertThat(cloy.platforms()).containsExactly("Netflix");
        assertThat(cloy.network()).isEqualTo("tvN");
        assertThat(cloy.nativeTitle()).isEqualTo("사랑의 불시착");
        assertThat(cloy.officialStatus()).isEqualTo(OfficialStatus.UNANNOUNCED);
    }

    @Test
    void the_filter_choices_are_the_networks_and_platforms_in_use() {
        assertThat(catalog.networks()).containsExactly("SBS", "tvN");
        assertThat(catalog.platforms()).containsExactly("Netflix");
    }

    @Test
    void a_page_request_must_make_sense() {
        assertThatIllegalArgumentException().isThrownBy(() -> catalog.find(ShowQuery.all(), -1, 10));
        assertThatIllegalArgumentException().isThrownBy(() -> catalog.find(ShowQuery.all(), 0, 0));
        assertThat(catalog.find(ShowQuery.all(), 0, 10_000).cards()).hasSize(8);
    }

    private List<String> titles(ShowQuery query) {
        return catalog.find(query, 0, 50).cards().stream().map(ShowCard::title).toList();
    }

    private static ShowQuery text(String text) {
        return new ShowQuery(text, null, null, null, ShowQuery.TITLE);
    }
}
