package app.encore.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

class RememberedMissesTest {

    /** Vaadin's file server as far as this matters: it has favicon.ico and nothing else. */
    private final List<String> asked = new ArrayList<>();
    private final RememberedMisses files = new RememberedMisses((request, response) -> {
        asked.add(request.getRequestURI());
        return request.getRequestURI().equals("/favicon.ico");
    });

    @Test
    void a_page_address_is_looked_up_once_and_then_known_to_be_no_file() throws Exception {
        assertThat(serve("/shows/goblin")).isFalse();
        assertThat(serve("/shows/goblin")).isFalse();
        assertThat(serve("/shows/goblin")).isFalse();

        assertThat(asked).containsExactly("/shows/goblin");
    }

    @Test
    void a_file_is_served_every_time_by_vaadins_own_server() throws Exception {
        assertThat(serve("/favicon.ico")).isTrue();
        assertThat(serve("/favicon.ico")).isTrue();

        assertThat(asked).containsExactly("/favicon.ico", "/favicon.ico");
    }

    @Test
    void invented_addresses_only_push_out_older_ones() throws Exception {
        for (int i = 0; i < 3 * RememberedMisses.REMEMBERED; i++) {
            serve("/no-such-page-" + i);
        }
        asked.clear();

        serve("/no-such-page-0");

        assertThat(asked).as("long forgotten, so asked again").containsExactly("/no-such-page-0");
    }

    private boolean serve(String uri) throws Exception {
        var request = new MockHttpServletRequest("GET", uri);
        return files.serveStaticResource(request, new MockHttpServletResponse());
    }
}
