-- Videoconferences between the cities; the start is an instant in UTC, shown in every city's time.
CREATE TABLE videoconference (
    id                  BIGINT        NOT NULL AUTO_INCREMENT,
    topic               VARCHAR(200)  NOT NULL,
    theme               VARCHAR(60)   NULL,
    start_at            DATETIME(6)   NOT NULL,
    duration_minutes    INT           NOT NULL,
    organizing_city_id  BIGINT        NOT NULL,
    meeting_link        VARCHAR(500)  NULL,
    agenda              TEXT          NULL,
    minutes             TEXT          NULL,
    follow_up           TEXT          NULL,
    status              VARCHAR(20)   NOT NULL,
    version             BIGINT        NOT NULL DEFAULT 0,
    created_at          DATETIME(6)   NOT NULL,
    created_by          VARCHAR(64)   NULL,
    modified_at         DATETIME(6)   NOT NULL,
    modified_by         VARCHAR(64)   NULL,
    PRIMARY KEY (id),
    KEY ix_videoconference_start (start_at, id),
    CONSTRAINT fk_videoconference_city FOREIGN KEY (organizing_city_id) REFERENCES city (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE videoconference_city (
    videoconference_id BIGINT NOT NULL,
    city_id            BIGINT NOT NULL,
    PRIMARY KEY (videoconference_id, city_id),
    KEY ix_videoconference_city_city (city_id),
    CONSTRAINT fk_vc_city_vc FOREIGN KEY (videoconference_id) REFERENCES videoconference (id) ON DELETE CASCADE,
    CONSTRAINT fk_vc_city_city FOREIGN KEY (city_id) REFERENCES city (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE videoconference_participant (
    videoconference_id BIGINT NOT NULL,
    contact_id         BIGINT NOT NULL,
    PRIMARY KEY (videoconference_id, contact_id),
    KEY ix_videoconference_participant_contact (contact_id),
    CONSTRAINT fk_vc_participant_vc FOREIGN KEY (videoconference_id) REFERENCES videoconference (id) ON DELETE CASCADE,
    CONSTRAINT fk_vc_participant_contact FOREIGN KEY (contact_id) REFERENCES contact (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
