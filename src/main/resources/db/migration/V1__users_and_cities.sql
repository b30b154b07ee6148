-- Users sign in with a username and a bcrypt hash; roles in their own table.
CREATE TABLE app_user (
    id                        BIGINT       NOT NULL AUTO_INCREMENT,
    username                  VARCHAR(64)  NOT NULL,
    display_name              VARCHAR(120) NOT NULL,
    password_hash             VARCHAR(255) NOT NULL,
    enabled                   BOOLEAN      NOT NULL DEFAULT TRUE,
    password_change_required  BOOLEAN      NOT NULL DEFAULT FALSE,
    locked_until              DATETIME(6)  NULL,
    last_login_at             DATETIME(6)  NULL,
    preferred_language        VARCHAR(8)   NULL,
    time_zone                 VARCHAR(64)  NULL,
    version                   BIGINT       NOT NULL DEFAULT 0,
    created_at                DATETIME(6)  NOT NULL,
    created_by                VARCHAR(64)  NULL,
    modified_at               DATETIME(6)  NOT NULL,
    modified_by               VARCHAR(64)  NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_app_user_username UNIQUE (username)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE app_user_role (
    user_id BIGINT      NOT NULL,
    role    VARCHAR(20) NOT NULL,
    PRIMARY KEY (user_id, role),
    CONSTRAINT fk_app_user_role_user FOREIGN KEY (user_id) REFERENCES app_user (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The home city and its partners, with the hours the scheduling view colours.
CREATE TABLE city (
    id              BIGINT       NOT NULL AUTO_INCREMENT,
    name            VARCHAR(100) NOT NULL,
    country_code    CHAR(2)      NOT NULL,
    zone_id         VARCHAR(64)  NOT NULL,
    home            BOOLEAN      NOT NULL DEFAULT FALSE,
    -- at most one home city, guarded by the database too: NULL for partners, 1 for the home city
    home_marker     TINYINT AS (IF(home, 1, NULL)) PERSISTENT,
    partner_since   INT          NULL,
    work_start      TIME         NOT NULL DEFAULT '09:00:00',
    work_end        TIME         NOT NULL DEFAULT '17:00:00',
    shoulder_start  TIME         NOT NULL DEFAULT '07:00:00',
    shoulder_end    TIME         NOT NULL DEFAULT '21:00:00',
    late_end        TIME         NOT NULL DEFAULT '23:00:00',
    weekend_days    VARCHAR(64)  NOT NULL DEFAULT 'SATURDAY,SUNDAY',
    holiday_region  VARCHAR(16)  NULL,
    version         BIGINT       NOT NULL DEFAULT 0,
    created_at      DATETIME(6)  NOT NULL,
    created_by      VARCHAR(64)  NULL,
    modified_at     DATETIME(6)  NOT NULL,
    modified_by     VARCHAR(64)  NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_city_name UNIQUE (name, country_code),
    CONSTRAINT uk_city_home UNIQUE (home_marker)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
