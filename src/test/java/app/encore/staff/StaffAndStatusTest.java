package app.encore.staff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.encore.audit.AuditLog;
import app.encore.show.OfficialStatus;
import app.encore.show.ShowAdministration;
import app.encore.show.ShowCatalog;
import app.encore.support.TestShows;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.test.context.support.WithMockUser;

@ExtendWith(TestShows.class)
@SpringBootTest
class StaffAndStatusTest {

    @Autowired
    StaffAccounts accounts;

    @Autowired
    StaffUserDetailsService users;

    @Autowired
    PasswordEncoder encoder;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    ShowAdministration administration;

    @Autowired
    ShowCatalog catalog;

    @Autowired
    AuditLog audit;

    @Autowired
    JdbcClient jdbc;

    @Test
    void the_first_admin_exists_with_the_password_from_the_environment_stored_as_a_hash() {
        UserDetails admin = users.loadUserByUsername("admin");

        assertThat(admin.getPassword()).startsWith("{bcrypt}").doesNotContain(System.getenv("ENCORE_ADMIN_PASSWORD"));
        assertThat(encoder.matches(System.getenv("ENCORE_ADMIN_PASSWORD"), admin.getPassword())).isTrue();
        assertThat(admin.getAuthorities()).extracting(Object::toString).containsExactlyInAnyOrder("ROLE_ADMIN", "ROLE_MODERATOR");
    }

    @Test
    @WithMockUser(username = "admin", roles = {"ADMIN", "MODERATOR"})
    void an_admin_adds_a_moderator_who_can_then_sign_in_as_a_moderator_only() {
        String name = "mod" + UUID.randomUUID().toString().substring(0, 6);
        accounts.addModerator(name, "a-long-enough-password");

        UserDetails moderator = users.loadUserByUsername(name);
        assertThat(moderator.getAuthorities()).extracting(Object::toString).containsExactly("ROLE_MODERATOR");
        assertThat(audit.search("staff " + name, 0, 5)).extracting(e -> e.action()).containsExactly("staff.add-moderator");
    }

    @Test
    @WithMockUser(username = "admin", roles = {"ADMIN", "MODERATOR"})
    void bad_usernames_and_short_passwords_are_refused_by_field() {
        assertThatThrownBy(() -> accounts.addModerator("Bad Name", "a-long-enough-password"))
                .isInstanceOfSatisfying(InvalidStaffInputException.class, e -> assertThat(e.field()).isEqualTo("username"));
        assertThatThrownBy(() -> accounts.addModerator("goodname", "short"))
                .isInstanceOfSatisfying(InvalidStaffInputException.class, e -> assertThat(e.field()).isEqualTo("password"));
        assertThatThrownBy(() -> accounts.addModerator("admin", "a-long-enough-password"))
                .isInstanceOfSatisfying(InvalidStaffInputException.class, e -> assertThat(e.getMessage()).isEqualTo("taken"));
    }

    @Test
    @WithMockUser(username = "admin", roles = {"ADMIN", "MODERATOR"})
    void a_disabled_moderator_cannot_sign_in_and_a_reset_password_works_once_shown() {
        String name = "mod" + UUID.randomUUID().toString().substring(0, 6);
        long id = accounts.addModerator(name, "a-long-enough-password").id();

        accounts.disable(id, "left the team");
        assertThat(users.loadUserByUsername(name).isEnabled()).isFalse();
        accounts.enable(id);
        String fresh = accounts.resetPassword(id);

        assertThat(encoder.matches(fresh, users.loadUserByUsername(name).getPassword())).isTrue();
        assertThat(audit.search("staff " + name, 0, 10)).extracting(e -> e.action())
                .containsExactly("staff.reset-password", "staff.enable", "staff.disable", "staff.add-moderator");
    }

    @Test
    @WithMockUser(username = "admin", roles = {"ADMIN", "MODERATOR"})
    void five_failed_sign_ins_in_a_row_lock_an_account() {
        String name = "mod" + UUID.randomUUID().toString().substring(0, 6);
        accounts.addModerator(name, "a-long-enough-password");

        for (int i = 0; i < 5; i++) {
            events.publishEvent(new AuthenticationFailureBadCredentialsEvent(
                    new UsernamePasswordAuthenticationToken(name, "guess" + i), new BadCredentialsException("bad")));
            assertThat(users.loadUserByUsername(name).isAccountNonLocked()).as("after %d failures", i + 1).isEqualTo(i < 4);
        }
    }

    @Test
    @WithMockUser(username = "mina", roles = "MODERATOR")
    void a_moderator_cannot_manage_staff_or_official_status() {
        assertThatThrownBy(() -> accounts.list()).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> accounts.addModerator("another", "a-long-enough-password"))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> administration.setOfficialStatus(1, OfficialStatus.RENEWED, "x", "https://x.example"))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    @WithMockUser(username = "admin", roles = {"ADMIN", "MODERATOR"})
    void an_admin_sets_the_official_status_with_its_source_and_the_history_keeps_every_change() {
        TestShows.Created show = TestShows.open(jdbc);

        assertThatThrownBy(() -> administration.setOfficialStatus(show.id(), OfficialStatus.RENEWED, "tvN confirms", ""))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> administration.setOfficialStatus(show.id(), OfficialStatus.RENEWED, "tvN confirms",
                "javascript:alert(1)")).isInstanceOf(IllegalArgumentException.class);
        administration.setOfficialStatus(show.id(), OfficialStatus.RENEWED, "tvN confirms season 2", "https://tvn.example/s2");
        administration.setOfficialStatus(show.id(), OfficialStatus.CANCELLED, "Correction: no season 2", "https://tvn.example/no");

        assertThat(catalog.officialStatus(show.id())).contains(OfficialStatus.CANCELLED);
        assertThat(administration.history(show.id())).extracting(change -> change.status())
                .containsExactly(OfficialStatus.CANCELLED, OfficialStatus.RENEWED);
        assertThat(audit.search("show " + show.slug(), 0, 10)).extracting(entry -> entry.action())
                .as("each status resolves the question; the correction annuls the first resolution")
                .containsExactly("question.resolved", "question.annulled", "show.status", "question.resolved",
                        "show.status");
        assertThat(audit.search("show " + show.slug(), 0, 10))
                .allSatisfy(entry -> assertThat(entry.actor()).isEqualTo("admin"));
    }
}
