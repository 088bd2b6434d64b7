package app.encore.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.server.ErrorEvent;
import java.util.Locale;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;

@SpringBootTest
class ErrorHandlingTest extends SpringBrowserlessTest {

    @BeforeEach
    void speakEnglish() {
        UI.getCurrent().setLocale(Locale.ENGLISH);
    }

    @Test
    void a_page_that_fails_to_open_shows_an_apology_without_any_detail() {
        navigate("test/fails-to-open", ErrorView.class);

        ErrorView view = (ErrorView) getCurrentView();
        assertThat($(H1.class, view).single().getText()).isEqualTo("Something went wrong");
        assertThat(view.getElement().getTextRecursively())
                .contains("Back to all shows")
                .doesNotContain("exploded", "secret", "Exception", "at app.encore");
        assertThat(view.getPageTitle()).isEqualTo("Something went wrong · Encore");
    }

    @Test
    void an_unexpected_error_shows_a_short_notification_and_no_detail() {
        new MainErrorHandler().error(new ErrorEvent(new IllegalStateException("handler exploded: secret detail")));

        Notification notification = $(Notification.class).single();
        assertThat(test(notification).getText()).isEqualTo("Something went wrong on our side. Please try again.");
    }

    @Test
    void the_error_message_follows_the_fans_language() {
        UI.getCurrent().setLocale(Locale.KOREAN);

        new MainErrorHandler().error(new ErrorEvent(new IllegalStateException("boom")));

        assertThat(test($(Notification.class).single()).getText()).isEqualTo("서버에서 문제가 발생했습니다. 다시 시도해 주세요.");
    }
}
