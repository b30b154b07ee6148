-- Failed sign-ins, shared by all nodes: the throttle counts them in sliding windows per account
-- (from browsers the account has not signed in from before), per device cookie and per client
-- address; users are told of them at their next sign-in and administrators see them. Rows older
-- than 30 days are deleted. A row is written as an attempt starts and deleted if it succeeds, so
-- attempts in flight at the same moment count too.
CREATE TABLE sign_in_failure (
    id         BIGINT      NOT NULL AUTO_INCREMENT,
    -- the username as typed (trimmed, lower case, cut to the longest username): existing or not
    account    VARCHAR(64) NOT NULL,
    address    VARCHAR(45) NULL,
    -- the device cookie's id, when the browser sent one valid for this account
    device     CHAR(32)    NULL,
    step       VARCHAR(8)  NOT NULL,
    failed_at  DATETIME(6) NOT NULL,
    -- cleared by a later successful sign-in of the same kind of client (or a password reset): it
    -- no longer counts towards a lock-out, but is still shown
    counted    BOOLEAN     NOT NULL DEFAULT TRUE,
    PRIMARY KEY (id),
    KEY ix_sign_in_failure_account (account, failed_at),
    KEY ix_sign_in_failure_address (address, failed_at),
    KEY ix_sign_in_failure_device (device, failed_at),
    KEY ix_sign_in_failure_time (failed_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Secrets the app generates for itself on first use, the same for every node (the device cookie's
-- signing key); never in the repository or the configuration.
CREATE TABLE signing_key (
    name       VARCHAR(32)   NOT NULL,
    secret     VARBINARY(64) NOT NULL,
    created_at DATETIME(6)   NOT NULL,
    PRIMARY KEY (name)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
