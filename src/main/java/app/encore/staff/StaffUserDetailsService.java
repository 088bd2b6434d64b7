package app.encore.staff;

import app.encore.base.PlainText;
import java.time.Clock;
import java.util.List;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Staff accounts for Spring Security. Admins hold both roles, so "moderator" checks admit them. */
@Service
class StaffUserDetailsService implements UserDetailsService {

    private final StaffAccountRepository accounts;
    private final Clock clock;

    StaffUserDetailsService(StaffAccountRepository accounts, Clock clock) {
        this.accounts = accounts;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public UserDetails loadUserByUsername(String username) {
        if (!PlainText.isLine(username)) {
            throw new UsernameNotFoundException("No such staff member");
        }
        StaffAccount account = accounts.findByUsername(username == null ? "" : username.strip().toLowerCase(java.util.Locale.ROOT))
                .orElseThrow(() -> new UsernameNotFoundException("No such staff member"));
        List<SimpleGrantedAuthority> roles = account.role() == StaffRole.ADMIN
                ? List.of(new SimpleGrantedAuthority("ROLE_ADMIN"), new SimpleGrantedAuthority("ROLE_MODERATOR"))
                : List.of(new SimpleGrantedAuthority("ROLE_MODERATOR"));
        return User.withUsername(account.username())
                .password(account.passwordHash())
                .authorities(roles)
                .disabled(!account.enabled())
                .accountLocked(account.isLockedAt(clock.instant()))
                .build();
    }
}
