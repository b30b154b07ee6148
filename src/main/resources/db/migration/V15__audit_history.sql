-- Audit history (Hibernate Envers): one revision per changing transaction, with who and when, and
-- for each audited table a copy per revision (revtype 0 added, 1 changed, 2 deleted) that says which
-- fields changed (<column>_mod). Written by Envers only; the app has no way to edit it.
CREATE TABLE revinfo (
    id         BIGINT      NOT NULL AUTO_INCREMENT,
    timestamp  BIGINT      NOT NULL,
    username   VARCHAR(64) NOT NULL,
    PRIMARY KEY (id),
    KEY ix_revinfo_timestamp (timestamp, id),
    KEY ix_revinfo_username (username, timestamp)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE activity_aud (
    id               BIGINT NOT NULL,
    rev              BIGINT NOT NULL,
    revtype          TINYINT NULL,
    subject_type     VARCHAR(30) NULL,
    subject_type_mod BOOLEAN NULL,
    subject_id       BIGINT NULL,
    subject_id_mod   BOOLEAN NULL,
    kind             VARCHAR(20) NULL,
    kind_mod         BOOLEAN NULL,
    occurred_on      DATE NULL,
    occurred_on_mod  BOOLEAN NULL,
    summary          VARCHAR(200) NULL,
    summary_mod      BOOLEAN NULL,
    details          VARCHAR(4000) NULL,
    details_mod      BOOLEAN NULL,
    author           VARCHAR(64) NULL,
    author_mod       BOOLEAN NULL,
    PRIMARY KEY (id, rev),
    CONSTRAINT fk_activity_aud_rev FOREIGN KEY (rev) REFERENCES revinfo (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE app_user_aud (
    id                           BIGINT NOT NULL,
    rev                          BIGINT NOT NULL,
    revtype                      TINYINT NULL,
    username                     VARCHAR(64) NULL,
    username_mod                 BOOLEAN NULL,
    display_name                 VARCHAR(120) NULL,
    display_name_mod             BOOLEAN NULL,
    enabled                      BOOLEAN NULL,
    enabled_mod                  BOOLEAN NULL,
    password_change_required     BOOLEAN NULL,
    password_change_required_mod BOOLEAN NULL,
    locked_until                 DATETIME(6) NULL,
    locked_until_mod             BOOLEAN NULL,
    preferred_language           VARCHAR(8) NULL,
    preferred_language_mod       BOOLEAN NULL,
    time_zone                    VARCHAR(64) NULL,
    time_zone_mod                BOOLEAN NULL,
    roles_mod                    BOOLEAN NULL,
    PRIMARY KEY (id, rev),
    CONSTRAINT fk_app_user_aud_rev FOREIGN KEY (rev) REFERENCES revinfo (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE app_user_role_aud (
    rev     BIGINT NOT NULL,
    revtype TINYINT NULL,
    user_id BIGINT NOT NULL,
    role    VARCHAR(20) NOT NULL,
    PRIMARY KEY (rev, user_id, role),
    CONSTRAINT fk_app_user_role_aud_rev FOREIGN KEY (rev) REFERENCES revinfo (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE city_aud (
    id                 BIGINT NOT NULL,
    rev                BIGINT NOT NULL,
    revtype            TINYINT NULL,
    name               VARCHAR(100) NULL,
    name_mod           BOOLEAN NULL,
    country_code       CHAR(2) NULL,
    country_code_mod   BOOLEAN NULL,
    zone_id            VARCHAR(64) NULL,
    zone_id_mod        BOOLEAN NULL,
    home               BOOLEAN NULL,
    home_mod           BOOLEAN NULL,
    partner_since      INT NULL,
    partner_since_mod  BOOLEAN NULL,
    work_start         TIME NULL,
    work_start_mod     BOOLEAN NULL,
    work_end           TIME NULL,
    work_end_mod       BOOLEAN NULL,
    shoulder_start     TIME NULL,
    shoulder_start_mod BOOLEAN NULL,
    shoulder_end       TIME NULL,
    shoulder_end_mod   BOOLEAN NULL,
    late_end           TIME NULL,
    late_end_mod       BOOLEAN NULL,
    weekend_days       VARCHAR(64) NULL,
    weekend_days_mod   BOOLEAN NULL,
    holiday_region     VARCHAR(16) NULL,
    holiday_region_mod BOOLEAN NULL,
    PRIMARY KEY (id, rev),
    CONSTRAINT fk_city_aud_rev FOREIGN KEY (rev) REFERENCES revinfo (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE partnership_aud (
    id                BIGINT NOT NULL,
    rev               BIGINT NOT NULL,
    revtype           TINYINT NULL,
    city_id           BIGINT NULL,
    city_id_mod       BOOLEAN NULL,
    name              VARCHAR(150) NULL,
    name_mod          BOOLEAN NULL,
    signed_on         DATE NULL,
    signed_on_mod     BOOLEAN NULL,
    themes            VARCHAR(500) NULL,
    themes_mod        BOOLEAN NULL,
    status            VARCHAR(20) NULL,
    status_mod        BOOLEAN NULL,
    document_link     VARCHAR(500) NULL,
    document_link_mod BOOLEAN NULL,
    PRIMARY KEY (id, rev),
    CONSTRAINT fk_partnership_aud_rev FOREIGN KEY (rev) REFERENCES revinfo (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE organization_aud (
    id          BIGINT NOT NULL,
    rev         BIGINT NOT NULL,
    revtype     TINYINT NULL,
    name        VARCHAR(200) NULL,
    name_mod    BOOLEAN NULL,
    type        VARCHAR(20) NULL,
    type_mod    BOOLEAN NULL,
    city_id     BIGINT NULL,
    city_id_mod BOOLEAN NULL,
    sector      VARCHAR(100) NULL,
    sector_mod  BOOLEAN NULL,
    website     VARCHAR(255) NULL,
    website_mod BOOLEAN NULL,
    notes       VARCHAR(4000) NULL,
    notes_mod   BOOLEAN NULL,
    tags_mod    BOOLEAN NULL,
    PRIMARY KEY (id, rev),
    CONSTRAINT fk_organization_aud_rev FOREIGN KEY (rev) REFERENCES revinfo (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE organization_tag_aud (
    rev             BIGINT NOT NULL,
    revtype         TINYINT NULL,
    organization_id BIGINT NOT NULL,
    tag             VARCHAR(40) NOT NULL,
    PRIMARY KEY (organization_id, rev, tag),
    CONSTRAINT fk_organization_tag_aud_rev FOREIGN KEY (rev) REFERENCES revinfo (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE contact_aud (
    id                     BIGINT NOT NULL,
    rev                    BIGINT NOT NULL,
    revtype                TINYINT NULL,
    first_name             VARCHAR(100) NULL,
    first_name_mod         BOOLEAN NULL,
    last_name              VARCHAR(100) NULL,
    last_name_mod          BOOLEAN NULL,
    job_title              VARCHAR(150) NULL,
    job_title_mod          BOOLEAN NULL,
    organization_id        BIGINT NULL,
    organization_id_mod    BOOLEAN NULL,
    city_id                BIGINT NULL,
    city_id_mod            BOOLEAN NULL,
    email                  VARCHAR(254) NULL,
    email_mod              BOOLEAN NULL,
    phone                  VARCHAR(40) NULL,
    phone_mod              BOOLEAN NULL,
    preferred_language     VARCHAR(8) NULL,
    preferred_language_mod BOOLEAN NULL,
    owner_id               BIGINT NULL,
    owner_id_mod           BOOLEAN NULL,
    gdpr_basis             VARCHAR(30) NULL,
    gdpr_basis_mod         BOOLEAN NULL,
    consent_date           DATE NULL,
    consent_date_mod       BOOLEAN NULL,
    notes                  VARCHAR(4000) NULL,
    notes_mod              BOOLEAN NULL,
    tags_mod               BOOLEAN NULL,
    PRIMARY KEY (id, rev),
    CONSTRAINT fk_contact_aud_rev FOREIGN KEY (rev) REFERENCES revinfo (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE contact_tag_aud (
    rev        BIGINT NOT NULL,
    revtype    TINYINT NULL,
    contact_id BIGINT NOT NULL,
    tag        VARCHAR(40) NOT NULL,
    PRIMARY KEY (contact_id, rev, tag),
    CONSTRAINT fk_contact_tag_aud_rev FOREIGN KEY (rev) REFERENCES revinfo (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE videoconference_aud (
    id                     BIGINT NOT NULL,
    rev                    BIGINT NOT NULL,
    revtype                TINYINT NULL,
    topic                  VARCHAR(200) NULL,
    topic_mod              BOOLEAN NULL,
    theme                  VARCHAR(60) NULL,
    theme_mod              BOOLEAN NULL,
    start_at               DATETIME(6) NULL,
    start_at_mod           BOOLEAN NULL,
    duration_minutes       INT NULL,
    duration_minutes_mod   BOOLEAN NULL,
    organizing_city_id     BIGINT NULL,
    organizing_city_id_mod BOOLEAN NULL,
    meeting_link           VARCHAR(500) NULL,
    meeting_link_mod       BOOLEAN NULL,
    agenda                 TEXT NULL,
    agenda_mod             BOOLEAN NULL,
    minutes                TEXT NULL,
    minutes_mod            BOOLEAN NULL,
    follow_up              TEXT NULL,
    follow_up_mod          BOOLEAN NULL,
    status                 VARCHAR(20) NULL,
    status_mod             BOOLEAN NULL,
    cities_mod             BOOLEAN NULL,
    participants_mod       BOOLEAN NULL,
    PRIMARY KEY (id, rev),
    CONSTRAINT fk_videoconference_aud_rev FOREIGN KEY (rev) REFERENCES revinfo (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE videoconference_city_aud (
    rev                BIGINT NOT NULL,
    revtype            TINYINT NULL,
    videoconference_id BIGINT NOT NULL,
    city_id            BIGINT NOT NULL,
    PRIMARY KEY (city_id, rev, videoconference_id),
    CONSTRAINT fk_videoconference_city_aud_rev FOREIGN KEY (rev) REFERENCES revinfo (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE videoconference_participant_aud (
    rev                BIGINT NOT NULL,
    revtype            TINYINT NULL,
    videoconference_id BIGINT NOT NULL,
    contact_id         BIGINT NOT NULL,
    PRIMARY KEY (contact_id, rev, videoconference_id),
    CONSTRAINT fk_videoconference_participant_aud_rev FOREIGN KEY (rev) REFERENCES revinfo (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE trade_mission_aud (
    id                      BIGINT NOT NULL,
    rev                     BIGINT NOT NULL,
    revtype                 TINYINT NULL,
    title                   VARCHAR(200) NULL,
    title_mod               BOOLEAN NULL,
    destination_city_id     BIGINT NULL,
    destination_city_id_mod BOOLEAN NULL,
    start_date              DATE NULL,
    start_date_mod          BOOLEAN NULL,
    end_date                DATE NULL,
    end_date_mod            BOOLEAN NULL,
    lead_officer_id         BIGINT NULL,
    lead_officer_id_mod     BOOLEAN NULL,
    goals                   TEXT NULL,
    goals_mod               BOOLEAN NULL,
    budget                  DECIMAL(12,2) NULL,
    budget_mod              BOOLEAN NULL,
    status                  VARCHAR(20) NULL,
    status_mod              BOOLEAN NULL,
    report                  TEXT NULL,
    report_mod              BOOLEAN NULL,
    PRIMARY KEY (id, rev),
    CONSTRAINT fk_trade_mission_aud_rev FOREIGN KEY (rev) REFERENCES revinfo (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE mission_participant_aud (
    id                  BIGINT NOT NULL,
    rev                 BIGINT NOT NULL,
    revtype             TINYINT NULL,
    mission_id          BIGINT NULL,
    mission_id_mod      BOOLEAN NULL,
    organization_id     BIGINT NULL,
    organization_id_mod BOOLEAN NULL,
    contact_id          BIGINT NULL,
    contact_id_mod      BOOLEAN NULL,
    role                VARCHAR(20) NULL,
    role_mod            BOOLEAN NULL,
    PRIMARY KEY (id, rev),
    CONSTRAINT fk_mission_participant_aud_rev FOREIGN KEY (rev) REFERENCES revinfo (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE mission_itinerary_item_aud (
    id                       BIGINT NOT NULL,
    rev                      BIGINT NOT NULL,
    revtype                  TINYINT NULL,
    mission_id               BIGINT NULL,
    mission_id_mod           BOOLEAN NULL,
    starts_at                DATETIME(6) NULL,
    starts_at_mod            BOOLEAN NULL,
    duration_minutes         INT NULL,
    duration_minutes_mod     BOOLEAN NULL,
    zone_id                  VARCHAR(64) NULL,
    zone_id_mod              BOOLEAN NULL,
    title                    VARCHAR(200) NULL,
    title_mod                BOOLEAN NULL,
    place                    VARCHAR(200) NULL,
    place_mod                BOOLEAN NULL,
    host_organization_id     BIGINT NULL,
    host_organization_id_mod BOOLEAN NULL,
    PRIMARY KEY (id, rev),
    CONSTRAINT fk_mission_itinerary_item_aud_rev FOREIGN KEY (rev) REFERENCES revinfo (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE mission_outcome_aud (
    id                  BIGINT NOT NULL,
    rev                 BIGINT NOT NULL,
    revtype             TINYINT NULL,
    mission_id          BIGINT NULL,
    mission_id_mod      BOOLEAN NULL,
    kind                VARCHAR(20) NULL,
    kind_mod            BOOLEAN NULL,
    organization_id     BIGINT NULL,
    organization_id_mod BOOLEAN NULL,
    description         VARCHAR(1000) NULL,
    description_mod     BOOLEAN NULL,
    PRIMARY KEY (id, rev),
    CONSTRAINT fk_mission_outcome_aud_rev FOREIGN KEY (rev) REFERENCES revinfo (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE exchange_programme_aud (
    id                         BIGINT NOT NULL,
    rev                        BIGINT NOT NULL,
    revtype                    TINYINT NULL,
    name                       VARCHAR(200) NULL,
    name_mod                   BOOLEAN NULL,
    type                       VARCHAR(30) NULL,
    type_mod                   BOOLEAN NULL,
    home_institution_id        BIGINT NULL,
    home_institution_id_mod    BOOLEAN NULL,
    partner_institution_id     BIGINT NULL,
    partner_institution_id_mod BOOLEAN NULL,
    partner_city_id            BIGINT NULL,
    partner_city_id_mod        BOOLEAN NULL,
    academic_year              VARCHAR(9) NULL,
    academic_year_mod          BOOLEAN NULL,
    quota_outbound             INT NULL,
    quota_outbound_mod         BOOLEAN NULL,
    quota_inbound              INT NULL,
    quota_inbound_mod          BOOLEAN NULL,
    minors                     BOOLEAN NULL,
    minors_mod                 BOOLEAN NULL,
    ends_on                    DATE NULL,
    ends_on_mod                BOOLEAN NULL,
    status                     VARCHAR(10) NULL,
    status_mod                 BOOLEAN NULL,
    contact_persons_mod        BOOLEAN NULL,
    PRIMARY KEY (id, rev),
    CONSTRAINT fk_exchange_programme_aud_rev FOREIGN KEY (rev) REFERENCES revinfo (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE exchange_programme_contact_aud (
    rev          BIGINT NOT NULL,
    revtype      TINYINT NULL,
    programme_id BIGINT NOT NULL,
    contact_id   BIGINT NOT NULL,
    PRIMARY KEY (contact_id, programme_id, rev),
    CONSTRAINT fk_exchange_programme_contact_aud_rev FOREIGN KEY (rev) REFERENCES revinfo (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE mobility_aud (
    id                       BIGINT NOT NULL,
    rev                      BIGINT NOT NULL,
    revtype                  TINYINT NULL,
    programme_id             BIGINT NULL,
    programme_id_mod         BOOLEAN NULL,
    contact_id               BIGINT NULL,
    contact_id_mod           BOOLEAN NULL,
    direction                VARCHAR(10) NULL,
    direction_mod            BOOLEAN NULL,
    period_start             DATE NULL,
    period_start_mod         BOOLEAN NULL,
    period_end               DATE NULL,
    period_end_mod           BOOLEAN NULL,
    host_organization_id     BIGINT NULL,
    host_organization_id_mod BOOLEAN NULL,
    status                   VARCHAR(20) NULL,
    status_mod               BOOLEAN NULL,
    guardian_consent         BOOLEAN NULL,
    guardian_consent_mod     BOOLEAN NULL,
    retention_until          DATE NULL,
    retention_until_mod      BOOLEAN NULL,
    anonymised               BOOLEAN NULL,
    anonymised_mod           BOOLEAN NULL,
    PRIMARY KEY (id, rev),
    CONSTRAINT fk_mobility_aud_rev FOREIGN KEY (rev) REFERENCES revinfo (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
