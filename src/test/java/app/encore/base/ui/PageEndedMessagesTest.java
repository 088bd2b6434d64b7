package app.encore.base.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.vaadin.flow.i18n.DefaultI18NProvider;
import com.vaadin.flow.server.SystemMessages;
import com.vaadin.flow.server.SystemMessagesInfo;
import com.vaadin.flow.server.VaadinRequest;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class PageEndedMessagesTest {

    private final PageEndedMessages provider = new PageEndedMessages(
            new DefaultI18NProvider(List.of(Locale.ENGLISH, Locale.KOREAN)));

    @Test
    void a_fan_s_page_says_that_it_ended_and_that_saved_odds_are_safe() {
        SystemMessages messages = messagesFor("shows/goblin", Locale.ENGLISH);

        assertThat(messages.isSessionExpiredNotificationEnabled()).isTrue();
        assertThat(messages.getSessionExpiredCaption()).isEqualTo("This page has ended");
        assertThat(messages.getSessionExpiredMessage()).contains("Your saved odds and rumors are safe");
        assertThat(messages.getSessionExpiredURL()).as("reloads the same page").isNull();
    }

    @Test
    void the_notice_speaks_the_fan_s_language() {
        assertThat(messagesFor("", Locale.KOREAN).getSessionExpiredCaption()).isEqualTo("이 페이지는 끝났습니다");
    }

    @Test
    void a_kiosk_reloads_without_a_word_whatever_its_query() {
        for (String location : List.of("kiosk", "kiosk?shows=goblin&rotate=60", "/kiosk")) {
            SystemMessages messages = messagesFor(location, Locale.ENGLISH);
            assertThat(messages.isSessionExpiredNotificationEnabled()).as(location).isFalse();
            assertThat(messages.getSessionExpiredURL()).as(location).isNull();
        }
    }

    @Test
    void a_page_whose_address_only_starts_like_the_kiosk_s_is_a_fan_s_page() {
        assertThat(messagesFor("kiosks-we-love", Locale.ENGLISH).isSessionExpiredNotificationEnabled()).isTrue();
    }

    @Test
    void a_page_started_from_its_own_address_rather_than_the_script_s_is_recognised_too() {
        VaadinRequest request = mock(VaadinRequest.class);
        when(request.getPathInfo()).thenReturn("/kiosk");
        assertThat(PageEndedMessages.isKiosk(request)).isTrue();
        assertThat(PageEndedMessages.isKiosk(null)).isFalse();
    }

    private SystemMessages messagesFor(String location, Locale locale) {
        VaadinRequest request = mock(VaadinRequest.class);
        when(request.getParameter("location")).thenReturn(location);
        return provider.getSystemMessages(new SystemMessagesInfo(locale, request, null));
    }
}
