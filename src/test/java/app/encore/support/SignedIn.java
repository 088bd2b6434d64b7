package app.encore.support;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;

/** Runs test code as a signed-in moderator, outside any view. */
public final class SignedIn {

    private SignedIn() {
    }

    public static void asModerator(Runnable action) {
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(new UsernamePasswordAuthenticationToken("test-moderator", "n/a",
                AuthorityUtils.createAuthorityList("ROLE_MODERATOR")));
        SecurityContextHolder.setContext(context);
        try {
            action.run();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }
}
