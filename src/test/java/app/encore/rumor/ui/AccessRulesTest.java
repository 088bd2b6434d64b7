package app.encore.rumor.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.encore.base.ui.NotFoundView;
import app.encore.staff.ui.LoginView;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import java.util.Locale;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithAnonymousUser;
import org.springframework.security.test.context.support.WithMockUser;

/** Who reaches which screen: fans nothing under /admin, moderators no staff management. */
@SpringBootTest
class AccessRulesTest extends SpringBrowserlessTest {

    @BeforeEach
    void speakEnglish() {
        UI.getCurrent().setLocale(Locale.ENGLISH);
    }

    @Test
    @WithAnonymousUser
    void a_fan_sent_to_the_moderation_desk_is_asked_to_sign_in() {
        UI.getCurrent().navigate("admin/moderation");
        assertThat(getCurrentView()).isInstanceOf(LoginView.class);

        for (String admin : new String[] {"admin/users", "admin/audit", "admin/shows"}) {
            UI.getCurrent().navigate(admin);
            assertThat(getCurrentView()).as(admin).isInstanceOf(LoginView.class);
        }
    }

    @Test
    @WithAnonymousUser
    void a_fan_sees_no_staff_entries_in_the_menu() {
        navigate("", com.vaadin.flow.component.Component.class);

        assertThat($(Anchor.class).all()).extracting(Anchor::getText).doesNotContain("Moderation", "Staff", "Audit log");
    }

    @Test
    @WithMockUser(username = "mina", roles = "MODERATOR")
    void a_moderator_reaches_the_desk_and_the_audit_log_but_not_staff_or_status() {
        UI.getCurrent().navigate("admin/moderation");
        assertThat(getCurrentView()).isInstanceOf(ModerationView.class);
        UI.getCurrent().navigate("admin/audit");
        assertThat(getCurrentView().getClass().getSimpleName()).isEqualTo("AuditView");

        UI.getCurrent().navigate("admin/users");
        assertThat(getCurrentView()).isInstanceOf(NotFoundView.class);
        UI.getCurrent().navigate("admin/shows");
        assertThat(getCurrentView()).isInstanceOf(NotFoundView.class);
    }

    @Test
    @WithMockUser(username = "mina", roles = "MODERATOR")
    void the_menu_shows_how_many_rumors_wait_and_no_admin_entries_to_a_moderator() {
        UI.getCurrent().navigate("admin/moderation");

        var texts = $(Anchor.class).all().stream().map(a -> a.getElement().getTextRecursively()).toList();
        assertThat(texts).anySatisfy(text -> assertThat(text).matches("Moderation\\d+"));
        assertThat(texts).contains("Audit log").doesNotContain("Staff", "Official status");
    }

    @Test
    @WithMockUser(username = "admin", roles = {"ADMIN", "MODERATOR"})
    void an_admin_reaches_every_staff_screen() {
        for (String path : new String[] {"admin/moderation", "admin/audit", "admin/users", "admin/shows"}) {
            UI.getCurrent().navigate(path);
            assertThat(getCurrentView()).as(path).isNotInstanceOf(NotFoundView.class).isNotInstanceOf(LoginView.class);
        }
    }
}
