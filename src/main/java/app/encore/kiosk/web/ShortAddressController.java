package app.encore.kiosk.web;

import app.encore.kiosk.Screens;
import app.encore.kiosk.Screens.ShortAddress;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * The short address a registered screen prints below its QR code, {@code /v/K7Q2X}: typed at an
 * event, it leads to the show with the screen's venue token, while the token lasts. A mistyped or
 * expired one leads to a page that says so and takes the letters again; an address that guesses
 * is refused for a while. Plain HTTP, no session: the fan's first page is the show page.
 */
@RestController
class ShortAddressController {

    private final Screens screens;

    ShortAddressController(Screens screens) {
        this.screens = screens;
    }

    @GetMapping("/v/{code}")
    ResponseEntity<Void> follow(@PathVariable String code, HttpServletRequest request) {
        String site = request.getContextPath() + "/";
        URI target = switch (screens.follow(code, request.getRemoteAddr())) {
            case ShortAddress.Show show -> URI.create(site + show.path());
            case ShortAddress.Unknown unknown -> URI.create(site + "address?tried="
                    + URLEncoder.encode(code.length() > 20 ? code.substring(0, 20) : code, StandardCharsets.UTF_8));
            case ShortAddress.TooMany tooMany -> URI.create(site + "address?refused");
        };
        // The token is the fan's own way in: never kept by a cache on the way.
        return ResponseEntity.status(HttpStatus.FOUND).location(target).cacheControl(CacheControl.noStore()).build();
    }
}
