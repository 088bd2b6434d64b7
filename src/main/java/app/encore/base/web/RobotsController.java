package app.encore.base.web;

import app.encore.base.PublicUrl;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Duration;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /robots.txt}: crawlers may read the public pages, their previews, feeds and open data, and
 * are asked to leave the staff screens, the sign-in page, the kiosk (a screen, not a page to find)
 * and the embedded widget (the show page is the one to index) alone. It names the sitemap.
 */
@RestController
class RobotsController {

    private final PublicUrl publicUrl;

    RobotsController(PublicUrl publicUrl) {
        this.publicUrl = publicUrl;
    }

    @GetMapping(value = "/robots.txt", produces = MediaType.TEXT_PLAIN_VALUE)
    ResponseEntity<String> robots(HttpServletRequest request) {
        String robots = """
                User-agent: *
                Disallow: /admin/
                Disallow: /login
                Disallow: /kiosk
                Disallow: /embed/
                Allow: /

                Sitemap: %s
                """.formatted(publicUrl.of(request, "/sitemap.xml"));
        return ResponseEntity.ok().cacheControl(CacheControl.maxAge(Duration.ofHours(1)).cachePublic())
                .contentType(new MediaType("text", "plain", java.nio.charset.StandardCharsets.UTF_8)).body(robots);
    }
}
