package app.encore.staff;

import java.time.Duration;
import java.time.Instant;
import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A moderator's or admin's account. Failed sign-ins count up; the fifth in a row locks the
 * account for a while, and a successful sign-in starts the count again.
 */
@Table("staff_account")
class StaffAccount {

    static final int FAILURES_BEFORE_LOCK = 5;
    static final Duration LOCK = Duration.ofMinutes(15);

    private @Id @Nullable Long id;
    /** Null until first saved: Spring Data JDBC then inserts; rows loaded from SQL start at 0. */
    private @Version @Nullable Integer version;
    private final String username;
    private String passwordHash;
    private final StaffRole staffRole;
    private boolean enabled;
    private int failedSignIns;
    private @Nullable Instant lockedUntil;
    private final Instant createdAt;

    @PersistenceCreator
    StaffAccount(@Nullable Long id, @Nullable Integer version, String username, String passwordHash, StaffRole staffRole,
            boolean enabled, int failedSignIns, @Nullable Instant lockedUntil, Instant createdAt) {
        this.id = id;
        this.version = version;
        this.username = username;
        this.passwordHash = passwordHash;
        this.staffRole = staffRole;
        this.enabled = enabled;
        this.failedSignIns = failedSignIns;
        this.lockedUntil = lockedUntil;
        this.createdAt = createdAt;
    }

    static StaffAccount create(String username, String passwordHash, StaffRole role, Instant now) {
        return new StaffAccount(null, null, username, passwordHash, role, true, 0, null, now);
    }

    void signInFailed(Instant now) {
        failedSignIns++;
        if (failedSignIns >= FAILURES_BEFORE_LOCK) {
            lockedUntil = now.plus(LOCK);
            failedSignIns = 0;
        }
    }

    void signedIn() {
        failedSignIns = 0;
        lockedUntil = null;
    }

    boolean isLockedAt(Instant now) {
        return lockedUntil != null && lockedUntil.isAfter(now);
    }

    void disable() {
        enabled = false;
    }

    void enable() {
        enabled = true;
    }

    void changePassword(String newHash) {
        passwordHash = newHash;
        signedIn();
    }

    @Nullable Long id() {
        return id;
    }

    String username() {
        return username;
    }

    String passwordHash() {
        return passwordHash;
    }

    StaffRole role() {
        return staffRole;
    }

    boolean enabled() {
        return enabled;
    }

    int failedSignIns() {
        return failedSignIns;
    }

    @Nullable Instant lockedUntil() {
        return lockedUntil;
    }

    Instant createdAt() {
        return createdAt;
    }
}
