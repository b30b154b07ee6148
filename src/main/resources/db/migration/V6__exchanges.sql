-- Student and teacher exchanges, internships and recruitment with the partner cities.
CREATE TABLE exchange_programme (
    id                      BIGINT       NOT NULL AUTO_INCREMENT,
    name                    VARCHAR(200) NOT NULL,
    type                    VARCHAR(30)  NOT NULL,
    home_institution_id     BIGINT       NOT NULL,
    partner_institution_id  BIGINT       NOT NULL,
    partner_city_id         BIGINT       NOT NULL,
    academic_year           VARCHAR(9)   NOT NULL,
    quota_outbound          INT          NOT NULL DEFAULT 0,
    quota_inbound           INT          NOT NULL DEFAULT 0,
    minors                  BOOLEAN      NOT NULL DEFAULT FALSE,
    ends_on                 DATE         NOT NULL,
    status                  VARCHAR(10)  NOT NULL,
    version                 BIGINT       NOT NULL DEFAULT 0,
    created_at              DATETIME(6)  NOT NULL,
    created_by              VARCHAR(64)  NULL,
    modified_at             DATETIME(6)  NOT NULL,
    modified_by             VARCHAR(64)  NULL,
    PRIMARY KEY (id),
    KEY ix_programme_year (academic_year, partner_city_id),
    CONSTRAINT fk_programme_home FOREIGN KEY (home_institution_id) REFERENCES organization (id),
    CONSTRAINT fk_programme_partner FOREIGN KEY (partner_institution_id) REFERENCES organization (id),
    CONSTRAINT fk_programme_city FOREIGN KEY (partner_city_id) REFERENCES city (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE mobility (
    id                    BIGINT       NOT NULL AUTO_INCREMENT,
    programme_id          BIGINT       NOT NULL,
    contact_id            BIGINT       NULL,
    direction             VARCHAR(10)  NOT NULL,
    period_start          DATE         NOT NULL,
    period_end            DATE         NOT NULL,
    host_organization_id  BIGINT       NULL,
    status                VARCHAR(20)  NOT NULL,
    guardian_consent      BOOLEAN      NOT NULL DEFAULT FALSE,
    retention_until       DATE         NULL,
    anonymised            BOOLEAN      NOT NULL DEFAULT FALSE,
    version               BIGINT       NOT NULL DEFAULT 0,
    created_at            DATETIME(6)  NOT NULL,
    created_by            VARCHAR(64)  NULL,
    modified_at           DATETIME(6)  NOT NULL,
    modified_by           VARCHAR(64)  NULL,
    PRIMARY KEY (id),
    KEY ix_mobility_programme (programme_id, direction, status),
    KEY ix_mobility_contact (contact_id),
    CONSTRAINT fk_mobility_programme FOREIGN KEY (programme_id) REFERENCES exchange_programme (id) ON DELETE CASCADE,
    CONSTRAINT fk_mobility_contact FOREIGN KEY (contact_id) REFERENCES contact (id),
    CONSTRAINT fk_mobility_host FOREIGN KEY (host_organization_id) REFERENCES organization (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE exchange_programme_contact (
    programme_id BIGINT NOT NULL,
    contact_id   BIGINT NOT NULL,
    PRIMARY KEY (programme_id, contact_id),
    KEY ix_programme_contact_contact (contact_id),
    CONSTRAINT fk_programme_contact_programme FOREIGN KEY (programme_id) REFERENCES exchange_programme (id) ON DELETE CASCADE,
    CONSTRAINT fk_programme_contact_contact FOREIGN KEY (contact_id) REFERENCES contact (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
