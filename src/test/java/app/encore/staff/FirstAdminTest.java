package app.encore.staff;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.time.Clock;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;

/** Nodes starting at the same moment on an empty database both try to create the first admin. */
class FirstAdminTest {

    @Test
    void a_node_that_loses_the_race_to_create_the_first_admin_starts_anyway() {
        StaffAccountRepository accounts = mock(StaffAccountRepository.class);
        when(accounts.findByUsername(FirstAdmin.USERNAME)).thenReturn(Optional.empty());
        when(accounts.save(any())).thenThrow(new DuplicateKeyException("uq_staff_account_username"));
        var firstAdmin = new FirstAdmin(accounts, PasswordEncoderFactories.createDelegatingPasswordEncoder(),
                Clock.systemUTC(), "a-long-enough-password");

        assertThatCode(() -> firstAdmin.run(new DefaultApplicationArguments())).doesNotThrowAnyException();
    }
}
