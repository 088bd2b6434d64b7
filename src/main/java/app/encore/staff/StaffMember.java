package app.encore.staff;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** An account as admins see it in the list. */
public record StaffMember(long id, String username, StaffRole role, boolean enabled, @Nullable Instant lockedUntil) {
}
