-- The last personal-data request about a contact (an export or an erasure, when and why); the
-- audit history keeps every one of them with who made it.
ALTER TABLE contact ADD COLUMN privacy_request VARCHAR(600) NULL;
ALTER TABLE contact_aud ADD COLUMN privacy_request VARCHAR(600) NULL, ADD COLUMN privacy_request_mod BOOLEAN NULL;
