package app.encore.base;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.time.Duration;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * How long an HTTP session lives, decided after every request.
 * <ul>
 * <li>A page load (a GET that is not one of Vaadin's own requests) that had to create a session
 * leaves none behind: the session is dropped once the page is sent. The page is Vaadin's bootstrap
 * page, which needs no session afterwards; a browser that runs it asks for its UI next, and that
 * request makes the session the UI lives in. So a visitor who only reads, or keeps no cookies,
 * costs no session at all.</li>
 * <li>A visitor's session ends after {@code encore.session.visitor-timeout} without a request. An
 * open page keeps it alive with Vaadin's heartbeat, so kiosks and fans' open pages never expire,
 * while a closed or abandoned page frees its memory within minutes, not half an hour.</li>
 * <li>A signed-in moderator's or admin's session lasts {@code server.servlet.session.timeout}.</li>
 * </ul>
 */
final class SessionLifetimes extends OncePerRequestFilter {

    private final int visitorSeconds;
    private final int staffSeconds;

    SessionLifetimes(Duration visitor, Duration staff) {
        this.visitorSeconds = (int) visitor.toSeconds();
        this.staffSeconds = (int) staff.toSeconds();
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        try {
            chain.doFilter(request, response);
        } finally {
            HttpSession session = request.getSession(false);
            if (session != null) {
                try {
                    if (session.isNew() && isPageLoad(request)) {
                        session.invalidate();
                    } else {
                        session.setMaxInactiveInterval(signedIn(session) ? staffSeconds : visitorSeconds);
                    }
                } catch (IllegalStateException invalidatedMeanwhile) {
                    // Signed out or expired during the request: nothing left to decide.
                }
            }
        }
    }

    /** A document request: every request of Vaadin's client carries {@code v-r} (init, uidl, push, heartbeat). */
    static boolean isPageLoad(HttpServletRequest request) {
        return "GET".equals(request.getMethod()) && request.getParameter("v-r") == null;
    }

    /** Spring Security keeps a signed-in user's context in the session (and nothing for anonymous ones). */
    private static boolean signedIn(HttpSession session) {
        Object context = session.getAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY);
        Authentication authentication = context instanceof SecurityContext security ? security.getAuthentication() : null;
        return authentication != null && authentication.isAuthenticated();
    }
}
