package app.encore.show.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.encore.show.OfficialStatus;
import app.encore.show.ShowQuery;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.RouterLink;
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

        test(view.search).setValue("사랑의");

        assertThat(cardTitles(view)).containsExactly("Crash Landing on You");
        assertThat(view.summary.getText()).isEqualTo("1 show");
    }

    @Test
    void searching_in_english_ignores_case() {
        ShowListView view = navigate(ShowListView.class);

        test(view.search).setValue("HOSPITAL");

        assertThat(cardTitles(view)).containsExactly("Hospital Playlist");
    }

    @Test
    void filtering_by_status_keeps_only_that_status() {
        ShowListView view = navigate(ShowListView.class);

        test(view.status).selectItem("Renewed");

        assertThat(cardTitles(view)).containsExactly("Hospital Playlist", "Romantic Doctor, Teacher Kim");
    }

    @Test
    void filtering_by_network_keeps_only_that_network() {
        ShowListView view = navigate(ShowListView.class);

        test(view.network).selectItem("SBS");

        assertThat(cardTitles(view)).containsExactly("Moon Lovers: Scarlet Heart Ryeo", "Romantic Doctor, Teacher Kim");
    }

    @Test
    void filtering_by_platform_keeps_only_that_platform() {
        ShowListView view = navigate(ShowListView.class);

        test(view.platform).selectItem("Netflix");

        assertThat(cardTitles(view)).hasSize(5).doesNotContain("Goblin", "Romantic Doctor, Teacher Kim");
    }

    @Test
    void sorting_by_newest_puts_the_latest_show_first() {
        ShowListView view = navigate(ShowListView.class);

        test(view.sort).selectItem("Newest first");

        assertThat(cardTitles(view)).first().isEqualTo("My Name");
    }

    @Test
    void the_filters_are_read_back_from_the_address() {
        ShowListView view = open("q=o&status=unannounced&network=tvN&platform=Netflix&sort=newest");

        assertThat(view.search.getValue()).isEqualTo("o");
        assertThat(view.status.getValue()).isEqualTo(OfficialStatus.UNANNOUNCED);
        assertThat(view.network.getValue()).isEqualTo("tvN");
        assertThat(view.platform.getValue()).isEqualTo("Netflix");
        assertThat(view.sort.getValue()).isEqualTo(ShowQuery.NEWEST);
        assertThat(cardTitles(view)).containsExactly("It's Okay to Not Be Okay", "Crash Landing on You");
    }

    @Test
    void unknown_values_in_the_address_are_ignored_rather_than_failing() {
        ShowListView view = open("status=maybe&network=Nope&platform=&sort=sideways");

        assertThat(view.status.getValue()).isNull();
        assertThat(view.network.getValue()).isNull();
        assertThat(view.sort.getValue()).isEqualTo(ShowQuery.TITLE);
        assertThat(cardTitles(view)).hasSize(8);
    }

    @Test
    void a_search_with_no_match_says_so_and_clearing_brings_everything_back() {
        ShowListView view = navigate(ShowListView.class);

        test(view.search).setValue("no such drama anywhere");

        assertThat(cardTitles(view)).isEmpty();
        assertThat(view.empty.isVisible()).isTrue();
        assertThat(view.summary.getText()).isEqualTo("No shows match");

        test($(Button.class, view.empty).single()).click();

        assertThat(view.search.getValue()).isEmpty();
        assertThat(cardTitles(view)).hasSize(8);
        assertThat(view.empty.isVisible()).isFalse();
    }

    @Test
    void each_card_links_to_its_show_page() {
        ShowListView view = open("q=crash");

        RouterLink link = $(RouterLink.class, view.cards).single();

        assertThat(link.getHref()).isEqualTo("shows/crash-landing-on-you");
    }

    /** Opens the list the way a shared link does: with the filters in the query string. */
    private ShowListView open(String query) {
        UI.getCurrent().navigate("", QueryParameters.fromString(query));
        return (ShowListView) getCurrentView();
    }

    private List<String> cardTitles(ShowListView view) {
        return $(H2.class, view.cards).all().stream().map(h2 -> h2.getElement().getTextRecursively()).toList();
    }
}
