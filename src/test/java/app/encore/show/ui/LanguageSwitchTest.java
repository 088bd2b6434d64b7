package app.encore.show.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.encore.support.PageText;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.html.H1;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;

@SpringBootTest
class LanguageSwitchTest extends SpringBrowserlessTest {

    @Test
    void choosing_korean_shows_the_page_in_korean_and_english_brings_it_back() {
        UI.getCurrent().setLocale(Locale.ENGLISH);
        navigate(ShowListView.class);
        assertThat(heading()).isEqualTo("Will it get a season 2?");

        test(languageButton("한국어")).click();

        assertThat(UI.getCurrent().getLocale().getLanguage()).isEqualTo("ko");
        assertThat(heading()).isEqualTo("시즌 2 나올까?");
        assertThat(languageButton("한국어").getElement().getAttribute("aria-pressed")).isEqualTo("true");

        test(languageButton("English")).click();

        assertThat(heading()).isEqualTo("Will it get a season 2?");
    }

    @Test
    void the_show_page_keeps_its_show_when_the_language_changes() {
        UI.getCurrent().setLocale(Locale.ENGLISH);
        navigate("shows/goblin", ShowView.class);

        test(languageButton("한국어")).click();

        assertThat(getCurrentView()).isInstanceOf(ShowView.class);
        assertThat(PageText.of((ShowView) getCurrentView())).contains("출연", "Gong Yoo");
    }

    private String heading() {
        return $(H1.class).single().getText();
    }

    private NativeButton languageButton(String label) {
        return $(NativeButton.class).withText(label).single();
    }
}
