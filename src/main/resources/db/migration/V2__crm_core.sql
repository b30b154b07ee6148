-- The CRM core: partnerships per city, organizations, contacts, and the activity timeline.

CREATE TABLE partnership (
    id             BIGINT       NOT NULL AUTO_INCREMENT,
    city_id        BIGINT       NOT NULL,
    name           VARCHAR(150) NOT NULL,
    signed_on      DATE         NULL,
    themes         VARCHAR(500) NULL,
    status         VARCHAR(20)  NOT NULL,
    document_link  VARCHAR(500) NULL,
    version        BIGINT       NOT NULL DEFAULT 0,
    created_at     DATETIME(6)  NOT NULL,
    created_by     VARCHAR(64)  NULL,
    modified_at    DATETIME(6)  NOT NULL,
    modified_by    VARCHAR(64)  NULL,
    PRIMARY KEY (id),
    KEY ix_partnership_city (city_id, signed_on),
    CONSTRAINT fk_partnership_city FOREIGN KEY (city_id) REFERENCES city (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE organization (
    id           BIGINT        NOT NULL AUTO_INCREMENT,
    name         VARCHAR(200)  NOT NULL,
    type         VARCHAR(20)   NOT NULL,
    city_id      BIGINT        NULL,
    sector       VARCHAR(100)  NULL,
    website      VARCHAR(255)  NULL,
    notes        VARCHAR(4000) NULL,
    version      BIGINT        NOT NULL DEFAULT 0,
    created_at   DATETIME(6)   NOT NULL,
    created_by   VARCHAR(64)   NULL,
    modified_at  DATETIME(6)   NOT NULL,
    modified_by  VARCHAR(64)   NULL,
    PRIMARY KEY (id),
    KEY ix_organization_name (name, id),
    KEY ix_organization_type_name (type, name),
    KEY ix_organization_city (city_id),
    CONSTRAINT fk_organization_city FOREIGN KEY (city_id) REFERENCES city (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE organization_tag (
    organization_id BIGINT      NOT NULL,
    tag             VARCHAR(40) NOT NULL,
    PRIMARY KEY (organization_id, tag),
    KEY ix_organization_tag_tag (tag, organization_id),
    CONSTRAINT fk_organization_tag_organization FOREIGN KEY (organization_id) REFERENCES organization (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE contact (
    id                  BIGINT        NOT NULL AUTO_INCREMENT,
    first_name          VARCHAR(100)  NULL,
    last_name           VARCHAR(100)  NOT NULL,
    job_title           VARCHAR(150)  NULL,
    organization_id     BIGINT        NULL,
    city_id             BIGINT        NULL,
    email               VARCHAR(254)  NULL,
    phone               VARCHAR(40)   NULL,
    preferred_language  VARCHAR(8)    NULL,
    owner_id            BIGINT        NULL,
    gdpr_basis          VARCHAR(30)   NULL,
    consent_date        DATE          NULL,
    notes               VARCHAR(4000) NULL,
    version             BIGINT        NOT NULL DEFAULT 0,
    created_at          DATETIME(6)   NOT NULL,
    created_by          VARCHAR(64)   NULL,
    modified_at         DATETIME(6)   NOT NULL,
    modified_by         VARCHAR(64)   NULL,
    PRIMARY KEY (id),
    -- the list's default order (name) and its tie-breaker, so a page is read from the index
    KEY ix_contact_name (last_name, first_name, id),
    KEY ix_contact_email (email),
    KEY ix_contact_organization (organization_id, last_name),
    KEY ix_contact_city (city_id),
    KEY ix_contact_owner (owner_id),
    KEY ix_contact_consent (gdpr_basis, consent_date),
    CONSTRAINT fk_contact_organization FOREIGN KEY (organization_id) REFERENCES organization (id),
    CONSTRAINT fk_contact_city FOREIGN KEY (city_id) REFERENCES city (id),
    CONSTRAINT fk_contact_owner FOREIGN KEY (owner_id) REFERENCES app_user (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE contact_tag (
    contact_id BIGINT      NOT NULL,
    tag        VARCHAR(40) NOT NULL,
    PRIMARY KEY (contact_id, tag),
    KEY ix_contact_tag_tag (tag, contact_id),
    CONSTRAINT fk_contact_tag_contact FOREIGN KEY (contact_id) REFERENCES contact (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- A dated note, call, meeting or e-mail on any record: the record's timeline.
CREATE TABLE activity (
    id            BIGINT        NOT NULL AUTO_INCREMENT,
    subject_type  VARCHAR(30)   NOT NULL,
    subject_id    BIGINT        NOT NULL,
    kind          VARCHAR(20)   NOT NULL,
    occurred_on   DATE          NOT NULL,
    summary       VARCHAR(200)  NOT NULL,
    details       VARCHAR(4000) NULL,
    author        VARCHAR(64)   NOT NULL,
    version       BIGINT        NOT NULL DEFAULT 0,
    created_at    DATETIME(6)   NOT NULL,
    created_by    VARCHAR(64)   NULL,
    modified_at   DATETIME(6)   NOT NULL,
    modified_by   VARCHAR(64)   NULL,
    PRIMARY KEY (id),
    KEY ix_activity_subject (subject_type, subject_id, occurred_on, id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
