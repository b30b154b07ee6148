package nl.stedenband.security;

import java.util.EnumSet;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * There is no default account: on the first start against an empty user table, the first
 * administrator gets the password from {@code STEDENBAND_ADMIN_PASSWORD}, or else a one-time
 * random password that is written to the log once and must be changed at the first sign-in.
 *
 * <p>Runs after the demo data, which brings its own users when it loads.
 */
@Component
@Order(Ordered.LOWEST_PRECEDENCE)
class InitialAdministrator implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(InitialAdministrator.class);

    private final AppUserRepository users;
    private final TransactionTemplate transactions;
    private final UserService userService;
    private final String username;
    private final String configuredPassword;

    InitialAdministrator(
            AppUserRepository users,
            UserService userService,
            @Value("${stedenband.admin.username:admin}") String username,
            @Value("${stedenband.admin.password:}") String configuredPassword,
            PlatformTransactionManager transactionManager) {
        this.transactions = new TransactionTemplate(transactionManager);
        this.users = users;
        this.userService = userService;
        this.username = username;
        this.configuredPassword = configuredPassword;
    }

    /**
     * Two nodes starting at once against an empty database both find no user; one creates the
     * administrator and the other, refused by the unique user name (or a lock), starts all the same.
     */
    @Override
    public void run(ApplicationArguments args) {
        try {
            transactions.executeWithoutResult(status -> createIfNoUsers());
        } catch (DataAccessException e) {
            if (users.count() == 0) {
                throw e;
            }
            log.info("The first administrator was created by another node starting at the same time");
        }
    }

    private void createIfNoUsers() {
        if (users.count() > 0) {
            return;
        }
        boolean generated = configuredPassword.isBlank();
        String password = generated ? PasswordPolicy.generate() : configuredPassword;
        if (!generated) {
            PasswordPolicy.standard()
                    .problem(password, List.of(username, "Administrator"))
                    .ifPresent(problem -> {
                        throw new IllegalStateException("STEDENBAND_ADMIN_PASSWORD is refused: " + problem);
                    });
        }
        AppUser admin = SystemAuthentication.call(
                () -> userService.createUser(username, "Administrator", password, EnumSet.of(Role.ADMIN)));
        if (generated) {
            admin.setPasswordChangeRequired(true);
            log.warn("""

                    ==============================================================
                     First administrator created: user '{}', one-time password:
                         {}
                     It is shown only this once; change it after signing in.
                     (Set STEDENBAND_ADMIN_PASSWORD to choose it instead.)
                    ==============================================================""", username, password);
        } else {
            log.info("First administrator '{}' created with the password from STEDENBAND_ADMIN_PASSWORD", username);
        }
    }
}
