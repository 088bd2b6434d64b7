package app.encore.show.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.encore.base.ui.NotFoundView;
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

        assertThat($(H1.class, view).single().getText()).isEqualTo("Crash Landing on You");
        Section cast = section(view, "show-cast");
        assertThat(text(cast)).contains("Hyun Bin", "as Ri Jeong-hyeok", "Son Ye-jin", "as Yoon Se-ri");
        assertThat(view.getPageTitle()).isEqualTo("Crash Landing on You · Encore");
    }

    @Test
    void the_show_page_shows_facts_ratings_awards_petitions_and_sources() {
        ShowView view = navigate("shows/its-okay-to-not-be-okay", ShowView.class);

        assertThat(text(section(view, "show-facts"))).contains("tvN", "Netflix", "Studio Dragon", "16",
                "Jun 20, 2020", "Aug 9, 2020");
        assertThat(text(section(view, "show-ratings"))).contains("5.4 %", "Nielsen Korea");
        assertThat(text(section(view, "show-awards"))).contains("The Best International Shows of 2020");
        assertThat(text(section(view, "show-sources"))).contains("Devdiscourse");
        assertThat(section(view, "show-odds")).isNotNull();
        assertThat(section(view, "show-rumors")).isNotNull();
    }

    @Test
    void a_renewed_show_shows_its_status_with_the_source_and_date() {
        ShowView view = navigate("shows/hospital-playlist", ShowView.class);

        assertThat(text(view)).contains("Official status:", "Renewed", "Crash Landing On You season 2 is still",
                "Sep 14, 2021");
        assertThat(text(section(view, "show-odds"))).contains("voting is closed");
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

    private Section section(ShowView view, String className) {
        return $(Section.class, view).all().stream()
                .filter(section -> section.hasClassName(className))
                .findFirst().orElseThrow(() -> new AssertionError("no section " + className));
    }

    private static String text(com.vaadin.flow.component.Component component) {
        return component.getElement().getTextRecursively();
    }
}
