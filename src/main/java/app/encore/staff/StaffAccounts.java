package app.encore.staff;

import app.encore.audit.AuditLog;
import org.springframework.security.access.annotation.Secured;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.List;
import java.util.regex.Pattern;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Admins manage moderators: add, disable, enable, reset a password. Every change is audited. */
@Service
@Secured("ROLE_ADMIN")
public class StaffAccounts {

    static final Pattern USERNAME = Pattern.compile("[a-z][a-z0-9._-]{2,39}");
    static final int MIN_PASSWORD = 12;
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final String ALPHABET = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";

    private final StaffAccountRepository accounts;
    private final PasswordEncoder encoder;
    private final AuditLog audit;
    private final Clock clock;

    StaffAccounts(StaffAccountRepository accounts, PasswordEncoder encoder, AuditLog audit, Clock clock) {
        this.accounts = accounts;
        this.encoder = encoder;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<StaffMember> list() {
        return accounts.findAllByOrderByUsername().stream()
                .map(a -> new StaffMember(a.id(), a.username(), a.role(), a.enabled(),
                        a.isLockedAt(clock.instant()) ? a.lockedUntil() : null))
                .toList();
    }

    /**
     * @throws InvalidStaffInputException for a username that is not 3–40 lowercase letters, digits
     *     and {@code . _ -} starting with a letter, one that is taken, or a password under 12 characters
     */
    @Transactional
    public StaffMember addModerator(String username, String password) {
        String name = username == null ? "" : username.strip().toLowerCase(java.util.Locale.ROOT);
        if (!USERNAME.matcher(name).matches()) {
            throw new InvalidStaffInputException("username", "3–40 lowercase letters, digits, . _ -, starting with a letter");
        }
        checkPassword(password);
        if (accounts.findByUsername(name).isPresent()) {
            throw new InvalidStaffInputException("username", "taken");
        }
        try {
            StaffAccount account = accounts.save(StaffAccount.create(name, encoder.encode(password), StaffRole.MODERATOR,
                    clock.instant()));
            audit.record(Staff.current(), "staff.add-moderator", "staff " + name, null, null);
            return new StaffMember(account.id(), name, StaffRole.MODERATOR, true, null);
        } catch (DuplicateKeyException takenMeanwhile) {
            throw new InvalidStaffInputException("username", "taken");
        }
    }

    @Transactional
    public void disable(long id, String reason) {
        StaffAccount account = accounts.findById(id).orElseThrow();
        if (account.username().equals(Staff.current())) {
            throw new InvalidStaffInputException("account", "You cannot disable your own account");
        }
        account.disable();
        accounts.save(account);
        audit.record(Staff.current(), "staff.disable", "staff " + account.username(), reason, null);
    }

    @Transactional
    public void enable(long id) {
        StaffAccount account = accounts.findById(id).orElseThrow();
        account.enable();
        accounts.save(account);
        audit.record(Staff.current(), "staff.enable", "staff " + account.username(), null, null);
    }

    /** Sets a new random password, returns it once (it is stored only as a hash), and unlocks. */
    @Transactional
    public String resetPassword(long id) {
        StaffAccount account = accounts.findById(id).orElseThrow();
        String password = randomPassword();
        account.changePassword(encoder.encode(password));
        accounts.save(account);
        audit.record(Staff.current(), "staff.reset-password", "staff " + account.username(), null, null);
        return password;
    }

    static String randomPassword() {
        var password = new StringBuilder();
        for (int i = 0; i < 16; i++) {
            password.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return password.toString();
    }

    static void checkPassword(String password) {
        if (password == null || password.length() < MIN_PASSWORD) {
            throw new InvalidStaffInputException("password", "at least " + MIN_PASSWORD + " characters");
        }
    }
}
