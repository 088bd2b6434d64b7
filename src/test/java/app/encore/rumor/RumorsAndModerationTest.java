package app.encore.rumor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.encore.audit.AuditEntry;
import app.encore.audit.AuditLog;
import app.encore.fan.FanId;
import app.encore.support.ProofOfWorkSolver;
import app.encore.support.TestShows;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.test.context.support.WithAnonymousUser;
import org.springframework.security.test.context.support.WithMockUser;

@ExtendWith(TestShows.class)
@SpringBootTest
class RumorsAndModerationTest {

    @Autowired
    Rumors rumors;

    @Autowired
    Moderation moderation;

    @Autowired
    AuditLog audit;

    @Autowired
    JdbcClient jdbc;

    private long show;
    private final FanId fan = FanId.random();

    @BeforeEach
    void aNewShow() {
        show = TestShows.open(jdbc).id();
    }

    private RumorItem submit(FanId who, String headline) {
        return rumors.submit(who, show, new RumorDraft(headline, "Details here", "https://press.example/story",
                SourceKind.PRESS, LocalDate.of(2026, 11, 1)), ProofOfWorkSolver.solve(rumors.challenge()));
    }

    @Test
    void a_submitted_rumor_is_seen_only_by_its_author_until_published() {
        RumorItem mine = submit(fan, "Netflix confirmed the sequel");

        assertThat(mine.state()).isEqualTo(ModerationState.PENDING);
        assertThat(rumors.visibleTo(Optional.of(fan), show)).singleElement()
                .satisfies(item -> assertThat(item.mine()).isTrue());
        assertThat(rumors.visibleTo(Optional.of(FanId.random()), show)).isEmpty();
        assertThat(rumors.visibleTo(Optional.empty(), show)).isEmpty();
    }

    @Test
    void without_a_solved_challenge_nothing_is_submitted() {
        var draft = new RumorDraft("Netflix confirmed the sequel", null, "https://press.example/x", SourceKind.PRESS,
                LocalDate.of(2026, 11, 1));

        assertRefused(() -> rumors.submit(fan, show, draft, null), RumorRefusedException.Reason.CHALLENGE);
        assertRefused(() -> rumors.submit(fan, show, draft, "bm90IGEgc29sdXRpb24="), RumorRefusedException.Reason.CHALLENGE);
        String solved = ProofOfWorkSolver.solve(rumors.challenge());
        rumors.submit(fan, show, draft, solved);
        assertRefused(() -> rumors.submit(fan, show, draft, solved), RumorRefusedException.Reason.CHALLENGE);
    }

    @Test
    void a_fan_submitting_more_than_five_rumors_an_hour_is_slowed_down() {
        for (int i = 0; i < 5; i++) {
            submit(fan, "Rumor number " + i + " about it");
        }
        assertRefused(() -> submit(fan, "One rumor too many today"), RumorRefusedException.Reason.TOO_FAST);
    }

    @Test
    void an_invalid_draft_is_refused_with_every_problem_and_nothing_saved() {
        assertThatThrownBy(() -> rumors.submit(fan, show, new RumorDraft("short", null, "javascript:alert(1)",
                SourceKind.PRESS, LocalDate.now().plusYears(1)), ProofOfWorkSolver.solve(rumors.challenge())))
                .isInstanceOfSatisfying(InvalidRumorException.class,
                        e -> assertThat(e.problems()).containsOnlyKeys("headline", "sourceUrl", "firstSeen"));
        assertThat(rumors.visibleTo(Optional.of(fan), show)).isEmpty();
    }

    @Test
    @WithMockUser(username = "mina", roles = "MODERATOR")
    void a_published_rumor_is_seen_by_everyone_and_the_audit_log_says_who_published_it() {
        RumorItem item = submit(fan, "Netflix confirmed the sequel");

        moderation.publish(List.of(item.id()));
        moderation.judge(List.of(item.id()), Verdict.DOUBTFUL, "No statement found", "https://tvn.example/none");

        assertThat(rumors.visibleTo(Optional.empty(), show)).singleElement().satisfies(visible -> {
            assertThat(visible.state()).isEqualTo(ModerationState.PUBLISHED);
            assertThat(visible.verdict()).isEqualTo(Verdict.DOUBTFUL);
            assertThat(visible.verdictNote()).isEqualTo("No statement found");
        });
        List<AuditEntry> entries = audit.search("rumor " + item.id() + " ", 0, 10);
        assertThat(entries).extracting(AuditEntry::action).containsExactly("rumor.verdict.doubtful", "rumor.publish");
        assertThat(entries).allSatisfy(entry -> assertThat(entry.actor()).isEqualTo("mina"));
        assertThat(entries.getFirst().reason()).isEqualTo("No statement found");
    }

    @Test
    @WithMockUser(username = "mina", roles = "MODERATOR")
    void a_rejected_rumor_is_never_shown_and_its_reason_is_audited() {
        RumorItem item = submit(fan, "Season 2 starts filming tomorrow");

        assertThatThrownBy(() -> moderation.reject(List.of(item.id()), " ")).isInstanceOf(InvalidRumorException.class);
        moderation.reject(List.of(item.id()), "No source");

        assertThat(rumors.visibleTo(Optional.of(fan), show)).isEmpty();
        assertThat(audit.search("rumor " + item.id() + " ", 0, 10)).singleElement().satisfies(entry -> {
            assertThat(entry.action()).isEqualTo("rumor.reject");
            assertThat(entry.reason()).isEqualTo("No source");
        });
    }

    @Test
    @WithMockUser(username = "mina", roles = "MODERATOR")
    void the_first_report_puts_a_rumor_on_the_desk_and_three_fans_reports_hide_it_until_a_moderator_decides() {
        RumorItem item = submit(fan, "Netflix confirmed the sequel");
        moderation.publish(List.of(item.id()));
        FanId first = FanId.random();

        assertThat(rumors.report(first, item.id(), ReportCategory.WRONG_SOURCE, null, proof())).isFalse();

        assertThat(rumors.visibleTo(Optional.empty(), show)).as("still published").hasSize(1);
        assertThat(moderation.list(ModerationState.PENDING, 0, 500)).as("on the desk at once")
                .filteredOn(queued -> queued.id() == item.id()).singleElement().satisfies(queued -> {
                    assertThat(queued.state()).isEqualTo(ModerationState.PUBLISHED);
                    assertThat(queued.reports()).containsExactly(new RumorItem.Report(ReportCategory.WRONG_SOURCE, null));
                });
        assertThat(moderation.count(ModerationState.PENDING)).isEqualTo(
                moderation.list(ModerationState.PENDING, 0, 500).size());
        assertThat(rumors.visibleTo(Optional.of(first), show)).singleElement()
                .satisfies(shown -> assertThat(shown.reportedByViewer()).as("their button says so").isTrue());

        assertThat(rumors.report(FanId.random(), item.id(), ReportCategory.DUPLICATE, null, proof())).isFalse();
        assertThat(rumors.report(FanId.random(), item.id(), ReportCategory.OTHER, "Old news", proof())).isTrue();

        assertThat(rumors.visibleTo(Optional.empty(), show)).as("hidden after three").isEmpty();
        assertThat(moderation.list(ModerationState.PENDING, 0, 500)).filteredOn(queued -> queued.id() == item.id())
                .singleElement().satisfies(queued -> {
                    assertThat(queued.reportedBack()).isTrue();
                    assertThat(queued.reports()).extracting(RumorItem.Report::category).containsExactlyInAnyOrder(
                            ReportCategory.WRONG_SOURCE, ReportCategory.DUPLICATE, ReportCategory.OTHER);
                    assertThat(queued.reports()).extracting(RumorItem.Report::reason).contains("Old news");
                });

        moderation.publish(List.of(item.id()));
        assertThat(moderation.list(ModerationState.PENDING, 0, 500)).as("a moderator kept it: off the desk")
                .noneMatch(queued -> queued.id() == item.id());
    }

    @Test
    @WithMockUser(username = "mina", roles = "MODERATOR")
    void a_fan_reports_a_rumor_once_and_something_else_needs_their_words() {
        RumorItem item = submit(fan, "Netflix confirmed the sequel");
        moderation.publish(List.of(item.id()));
        FanId reporter = FanId.random();

        assertThatThrownBy(() -> rumors.report(reporter, item.id(), ReportCategory.OTHER, "  ", proof()))
                .isInstanceOf(InvalidRumorException.class);
        rumors.report(reporter, item.id(), ReportCategory.SPOILER, null, proof());

        assertThatThrownBy(() -> rumors.report(reporter, item.id(), ReportCategory.ABUSE, null, proof()))
                .isInstanceOfSatisfying(RumorRefusedException.class,
                        refused -> assertThat(refused.reason()).isEqualTo(RumorRefusedException.Reason.ALREADY_REPORTED));
        assertThat(moderation.list(ModerationState.PENDING, 0, 500)).filteredOn(queued -> queued.id() == item.id())
                .singleElement().satisfies(queued -> assertThat(queued.reports()).hasSize(1));
    }

    private String proof() {
        return ProofOfWorkSolver.solve(rumors.challenge());
    }

    @Test
    @WithMockUser(username = "mina", roles = "MODERATOR")
    void a_moderator_can_correct_a_rumor_before_publishing_it() {
        RumorItem item = submit(fan, "Netflix confirmd the seqel");

        moderation.editAndPublish(item.id(), new RumorDraft("Netflix confirmed the sequel", "Fixed", "https://press.example/y",
                SourceKind.OFFICIAL_STATEMENT, LocalDate.of(2026, 11, 2)));

        assertThat(rumors.visibleTo(Optional.empty(), show)).singleElement().satisfies(visible -> {
            assertThat(visible.headline()).isEqualTo("Netflix confirmed the sequel");
            assertThat(visible.sourceKind()).isEqualTo(SourceKind.OFFICIAL_STATEMENT);
        });
        assertThat(audit.search("rumor " + item.id() + " ", 0, 10)).singleElement()
                .satisfies(entry -> assertThat(entry.details()).contains("confirmd"));
    }

    @Test
    @WithMockUser(username = "mina", roles = "MODERATOR")
    void several_rumors_can_be_published_at_once() {
        RumorItem a = submit(fan, "First rumor about it");
        RumorItem b = submit(FanId.random(), "Second rumor about it");

        moderation.publish(List.of(a.id(), b.id()));

        assertThat(rumors.visibleTo(Optional.empty(), show)).hasSize(2);
    }

    @Test
    @WithAnonymousUser
    void fans_cannot_use_the_moderation_desk() {
        assertThatThrownBy(() -> moderation.publish(List.of(1L))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> moderation.list(ModerationState.PENDING, 0, 10)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> audit.search(null, 0, 10)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void without_anyone_signed_in_the_desk_is_closed() {
        assertThatThrownBy(() -> moderation.count(ModerationState.PENDING))
                .isInstanceOf(AuthenticationCredentialsNotFoundException.class);
    }

    private static void assertRefused(Runnable action, RumorRefusedException.Reason reason) {
        assertThatThrownBy(action::run).isInstanceOfSatisfying(RumorRefusedException.class,
                e -> assertThat(e.reason()).isEqualTo(reason));
    }
}
