package nl.stedenband.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mockito.ArgumentCaptor;
import org.mockito.Mock;
import org.mockito.junit.jupiter.MockitoExtension;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.AbstractPlatformTransactionManager;
import org.springframework.transaction.support.DefaultTransactionStatus;

/** No default production account: the first administrator comes from configuration or is random. */
@ExtendWith(MockitoExtension.class)
class InitialAdministratorTest {

    @Mock
    AppUserRepository repository;

    @Mock
    UserService userService;

    /** Runs the work as if in a transaction; the repository and service are mocks. */
    final PlatformTransactionManager transactions = new AbstractPlatformTransactionManager() {
        @Override
        protected Object doGetTransaction() {
            return new Object();
        }

        @Override
        protected void doBegin(Object transaction, TransactionDefinition definition) {}

        @Override
        protected void doCommit(DefaultTransactionStatus status) {}

        @Override
        protected void doRollback(DefaultTransactionStatus status) {}
    };

    @Test
    void aSecondNodeStartingAtTheSameMomentStartsWhenTheFirstCreatedTheAdministrator() {
        when(repository.count()).thenReturn(0L, 1L);
        when(userService.createUser(anyString(), anyString(), anyString(), any()))
                .thenThrow(
                        new DataIntegrityViolationException("Duplicate entry 'admin' for key 'uk_app_user_username'"));

        new InitialAdministrator(repository, userService, "admin", "configured-secret-1", transactions)
                .run(new DefaultApplicationArguments());

        verify(userService).createUser(eq("admin"), anyString(), eq("configured-secret-1"), any());
    }

    @Test
    void withUsersInTheDatabaseNoAccountIsCreated() {
        when(repository.count()).thenReturn(4L);

        new InitialAdministrator(repository, userService, "admin", "", transactions)
                .run(new DefaultApplicationArguments());

        verify(userService, never()).createUser(anyString(), anyString(), anyString(), any());
    }

    @Test
    void theConfiguredPasswordIsUsedForTheFirstAdministrator() {
        when(repository.count()).thenReturn(0L);
        AppUser admin = new AppUser("chief", "Administrator", "{bcrypt}x", EnumSet.of(Role.ADMIN));
        when(userService.createUser(eq("chief"), anyString(), eq("configured-secret-1"), eq(Set.of(Role.ADMIN))))
                .thenReturn(admin);

        new InitialAdministrator(repository, userService, "chief", "configured-secret-1", transactions)
                .run(new DefaultApplicationArguments());

        assertThat(admin.isPasswordChangeRequired()).isFalse();
    }

    @Test
    void withoutAConfiguredPasswordAOneTimeRandomOneMustBeChangedAtFirstSignIn() {
        when(repository.count()).thenReturn(0L);
        AppUser admin = new AppUser("admin", "Administrator", "{bcrypt}x", EnumSet.of(Role.ADMIN));
        ArgumentCaptor<String> password = ArgumentCaptor.forClass(String.class);
        when(userService.createUser(eq("admin"), anyString(), password.capture(), eq(Set.of(Role.ADMIN))))
                .thenReturn(admin);

        new InitialAdministrator(repository, userService, "admin", " ", transactions)
                .run(new DefaultApplicationArguments());

        assertThat(password.getValue()).hasSize(20).isNotBlank();
        assertThat(admin.isPasswordChangeRequired()).isTrue();
    }
}
