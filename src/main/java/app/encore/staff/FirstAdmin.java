package app.encore.staff;

import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * On the first start, creates the account {@code admin} with the password from
 * {@code ENCORE_ADMIN_PASSWORD}; without one, generates a random password and logs it once. Nodes
 * that start at the same moment on an empty database may both try: the unique username lets one
 * create it, and the others start without it.
 */
@Component
class FirstAdmin implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(FirstAdmin.class);
    static final String USERNAME = "admin";

    private final StaffAccountRepository accounts;
    private final PasswordEncoder encoder;
    private final Clock clock;
    private final String configuredPassword;

    FirstAdmin(StaffAccountRepository accounts, PasswordEncoder encoder, Clock clock,
            @Value("${ENCORE_ADMIN_PASSWORD:}") String configuredPassword) {
        this.accounts = accounts;
        this.encoder = encoder;
        this.clock = clock;
        this.configuredPassword = configuredPassword;
    }

    // No transaction of its own around the check and the insert: on PostgreSQL a refused insert would
    // leave it aborted. The insert commits alone, and a lost race is told by the unique username.
    @Override
    public void run(ApplicationArguments args) {
        if (accounts.findByUsername(USERNAME).isPresent()) {
            return;
        }
        boolean generated = configuredPassword.isBlank();
        String password = generated ? StaffAccounts.randomPassword() : configuredPassword;
        if (!generated) {
            StaffAccounts.checkPassword(password);
        }
        try {
            accounts.save(StaffAccount.create(USERNAME, encoder.encode(password), StaffRole.ADMIN, clock.instant()));
        } catch (DuplicateKeyException anotherNodeWasFirst) {
            log.info("The staff account '{}' was created by another node starting at the same moment", USERNAME);
            return;
        }
        if (generated) {
            log.warn("Created the staff account '{}' with the generated password: {}  (set ENCORE_ADMIN_PASSWORD to"
                    + " choose it; this is shown only once)", USERNAME, password);
        } else {
            log.info("Created the staff account '{}' with the password from ENCORE_ADMIN_PASSWORD", USERNAME);
        }
    }
}
