package app.encore.staff;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/** Who is acting, for the audit log: the signed-in moderator or admin. */
public final class Staff {

    private Staff() {
    }

    /** The username of the signed-in staff member; services are guarded, so there always is one. */
    public static String current() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth == null || !auth.isAuthenticated() || auth instanceof AnonymousAuthenticationToken) {
            throw new IllegalStateException("No staff member is signed in");
        }
        return auth.getName();
    }
}
