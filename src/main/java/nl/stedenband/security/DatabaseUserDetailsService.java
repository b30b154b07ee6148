package nl.stedenband.security;

import org.jspecify.annotations.Nullable;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsPasswordService;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Signs users in against the {@code app_user} table, and stores a password's hash again when the
 * sign-in finds it made the old way (bcrypt, or weaker Argon2 settings). Lock-outs are
 * {@link LoginThrottle}'s: it knows whether the browser has signed in to the account before, which
 * a lock here could not.
 */
@Service
class DatabaseUserDetailsService implements UserDetailsService, UserDetailsPasswordService {

    private final AppUserRepository users;

    DatabaseUserDetailsService(AppUserRepository users) {
        this.users = users;
    }

    @Override
    @Transactional(readOnly = true)
    public UserDetails loadUserByUsername(String username) {
        AppUser user =
                users.findByUsername(username.trim()).orElseThrow(() -> new UsernameNotFoundException("No such user"));
        User.UserBuilder builder = User.withUsername(user.getUsername()).password(user.getPasswordHash());
        if (user.isTotpEnabled()) {
            // no roles until the code from the authenticator app is given
            builder.authorities(SecondFactor.PENDING);
        } else {
            builder.roles(user.getRoles().stream().map(Enum::name).toArray(String[]::new));
        }
        return builder.disabled(!user.isEnabled()).build();
    }

    /** Called by the sign-in, right after the password matched, with the new hash. */
    @Override
    @Transactional
    public UserDetails updatePassword(UserDetails user, @Nullable String newPassword) {
        if (newPassword == null) {
            return user;
        }
        users.findByUsername(user.getUsername()).ifPresent(account -> account.setPasswordHash(newPassword));
        return User.withUserDetails(user).password(newPassword).build();
    }
}
