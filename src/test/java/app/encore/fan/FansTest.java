package app.encore.fan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

@SpringBootTest
class FansTest {

    @Autowired
    Fans fans;

    @Test
    void a_fan_can_name_themselves_and_rename_later() {
        FanId fan = fans.newFan();
        assertThat(fans.displayName(fan)).isEmpty();

        assertThat(fans.setDisplayName(fan, "  Bin   Fan  ")).isEqualTo("Bin Fan");
        fans.setDisplayName(fan, "빈 팬 2");

        assertThat(fans.displayName(fan)).contains("빈 팬 2");
    }

    @Test
    void names_that_are_too_short_too_long_or_carry_markup_are_refused() {
        FanId fan = fans.newFan();
        for (String bad : new String[] {"", " ", "a", "x".repeat(41), "<script>", "a\u0000b", "name;drop"}) {
            assertThatThrownBy(() -> fans.setDisplayName(fan, bad)).as(bad)
                    .isInstanceOf(InvalidDisplayNameException.class);
        }
        assertThat(fans.displayName(fan)).isEmpty();
    }

    @Test
    void a_cookie_round_trips_through_the_service() {
        FanId fan = fans.newFan();

        assertThat(fans.recognise(fans.cookieValue(fan))).contains(fan);
        assertThat(fans.recognise("v1." + fan + ".forged")).isEmpty();
    }
}
