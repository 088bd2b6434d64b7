package app.encore.fan.ui;

import app.encore.fan.FanId;
import app.encore.fan.Fans;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinResponse;
import com.vaadin.flow.server.VaadinService;
import com.vaadin.flow.server.VaadinSession;
import jakarta.servlet.http.Cookie;
import java.time.Duration;
import java.util.Arrays;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * The fan using this browser. A valid cookie names them from the first request; otherwise the
 * first vote creates a fan and sets the cookie: long-lived, signed, HttpOnly, SameSite=Lax, and
 * Secure over HTTPS. A tampered or foreign cookie is never trusted: the next vote replaces it.
 */
@Component
public class CurrentFan {

    static final String COOKIE = "encore-fan";
    static final Duration LIFETIME = Duration.ofDays(2 * 365);

    private final Fans fans;

    CurrentFan(Fans fans) {
        this.fans = fans;
    }

    /** The fan of the current session, if they have voted before or have a valid cookie. */
    public Optional<FanId> get() {
        VaadinSession session = VaadinSession.getCurrent();
        return session == null ? Optional.empty() : Optional.ofNullable(session.getAttribute(FanId.class));
    }

    /** The fan of the current session, created and remembered now if there is none yet. */
    public FanId getOrCreate() {
        return get().orElseGet(() -> {
            FanId fan = fans.newFan();
            VaadinSession.getCurrent().setAttribute(FanId.class, fan);
            remember(fan);
            return fan;
        });
    }

    /**
     * This browser is {@code fan} from now on (they signed in with a passkey): this session and,
     * through a new cookie, the next ones.
     */
    public void become(FanId fan) {
        VaadinSession.getCurrent().setAttribute(FanId.class, fan);
        remember(fan);
    }

    /** This browser is nobody from now on (the fan deleted themselves): the session forgets them and the cookie goes. */
    public void forget() {
        VaadinSession.getCurrent().setAttribute(FanId.class, null);
        setCookie("", 0);
    }

    /** Reads the cookie of the request that opens a session. */
    void recognise(VaadinSession session, VaadinRequest request) {
        Cookie[] cookies = request.getCookies();
        if (cookies == null) {
            return;
        }
        Arrays.stream(cookies)
                .filter(cookie -> COOKIE.equals(cookie.getName()))
                .map(cookie -> fans.recognise(cookie.getValue()))
                .flatMap(Optional::stream)
                .findFirst()
                .ifPresent(fan -> session.setAttribute(FanId.class, fan));
    }

    private void remember(FanId fan) {
        setCookie(fans.cookieValue(fan), (int) LIFETIME.toSeconds());
    }

    /** Sets the fan cookie in the current response; max age 0 deletes it. */
    private static void setCookie(String value, int maxAge) {
        VaadinResponse response = VaadinService.getCurrentResponse();
        VaadinRequest request = VaadinService.getCurrentRequest();
        if (response == null || request == null) {
            return;
        }
        var cookie = new Cookie(COOKIE, value);
        cookie.setPath(request.getContextPath().isEmpty() ? "/" : request.getContextPath());
        cookie.setMaxAge(maxAge);
        cookie.setHttpOnly(true);
        cookie.setSecure(request.isSecure());
        cookie.setAttribute("SameSite", "Lax");
        response.addCookie(cookie);
    }
}
