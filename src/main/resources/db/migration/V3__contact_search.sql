-- Word-prefix search over 300,000 contacts without scanning them: "bakk" finds Bakker, "vries"
-- finds de Vries, "utwente" finds ...@utwente.nl.
ALTER TABLE contact ADD FULLTEXT INDEX ft_contact_search (first_name, last_name, email);
ALTER TABLE organization ADD FULLTEXT INDEX ft_organization_search (name);
