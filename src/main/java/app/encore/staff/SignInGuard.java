package app.encore.staff;

import java.time.Clock;
import java.time.Duration;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Against password guessing: each failed sign-in is answered a little later than the last (up to
 * two seconds), and five in a row lock the account for fifteen minutes.
 */
@Component
class SignInGuard {

    static final Duration STEP = Duration.ofMillis(300);
    static final Duration MAX_DELAY = Duration.ofSeconds(2);

    private final StaffAccountRepository accounts;
    private final Clock clock;

    SignInGuard(StaffAccountRepository accounts, Clock clock) {
        this.accounts = accounts;
        this.clock = clock;
    }

    @EventListener
    @Transactional
    void failed(AuthenticationFailureBadCredentialsEvent event) {
        int failures = accounts.findByUsername(String.valueOf(event.getAuthentication().getName()).strip().toLowerCase(java.util.Locale.ROOT))
                .map(account -> {
                    account.signInFailed(clock.instant());
                    accounts.save(account);
                    return account.failedSignIns() == 0 ? StaffAccount.FAILURES_BEFORE_LOCK : account.failedSignIns();
                })
                .orElse(1);
        slowDown(failures);
    }

    @EventListener
    @Transactional
    void succeeded(AuthenticationSuccessEvent event) {
        accounts.findByUsername(event.getAuthentication().getName()).ifPresent(account -> {
            if (account.failedSignIns() > 0 || account.lockedUntil() != null) {
                account.signedIn();
                accounts.save(account);
            }
        });
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
