package app.encore.show.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.encore.show.OfficialStatus;
import app.encore.show.ShowQuery;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.NativeButton;
import app.encore.support.PageText;
import com.vaadin.flow.router.QueryParameters;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;

@SpringBootTest
class ShowListViewTest extends SpringBrowserlessTest {

    @BeforeEach
    void speakEnglish() {
        UI.getCurrent().setLocale(Locale.ENGLISH);
    }

    @Test
    void a_fan_sees_every_show_as_a_card_with_its_count() {
        ShowListView view = navigate(ShowListView.class);

        assertThat(cardTitles(view)).hasSize(8).contains("Crash Landing on You", "Hospital Playlist");
        assertThat(view.summary.getText()).isEqualTo("8 shows");
        assertThat(view.more.isVisible()).isFalse();
    }

    @Test
    void searching_in_korean_finds_the_show() {
        ShowListView view = navigate(ShowListView.class);

        view.filter("q", "사랑의");

        assertThat(cardTitles(view)).containsExactly("Crash Landing on You");
        assertThat(view.summary.getText()).isEqualTo("1 show");
    }

    @Test
    void searching_in_english_ignores_case() {
        ShowListView view = navigate(ShowListView.class);

        view.filter("q", "HOSPITAL");

        assertThat(cardTitles(view)).containsExactly("Hospital Playlist");
    }

    @Test
    void filtering_by_status_keeps_only_that_status() {
        ShowListView view = navigate(ShowListView.class);

        view.filter("status", "renewed");

        assertThat(cardTitles(view)).containsExactly("Hospital Playlist", "Romantic Doctor, Teacher Kim");
    }

    @Test
    void filtering_by_network_keeps_only_that_network() {
        ShowListView view = navigate(ShowListView.class);

        view.filter("network", "SBS");

        assertThat(cardTitles(view)).containsExactly("Moon Lovers: Scarlet Heart Ryeo", "Romantic Doctor, Teacher Kim");
    }

    @Test
    void filtering_by_platform_keeps_only_that_platform() {
        ShowListView view = navigate(ShowListView.class);

        view.filter("platform", "Netflix");

        assertThat(cardTitles(view)).hasSize(5).doesNotContain("Goblin", "Romantic Doctor, Teacher Kim");
    }

    @Test
    void sorting_by_newest_puts_the_latest_show_first() {
        ShowListView view = navigate(ShowListView.class);

        view.filter("sort", "newest");

        assertThat(cardTitles(view)).first().isEqualTo("My Name");
    }

    @Test
    void the_filters_are_read_back_from_the_address() {
        ShowListView view = open("q=o&status=unannounced&network=tvN&platform=Netflix&sort=newest");

        assertThat(view.query).isEqualTo(new ShowQuery("o", OfficialStatus.UNANNOUNCED, "tvN", "Netflix", ShowQuery.NEWEST));
        assertThat(PageText.select(view.filters, "input[name=q]").getFirst().val()).isEqualTo("o");
        assertThat(selected(view, "status")).isEqualTo("No announcement");
        assertThat(selected(view, "network")).isEqualTo("tvN");
        assertThat(selected(view, "platform")).isEqualTo("Netflix");
        assertThat(selected(view, "sort")).isEqualTo("Newest first");
        assertThat(cardTitles(view)).containsExactly("It's Okay to Not Be Okay", "Crash Landing on You");
    }

    @Test
    void unknown_values_in_the_address_are_ignored_rather_than_failing() {
        ShowListView view = open("status=maybe&network=Nope&platform=&sort=sideways");

        assertThat(view.query).isEqualTo(ShowQuery.all());
        assertThat(selected(view, "status")).isEqualTo("Any");
        assertThat(cardTitles(view)).hasSize(8);
    }

    @Test
    void a_search_with_no_match_says_so_and_clearing_brings_everything_back() {
        ShowListView view = navigate(ShowListView.class);

        view.filter("q", "no such drama anywhere");

        assertThat(cardTitles(view)).isEmpty();
        assertThat(view.empty.isVisible()).isTrue();
        assertThat(view.summary.getText()).isEqualTo("No shows match");

        test($(NativeButton.class, view.empty).single()).click();

        assertThat(view.query.text()).isNull();
        assertThat(PageText.select(view.filters, "input[name=q]").getFirst().val()).isEmpty();
        assertThat(cardTitles(view)).hasSize(8);
        assertThat(view.empty.isVisible()).isFalse();
    }

    @Test
    void each_card_links_to_its_show_page() {
        ShowListView view = open("q=crash");

        var links = PageText.select(view.cards, "a");

        assertThat(links).singleElement().satisfies(link -> {
            assertThat(link.attr("href")).isEqualTo("shows/crash-landing-on-you");
            assertThat(link.text()).isEqualTo("Crash Landing on You");
        });
    }

    /** Opens the list the way a shared link does: with the filters in the query string. */
    private ShowListView open(String query) {
        UI.getCurrent().navigate("", QueryParameters.fromString(query));
        return (ShowListView) getCurrentView();
    }

    @Test
    void the_form_offers_every_status_network_platform_and_sort_with_a_label() {
        ShowListView view = navigate(ShowListView.class);

        assertThat(PageText.select(view.filters, "label").eachText())
                .containsExactly("Search", "Official status", "Network", "Platform", "Sort by");
        assertThat(PageText.select(view.filters, "label").eachAttr("for"))
                .allSatisfy(id -> assertThat(PageText.select(view.filters, "#" + id)).hasSize(1));
        assertThat(PageText.select(view.filters, "select[name=network] option").eachText())
                .containsExactly("Any", "SBS", "tvN");
        assertThat(PageText.select(view.filters, "select[name=sort] option").eachAttr("value"))
                .containsExactly("title", "newest", "forecasters", "odds");
    }

    @Test
    void a_value_the_form_never_offers_changes_nothing() {
        ShowListView view = navigate(ShowListView.class);

        view.filter("status", "<script>");
        view.filter("network", "Nowhere TV");

        assertThat(view.query).isEqualTo(ShowQuery.all());
        assertThat(cardTitles(view)).hasSize(8);
    }

    private static String selected(ShowListView view, String name) {
        var chosen = PageText.select(view.filters, "select[name=" + name + "] option[selected]");
        return chosen.isEmpty() ? PageText.select(view.filters, "select[name=" + name + "] option").getFirst().text()
                : chosen.getFirst().text();
    }

    private List<String> cardTitles(ShowListView view) {
        return PageText.select(view.cards, ".show-card-title").stream().map(org.jsoup.nodes.Element::text).toList();
    }
}
