-- The name as an import compares it: punctuation and runs of spaces as one space, so that
-- "Tesla Motors, Inc." and "Tesla Motors Inc" meet; the collation (utf8mb4_unicode_ci) ignores
-- case and accents. Computed by the database, so every way of saving an organization keeps it.
ALTER TABLE organization
    ADD COLUMN name_key VARCHAR(200) AS (TRIM(REGEXP_REPLACE(name, '[^[:alnum:]]+', ' '))) PERSISTENT,
    ADD INDEX ix_organization_name_key (name_key);
