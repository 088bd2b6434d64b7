package app.encore.rumor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class RumorRulesTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 21);

    private static RumorDraft draft(String headline, String details, String url, SourceKind kind, LocalDate seen) {
        return new RumorDraft(headline, details, url, kind, seen);
    }

    @Test
    void a_headline_has_ten_to_one_hundred_forty_characters() {
        assertProblem(draft("123456789", null, "https://a.example", SourceKind.PRESS, TODAY), "headline");
        assertProblem(draft("x".repeat(141), null, "https://a.example", SourceKind.PRESS, TODAY), "headline");
        assertThat(RumorRules.check(draft("1234567890", null, "https://a.example", SourceKind.PRESS, TODAY), TODAY)
                .headline()).isEqualTo("1234567890");
        assertThat(RumorRules.check(draft("가".repeat(140), null, "https://a.example", SourceKind.PRESS, TODAY), TODAY)
                .headline()).hasSize(140);
    }

    @Test
    void details_are_optional_plain_text_up_to_two_thousand_characters() {
        assertProblem(draft("A fine headline", "x".repeat(2001), "https://a.example", SourceKind.PRESS, TODAY), "details");
        assertThat(RumorRules.check(draft("A fine headline", "  ", "https://a.example", SourceKind.PRESS, TODAY), TODAY)
                .details()).isNull();
    }

    @Test
    void only_http_and_https_links_with_a_host_are_sources() {
        for (String bad : new String[] {"", "javascript:alert(1)", "data:text/html,x", "ftp://a.example/x", "/relative",
                "https://", "a.example/page", "vbscript:msgbox(1)"}) {
            assertProblem(draft("A fine headline", null, bad, SourceKind.PRESS, TODAY), "sourceUrl");
        }
        assertThat(RumorRules.check(draft("A fine headline", null, "http://a.example/x?y=1", SourceKind.PRESS, TODAY),
                TODAY).sourceUrl()).isEqualTo("http://a.example/x?y=1");
    }

    @Test
    void a_source_in_capitals_is_stored_with_its_scheme_and_host_in_lower_case_and_its_path_as_typed() {
        assertThat(RumorRules.check(draft("A fine headline", null, " HTTPS://EXAMPLE.COM/X ", SourceKind.PRESS, TODAY),
                TODAY).sourceUrl()).isEqualTo("https://example.com/X");
    }

    @Test
    void control_characters_in_a_headline_or_its_details_are_refused_beside_the_field() {
        assertThatThrownBy(() -> RumorRules.check(draft("Netflix\u0000 confirmed it", "line one\u0007",
                "https://a.example", SourceKind.PRESS, TODAY), TODAY))
                .isInstanceOfSatisfying(InvalidRumorException.class, e -> assertThat(e.problems())
                        .containsEntry("headline", "input.error.control-characters")
                        .containsEntry("details", "input.error.control-characters"));
        assertThat(RumorRules.check(draft("A fine headline", "line one\nline two\ttabbed", "https://a.example",
                SourceKind.PRESS, TODAY), TODAY).details()).isEqualTo("line one\nline two\ttabbed");
    }

    @Test
    void the_first_seen_date_is_required_and_not_in_the_future() {
        assertProblem(draft("A fine headline", null, "https://a.example", SourceKind.PRESS, TODAY.plusDays(1)), "firstSeen");
        assertProblem(draft("A fine headline", null, "https://a.example", SourceKind.PRESS, null), "firstSeen");
        assertThat(RumorRules.check(draft("A fine headline", null, "https://a.example", SourceKind.PRESS, TODAY), TODAY)
                .firstSeen()).isEqualTo(TODAY);
    }

    @Test
    void every_problem_is_reported_at_once() {
        assertThatThrownBy(() -> RumorRules.check(draft("short", "x".repeat(2001), "nope", null, TODAY.plusDays(3)), TODAY))
                .isInstanceOfSatisfying(InvalidRumorException.class, e -> assertThat(e.problems())
                        .containsOnlyKeys("headline", "details", "sourceUrl", "sourceKind", "firstSeen"));
    }

    private static void assertProblem(RumorDraft draft, String field) {
        assertThatThrownBy(() -> RumorRules.check(draft, TODAY)).isInstanceOfSatisfying(InvalidRumorException.class,
                e -> assertThat(e.problems()).containsKey(field));
    }
}
