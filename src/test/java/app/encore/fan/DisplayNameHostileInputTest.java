package app.encore.fan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.encore.support.HostileInput;
import app.encore.support.HostileInput.Entry;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The table of hostile input ({@link HostileInput}) as a fan's display name, which allows letters,
 * digits, spaces and {@code . _ ' -} only: every entry with markup, controls or formulas is refused
 * (the form shows the rule beside the field and keeps what was typed), and a name in Hangul is saved
 * with its white space, line feeds and tabs included, collapsed into single spaces.
 */
@SpringBootTest
class DisplayNameHostileInputTest {

    @Autowired
    Fans fans;

    @Test
    void no_entry_with_markup_controls_or_a_formula_becomes_a_display_name() {
        FanId fan = fans.newFan();
        for (Entry entry : HostileInput.table()) {
            String text = entry.text();
            if (text.codePointCount(0, text.length()) > Fans.MAX_NAME || entry.name().startsWith("emoji")) {
                continue;
            }
            if (entry.name().equals("line feed")) {
                continue; // white space of any kind is collapsed into one space: checked below
            }
            assertThatThrownBy(() -> fans.setDisplayName(fan, text)).as(entry.name())
                    .isInstanceOf(InvalidDisplayNameException.class);
        }
        assertThat(fans.displayName(fan)).as("nothing was saved").isEmpty();
        assertThatThrownBy(() -> fans.setDisplayName(fan, HostileInput.MEGABYTE)).isInstanceOf(InvalidDisplayNameException.class);

        assertThat(fans.setDisplayName(fan, "  드라마 \n\t 팬 ")).isEqualTo("드라마 팬");
    }
}
