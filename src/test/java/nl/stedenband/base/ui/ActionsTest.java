package nl.stedenband.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.SocketTimeoutException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import nl.stedenband.base.BusinessRuleException;
import org.junit.jupiter.api.Test;
import org.springframework.dao.CannotAcquireLockException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionSystemException;

/** Which failures the user is told are "the database is not available", and which are not. */
class ActionsTest {

    @Test
    void aDatabaseThatCannotBeReachedOrDidNotAnswerIsUnavailableWhereverItIsInTheCauses() {
        assertThat(Actions.isDatabaseUnavailable(new CannotCreateTransactionException(
                        "no connection",
                        new SQLTransientConnectionException(
                                "Connection is not available, request timed out after 3000ms"))))
                .isTrue();
        assertThat(Actions.isDatabaseUnavailable(
                        new TransactionSystemException("commit failed", new SQLException("Socket error", "08000"))))
                .isTrue();
        assertThat(Actions.isDatabaseUnavailable(
                        new IllegalStateException("wrapped", new SocketTimeoutException("Read timed out"))))
                .isTrue();
        assertThat(Actions.isDatabaseUnavailable(new CannotAcquireLockException("deadlock, try again")))
                .isTrue();
    }

    @Test
    void refusalsConcurrentChangesAndBugsAreNot() {
        assertThat(Actions.isDatabaseUnavailable(new OptimisticLockingFailureException("stale")))
                .isFalse();
        assertThat(Actions.isDatabaseUnavailable(new BusinessRuleException("quota reached")))
                .isFalse();
        assertThat(Actions.isDatabaseUnavailable(
                        new DataIntegrityViolationException("duplicate", new SQLException("Duplicate entry", "23000"))))
                .isFalse();
        assertThat(Actions.isDatabaseUnavailable(new IllegalStateException("a bug")))
                .isFalse();
    }
}
