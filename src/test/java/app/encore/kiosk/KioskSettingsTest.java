package app.encore.kiosk;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

class KioskSettingsTest {

    private static KioskSettings parse(String... pairs) {
        var params = new java.util.HashMap<String, List<String>>();
        for (int i = 0; i < pairs.length; i += 2) {
            params.put(pairs[i], List.of(pairs[i + 1]));
        }
        return KioskSettings.from(params);
    }

    @Test
    void everything_comes_from_the_address() {
        KioskSettings settings = parse("shows", "crash-landing-on-you, goblin", "rotate", "30", "theme", "contrast",
                "lang", "ko", "embed", "1");

        assertThat(settings.slugs()).containsExactly("crash-landing-on-you", "goblin");
        assertThat(settings.rotateSeconds()).isEqualTo(30);
        assertThat(settings.theme()).isEqualTo(KioskSettings.Theme.CONTRAST);
        assertThat(settings.language()).isEqualTo(Locale.KOREAN);
        assertThat(settings.embedded()).isTrue();
    }

    @Test
    void no_parameters_give_the_defaults() {
        KioskSettings settings = KioskSettings.from(Map.of());

        assertThat(settings.slugs()).isEmpty();
        assertThat(settings.rotateSeconds()).isEqualTo(15);
        assertThat(settings.theme()).isEqualTo(KioskSettings.Theme.DARK);
        assertThat(settings.language()).isNull();
        assertThat(settings.embedded()).isFalse();
    }

    @Test
    void a_rotation_of_zero_negative_huge_or_not_a_number_falls_back_to_fifteen_seconds() {
        for (String bad : new String[] {"0", "-5", "4", "100000", "fast", ""}) {
            assertThat(parse("rotate", bad).rotateSeconds()).as(bad).isEqualTo(15);
        }
    }

    @Test
    void an_unknown_theme_or_language_falls_back_to_dark_and_the_browser() {
        assertThat(parse("theme", "neon").theme()).isEqualTo(KioskSettings.Theme.DARK);
        assertThat(parse("theme", "LIGHT").theme()).isEqualTo(KioskSettings.Theme.LIGHT);
        assertThat(parse("lang", "fr").language()).isNull();
    }

    @Test
    void malformed_slugs_are_dropped_and_duplicates_kept_once() {
        assertThat(parse("shows", "goblin,<script>,,GOBLIN,../admin,my-name").slugs()).containsExactly("goblin", "my-name");
    }
}
