-- The optional second factor (TOTP, RFC 6238): the shared secret in base32, whether it is
-- confirmed, and the last time step used, so that a code cannot be replayed within its window.
ALTER TABLE app_user
    ADD COLUMN totp_secret    VARCHAR(64) NULL,
    ADD COLUMN totp_enabled   BOOLEAN     NOT NULL DEFAULT FALSE,
    ADD COLUMN totp_last_step BIGINT      NULL;
