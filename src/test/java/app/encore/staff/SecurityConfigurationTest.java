package app.encore.staff;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SecurityConfigurationTest {

    @Test
    void only_the_configured_origins_may_frame_encore() {
        assertThat(SecurityConfiguration.contentSecurityPolicy(""))
                .endsWith("frame-ancestors 'self'")
                .contains("object-src 'none'", "base-uri 'self'", "form-action 'self'");
        assertThat(SecurityConfiguration.contentSecurityPolicy("https://cafe.example, https://expo.example:8443"))
                .endsWith("frame-ancestors 'self' https://cafe.example https://expo.example:8443");
    }

    @Test
    void a_malformed_origin_in_configuration_cannot_widen_the_policy() {
        assertThat(SecurityConfiguration.contentSecurityPolicy("*, 'unsafe-inline'; script-src *, https://ok.example"))
                .endsWith("frame-ancestors 'self' https://ok.example")
                .doesNotContain("script-src *");
    }
}
