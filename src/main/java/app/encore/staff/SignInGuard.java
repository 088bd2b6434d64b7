package app.encore.staff;

import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import org.springframework.context.event.EventListener;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Against password guessing: each failed sign-in is answered a little later than the last (up to
 * two seconds), and five in a row lock the account for fifteen minutes.
 * <p>
 * The failure is counted in a short transaction of its own and the wait comes after it has
 * committed: a guesser's slowed-down requests never hold one of the database connections that
 * every fan's page needs.
 */
@Component
class SignInGuard {

    static final Duration STEP = Duration.ofMillis(300);
    static final Duration MAX_DELAY = Duration.ofSeconds(2);
    private static final int ATTEMPTS = 3;

    private final StaffAccountRepository accounts;
    private final TransactionTemplate transaction;
    private final Clock clock;

    SignInGuard(StaffAccountRepository accounts, PlatformTransactionManager transactions, Clock clock) {
        this.accounts = accounts;
        this.transaction = new TransactionTemplate(transactions);
        this.clock = clock;
    }

    @EventListener
    void failed(AuthenticationFailureBadCredentialsEvent event) {
        String username = String.valueOf(event.getAuthentication().getName()).strip().toLowerCase(Locale.ROOT);
        slowDown(countFailure(username));
    }

    @EventListener
    void succeeded(AuthenticationSuccessEvent event) {
        transaction.executeWithoutResult(status -> accounts.findByUsername(event.getAuthentication().getName())
                .ifPresent(account -> {
                    if (account.failedSignIns() > 0 || account.lockedUntil() != null) {
                        account.signedIn();
                        accounts.save(account);
                    }
                }));
    }

    /** How many failures in a row this makes; 1 for a name no account has. */
    private int countFailure(String username) {
        for (int attempt = 1; ; attempt++) {
            try {
                Integer failures = transaction.execute(status -> accounts.findByUsername(username)
                        .map(account -> {
                            account.signInFailed(clock.instant());
                            accounts.save(account);
                            return account.failedSignIns() == 0 ? StaffAccount.FAILURES_BEFORE_LOCK
                                    : account.failedSignIns();
                        })
                        .orElse(1));
                return failures == null ? 1 : failures;
            } catch (OptimisticLockingFailureException sameAccountAtOnce) {
                // Another failed attempt on this account saved first: count again on top of it.
                if (attempt == ATTEMPTS) {
                    return StaffAccount.FAILURES_BEFORE_LOCK;
                }
            }
        }
    }

    private static void slowDown(int failures) {
        long millis = Math.min(MAX_DELAY.toMillis(), STEP.toMillis() * failures);
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
