package app.encore.show.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.encore.base.ui.NotFoundView;
import app.encore.support.PageText;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import java.util.Locale;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;

@SpringBootTest
class ShowViewTest extends SpringBrowserlessTest {

    @BeforeEach
    void speakEnglish() {
        UI.getCurrent().setLocale(Locale.ENGLISH);
    }

    @Test
    void the_show_page_shows_the_cast_with_their_roles() {
        ShowView view = navigate("shows/crash-landing-on-you", ShowView.class);

        assertThat(PageText.select(view, "h1")).singleElement()
                .extracting(org.jsoup.nodes.Element::text).isEqualTo("Crash Landing on You");
        assertThat(section(view, "show-cast")).contains("Hyun Bin", "as Ri Jeong-hyeok", "Son Ye-jin", "as Yoon Se-ri");
        assertThat(view.getPageTitle()).isEqualTo("Crash Landing on You · Encore");
    }

    @Test
    void the_show_page_shows_facts_awards_and_under_each_source_what_it_supports_and_its_words() {
        ShowView view = navigate("shows/its-okay-to-not-be-okay", ShowView.class);

        assertThat(section(view, "show-facts")).contains("tvN", "Netflix", "Studio Dragon", "16",
                "Jun 20, 2020", "Aug 9, 2020");
        assertThat(section(view, "show-awards")).contains("The Best International Shows of 2020");
        assertThat(section(view, "show-sources")).contains("Vidya's Book Journal", "Source for: cast",
                "“Kim Soo-hyun as Moon Gang-tae", "KoreaPortal", "Source for: awards");
        assertThat($(Section.class, view).all()).anyMatch(s -> s.hasClassName("show-odds"))
                .anyMatch(s -> s.hasClassName("show-rumors"));
    }

    @Test
    void a_quote_is_marked_in_its_own_language_for_screen_readers() {
        assertThat(ShowMarkup.languageOf("'마이 네임'은 아버지를 죽인 범인을 찾기 위해 조직에 들어간 넷플릭스 시리즈다.")).isEqualTo("ko");
        assertThat(ShowMarkup.languageOf("Hangul: 사이코지만 괜찮아 is a tvN drama")).isEqualTo("en");
    }

    @Test
    void a_renewed_show_shows_its_status_with_the_source_and_date() {
        ShowView view = navigate("shows/hospital-playlist", ShowView.class);

        assertThat(PageText.of(view)).contains("Official status:", "Renewed",
                "“Hospital Playlist” Season 2 Confirms Premiere Date", "Sep 14, 2021",
                "“After over a year of waiting, tvN confirms that the first episode of Hospital Playlist Season 2");
        assertThat(PageText.of($(Section.class, view).all().stream().filter(s -> s.hasClassName("show-odds"))
                .findFirst().orElseThrow())).contains("voting is closed");
    }

    @Test
    void an_unknown_slug_shows_the_no_such_show_page() {
        navigate("shows/no-such-drama", ShowNotFoundView.class);

        ShowNotFoundView notFound = (ShowNotFoundView) getCurrentView();
        assertThat($(H1.class, notFound).single().getText()).isEqualTo("No such show");
        assertThat(text(notFound)).contains("“no-such-drama”", "Back to all shows");
    }

    @Test
    void an_unknown_address_shows_the_page_not_found_view() {
        navigate("no/such/page", NotFoundView.class);

        assertThat($(H1.class, (NotFoundView) getCurrentView()).single().getText()).isEqualTo("Page not found");
    }

    /** The text of one of the page's sections, whether a component or part of its static HTML. */
    private static String section(ShowView view, String className) {
        var sections = PageText.select(view, "section." + className);
        assertThat(sections).as("section " + className).hasSize(1);
        return sections.getFirst().text();
    }

    private static String text(com.vaadin.flow.component.Component component) {
        return component.getElement().getTextRecursively();
    }
}
