package app.encore.kiosk.ui;

import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinResponse;
import jakarta.servlet.http.Cookie;
import java.time.Duration;

/**
 * The cookie a registered screen keeps its credential in: HttpOnly (no script on any page reads it),
 * SameSite=Lax, Secure over HTTPS, for 400 days. Set when the screen claims its credential and each
 * time the credential is rotated, always on the answer to one of the screen's own HTTP requests.
 */
final class ScreenCookie {

    static final String NAME = "encore-screen";
    static final Duration KEPT = Duration.ofDays(400);

    private ScreenCookie() {
    }

    /** Sets the credential on the current answer; nothing outside a request (a push, a test). */
    static void set(String credential) {
        VaadinResponse response = VaadinResponse.getCurrent();
        VaadinRequest request = VaadinRequest.getCurrent();
        if (response == null) {
            return;
        }
        var cookie = new Cookie(NAME, credential);
        cookie.setHttpOnly(true);
        cookie.setSecure(request != null && request.isSecure());
        cookie.setPath("/");
        cookie.setMaxAge((int) KEPT.toSeconds());
        cookie.setAttribute("SameSite", "Lax");
        response.addCookie(cookie);
    }
}
