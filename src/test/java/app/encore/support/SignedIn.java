package app.encore.support;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;

/** Runs test code as a signed-in moderator or admin, outside any view. */
public final class SignedIn {

    private SignedIn() {
    }

    public static void asModerator(Runnable action) {
        as("test-moderator", action, "ROLE_MODERATOR");
    }

    public static void asAdmin(Runnable action) {
        as("test-admin", action, "ROLE_ADMIN", "ROLE_MODERATOR");
    }

    /** Something an admin does that gives back a value. */
    public static <T> T asAdmin(java.util.function.Supplier<T> action) {
        var result = new java.util.concurrent.atomic.AtomicReference<T>();
        as("test-admin", () -> result.set(action.get()), "ROLE_ADMIN", "ROLE_MODERATOR");
        return result.get();
    }

    private static void as(String username, Runnable action, String... roles) {
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(new UsernamePasswordAuthenticationToken(username, "n/a",
                AuthorityUtils.createAuthorityList(roles)));
        SecurityContextHolder.setContext(context);
        try {
            action.run();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }
}
