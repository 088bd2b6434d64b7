package app.encore.forecast;

import static org.assertj.core.api.Assertions.assertThat;

import app.encore.base.ServerSecrets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.mockito.Mockito;

class VenueTokensTest {

    private static final Instant NOON = Instant.parse("2026-12-02T12:00:00Z");

    private static VenueTokens at(Instant now, String secret) {
        ServerSecrets secrets = Mockito.mock(ServerSecrets.class);
        Mockito.when(secrets.secret("venue-token")).thenReturn(secret.getBytes());
        return new VenueTokens(secrets, Clock.fixed(now, ZoneOffset.UTC));
    }

    @Test
    void a_token_names_its_venue_for_three_hours_and_no_longer() {
        String venue = VenueTokens.venueOf("shows=goblin&rotate=20");
        String token = at(NOON, "s").issue(venue);

        assertThat(token).hasSizeLessThanOrEqualTo(30);
        assertThat(at(NOON, "s").venue(token)).contains(venue);
        assertThat(at(NOON.plus(Duration.ofMinutes(179)), "s").venue(token)).contains(venue);
        assertThat(at(NOON.plus(Duration.ofHours(3)).plusSeconds(1), "s").venue(token)).isEmpty();
        assertThat(at(NOON.minus(Duration.ofHours(1)), "s").venue(token)).as("not from the future").isEmpty();
    }

    @Test
    void a_token_moved_to_another_venue_altered_or_signed_elsewhere_is_refused() {
        String token = at(NOON, "s").issue(VenueTokens.venueOf("shows=goblin"));
        String otherVenue = VenueTokens.venueOf("shows=my-name") + token.substring(8);

        assertThat(at(NOON, "s").venue(otherVenue)).isEmpty();
        assertThat(at(NOON, "s").venue(token.substring(0, token.length() - 1) + "0")).isEmpty();
        assertThat(at(NOON, "another server").venue(token)).isEmpty();
        assertThat(at(NOON, "s").venue("nonsense")).isEmpty();
        assertThat(at(NOON, "s").venue(null)).isEmpty();
    }

    @Test
    void kiosks_set_up_differently_are_different_venues() {
        assertThat(VenueTokens.venueOf("shows=goblin")).isNotEqualTo(VenueTokens.venueOf("shows=my-name"))
                .matches("[0-9a-f]{8}");
    }
}
