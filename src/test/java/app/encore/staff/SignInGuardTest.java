package app.encore.staff;

import static org.assertj.core.api.Assertions.assertThat;

import app.encore.show.ShowCatalog;
import app.encore.show.ShowQuery;
import app.encore.support.SignedIn;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;

/**
 * Password guessers are slowed down without slowing anyone else: with two database connections in
 * the pool and two guessers waiting for their answers, a fan's page still reads the catalogue.
 */
@SpringBootTest(properties = "spring.datasource.hikari.maximum-pool-size=2")
class SignInGuardTest {

    @Autowired
    StaffAccounts accounts;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    ShowCatalog catalog;

    @Autowired
    JdbcClient jdbc;

    @Test
    void slowed_down_guessers_hold_no_database_connection_while_they_wait() throws Exception {
        CompletableFuture<Duration> first = guessWrong(accountWithThreeFailures());
        CompletableFuture<Duration> second = guessWrong(accountWithThreeFailures());
        Thread.sleep(300);
        long readStarted = System.nanoTime();
        assertThat(catalog.find(ShowQuery.all(), 0, 10).total()).isPositive();
        Duration read = Duration.ofNanos(System.nanoTime() - readStarted);
        assertThat(read).as("a fan's read while the guessers wait").isLessThan(Duration.ofMillis(400));
        assertThat(first.get()).as("the fourth failure in a row is answered 1.2 s late")
                .isGreaterThanOrEqualTo(Duration.ofMillis(1_200));
        assertThat(second.get()).isGreaterThanOrEqualTo(Duration.ofMillis(1_200));
    }

    private String accountWithThreeFailures() {
        String name = "guard" + UUID.randomUUID().toString().substring(0, 6);
        SignedIn.asAdmin(() -> accounts.addModerator(name, "a-long-enough-password"));
        jdbc.sql("UPDATE staff_account SET failed_sign_ins = 3 WHERE username = :name").param("name", name).update();
        return name;
    }

    /** A wrong password for this account; completes when the guesser gets the answer. */
    private CompletableFuture<Duration> guessWrong(String name) {
        long started = System.nanoTime();
        // A thread of its own for each guesser, as each request has one.
        return CompletableFuture.supplyAsync(() -> {
            events.publishEvent(new AuthenticationFailureBadCredentialsEvent(
                    new UsernamePasswordAuthenticationToken(name, "wrong"), new BadCredentialsException("bad")));
            assertThat(jdbc.sql("SELECT failed_sign_ins FROM staff_account WHERE username = :name")
                    .param("name", name).query(Integer.class).single()).isEqualTo(4);
            return Duration.ofNanos(System.nanoTime() - started);
        }, runnable -> Thread.ofPlatform().start(runnable));
    }
}
