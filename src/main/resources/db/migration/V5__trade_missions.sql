-- Trade missions of Twente companies to the partner cities, with their delegation, itinerary and outcomes.
CREATE TABLE trade_mission (
    id                   BIGINT        NOT NULL AUTO_INCREMENT,
    title                VARCHAR(200)  NOT NULL,
    destination_city_id  BIGINT        NOT NULL,
    start_date           DATE          NOT NULL,
    end_date             DATE          NOT NULL,
    lead_officer_id      BIGINT        NULL,
    goals                TEXT          NULL,
    budget               DECIMAL(12,2) NULL,
    status               VARCHAR(20)   NOT NULL,
    report               TEXT          NULL,
    version              BIGINT        NOT NULL DEFAULT 0,
    created_at           DATETIME(6)   NOT NULL,
    created_by           VARCHAR(64)   NULL,
    modified_at          DATETIME(6)   NOT NULL,
    modified_by          VARCHAR(64)   NULL,
    PRIMARY KEY (id),
    KEY ix_trade_mission_start (start_date, id),
    KEY ix_trade_mission_destination (destination_city_id, start_date),
    CONSTRAINT fk_trade_mission_city FOREIGN KEY (destination_city_id) REFERENCES city (id),
    CONSTRAINT fk_trade_mission_lead FOREIGN KEY (lead_officer_id) REFERENCES app_user (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE mission_participant (
    id               BIGINT      NOT NULL AUTO_INCREMENT,
    mission_id       BIGINT      NOT NULL,
    organization_id  BIGINT      NOT NULL,
    contact_id       BIGINT      NULL,
    role             VARCHAR(20) NOT NULL,
    -- an organization, or one of its people, takes part once: NULL contacts compare equal here
    contact_key      BIGINT AS (IFNULL(contact_id, 0)) PERSISTENT,
    version          BIGINT      NOT NULL DEFAULT 0,
    created_at       DATETIME(6) NOT NULL,
    created_by       VARCHAR(64) NULL,
    modified_at      DATETIME(6) NOT NULL,
    modified_by      VARCHAR(64) NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_mission_participant UNIQUE (mission_id, organization_id, contact_key),
    KEY ix_mission_participant_organization (organization_id),
    CONSTRAINT fk_mission_participant_mission FOREIGN KEY (mission_id) REFERENCES trade_mission (id) ON DELETE CASCADE,
    CONSTRAINT fk_mission_participant_organization FOREIGN KEY (organization_id) REFERENCES organization (id),
    CONSTRAINT fk_mission_participant_contact FOREIGN KEY (contact_id) REFERENCES contact (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE mission_itinerary_item (
    id                    BIGINT       NOT NULL AUTO_INCREMENT,
    mission_id            BIGINT       NOT NULL,
    starts_at             DATETIME(6)  NOT NULL,
    duration_minutes      INT          NOT NULL,
    zone_id               VARCHAR(64)  NOT NULL,
    title                 VARCHAR(200) NOT NULL,
    place                 VARCHAR(200) NULL,
    host_organization_id  BIGINT       NULL,
    version               BIGINT       NOT NULL DEFAULT 0,
    created_at            DATETIME(6)  NOT NULL,
    created_by            VARCHAR(64)  NULL,
    modified_at           DATETIME(6)  NOT NULL,
    modified_by           VARCHAR(64)  NULL,
    PRIMARY KEY (id),
    KEY ix_itinerary_mission (mission_id, starts_at),
    CONSTRAINT fk_itinerary_mission FOREIGN KEY (mission_id) REFERENCES trade_mission (id) ON DELETE CASCADE,
    CONSTRAINT fk_itinerary_host FOREIGN KEY (host_organization_id) REFERENCES organization (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE mission_outcome (
    id               BIGINT        NOT NULL AUTO_INCREMENT,
    mission_id       BIGINT        NOT NULL,
    kind             VARCHAR(20)   NOT NULL,
    organization_id  BIGINT        NOT NULL,
    description      VARCHAR(1000) NOT NULL,
    version          BIGINT        NOT NULL DEFAULT 0,
    created_at       DATETIME(6)   NOT NULL,
    created_by       VARCHAR(64)   NULL,
    modified_at      DATETIME(6)   NOT NULL,
    modified_by      VARCHAR(64)   NULL,
    PRIMARY KEY (id),
    KEY ix_outcome_mission (mission_id),
    CONSTRAINT fk_outcome_mission FOREIGN KEY (mission_id) REFERENCES trade_mission (id) ON DELETE CASCADE,
    CONSTRAINT fk_outcome_organization FOREIGN KEY (organization_id) REFERENCES organization (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
