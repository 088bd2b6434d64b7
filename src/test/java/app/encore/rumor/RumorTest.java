package app.encore.rumor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.encore.fan.FanId;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class RumorTest {

    private static final Instant NOW = Instant.parse("2026-11-21T12:00:00Z");
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 21);

    private static RumorDraft draft(String headline, String url) {
        return new RumorDraft(headline, "Details", url, SourceKind.PRESS, TODAY);
    }

    private static Rumor submitted() {
        return Rumor.submit(1, FanId.random(), RumorRules.check(draft("Netflix confirmed season 2", "https://example.org/a"),
                TODAY), NOW);
    }

    @Test
    void a_submitted_rumor_waits_for_review_unverified() {
        Rumor rumor = submitted();

        assertThat(rumor.state()).isEqualTo(ModerationState.PENDING);
        assertThat(rumor.verdict()).isEqualTo(Verdict.UNVERIFIED);
    }

    @Test
    void three_different_fans_reporting_a_published_rumor_send_it_back_to_the_queue() {
        Rumor rumor = submitted();
        rumor.publish("mod", NOW);
        FanId first = FanId.random();

        assertThat(rumor.report(first, ReportCategory.OTHER, "wrong", NOW)).isFalse();
        assertThat(rumor.report(first, ReportCategory.OTHER, "still wrong", NOW)).as("the same fan twice counts once").isFalse();
        assertThat(rumor.report(FanId.random(), ReportCategory.OTHER, "wrong", NOW)).isFalse();
        assertThat(rumor.state()).isEqualTo(ModerationState.PUBLISHED);

        assertThat(rumor.report(FanId.random(), ReportCategory.OTHER, "wrong", NOW)).isTrue();
        assertThat(rumor.state()).isEqualTo(ModerationState.PENDING);
        assertThat(rumor.reportedBack()).isTrue();
        assertThat(rumor.reports()).hasSize(3);
    }

    @Test
    void publishing_again_clears_the_reports() {
        Rumor rumor = submitted();
        rumor.publish("mod", NOW);
        for (int i = 0; i < 3; i++) {
            rumor.report(FanId.random(), ReportCategory.OTHER, "wrong", NOW);
        }

        rumor.publish("mod", NOW);

        assertThat(rumor.state()).isEqualTo(ModerationState.PUBLISHED);
        assertThat(rumor.reports()).isEmpty();
        assertThat(rumor.reportedBack()).isFalse();
    }

    @Test
    void only_published_rumors_can_be_reported() {
        Rumor pending = submitted();

        assertThat(pending.report(FanId.random(), ReportCategory.OTHER, "wrong", NOW)).isFalse();
        assertThat(pending.reports()).isEmpty();
    }

    @Test
    void a_rejected_rumor_keeps_its_reason() {
        Rumor rumor = submitted();

        rumor.reject("mod", "Speculation");

        assertThat(rumor.state()).isEqualTo(ModerationState.REJECTED);
        assertThat(rumor.rejectionReason()).isEqualTo("Speculation");
    }

    @Test
    void a_verdict_takes_a_note_and_only_a_web_link_as_evidence() {
        Rumor rumor = submitted();

        assertThatThrownBy(() -> rumor.judge(Verdict.DEBUNKED, "no", "javascript:alert(1)", "mod"))
                .isInstanceOf(InvalidRumorException.class);
        rumor.judge(Verdict.DEBUNKED, " The network denied it ", "https://tvn.example/denial", "mod");

        assertThat(rumor.verdict()).isEqualTo(Verdict.DEBUNKED);
        assertThat(rumor.verdictNote()).isEqualTo("The network denied it");
        assertThat(rumor.verdictEvidenceUrl()).isEqualTo("https://tvn.example/denial");
    }
}
