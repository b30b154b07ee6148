-- An erased contact keeps no words of any language for its name: label_key says "anonymised
-- contact #{0}" in each reader's language and last_name holds only '#' and the id, which is what
-- name sorting and searching see (anonymised contacts sort together before the letters). The
-- history keeps the last name only; it names such a record by its kind and id.
ALTER TABLE contact ADD COLUMN label_key VARCHAR(100) NULL AFTER last_name;

-- Contacts erased before this carried the English label in their name, their history too.
UPDATE contact SET label_key = 'contact.anonymised', last_name = CONCAT('#', id)
WHERE first_name IS NULL AND last_name COLLATE utf8mb4_bin = CONCAT('Anonymised contact #', id);
UPDATE contact_aud SET last_name = CONCAT('#', id)
WHERE first_name IS NULL AND last_name COLLATE utf8mb4_bin = CONCAT('Anonymised contact #', id);
