package nl.stedenband.imports;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.stedenband.imports.ImportCheck.ExistingOrganization;
import org.jspecify.annotations.Nullable;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The second pass's writing: rows in multi-row INSERTs of {@link #BATCH} (Hibernate cannot batch
 * inserts of IDENTITY keys, and one statement per row takes minutes for 100,000), each followed by
 * the audit rows Envers would have written for them — revision type "added", every filled field
 * flagged as changed — under one revision in the importing user's name, so the records' history
 * starts with their import like any other record's.
 */
final class ImportWriter {

    static final int BATCH = 1_000;

    private static final String ORGANIZATION_COLUMNS =
            "name, type, city_id, sector, website, notes, version, created_at, created_by, modified_at, modified_by";
    private static final String CONTACT_COLUMNS = "first_name, last_name, job_title, organization_id, city_id, email,"
            + " phone, notes, gdpr_basis, consent_date, version, created_at, created_by, modified_at, modified_by";

    private final Connection connection;
    private final ImportPlan plan;
    private final Map<String, ExistingOrganization> existing;
    /** The new organizations of a file of contacts that the user approved, by name key. */
    private final Map<String, ImportCheck.NewOrganization> approved;
    /** Organizations this import created, by name key: contacts of the same new organization share it. */
    private final Map<String, Long> created = new HashMap<>();

    private final String user;
    private final Timestamp now;
    private long revision = -1;
    private long organizationsCreated;
    private long contactsCreated;

    ImportWriter(
            Connection connection,
            ImportPlan plan,
            Map<String, ExistingOrganization> existing,
            Map<String, ImportCheck.NewOrganization> approved) {
        this.connection = connection;
        this.plan = plan;
        this.existing = existing;
        this.approved = approved;
        this.user = currentUser();
        this.now = Timestamp.from(Instant.now());
    }

    long organizationsCreated() {
        return organizationsCreated;
    }

    long contactsCreated() {
        return contactsCreated;
    }

    void write(List<ImportRow> rows) throws SQLException {
        if (rows.isEmpty()) {
            return;
        }
        if (revision < 0) {
            revision = newRevision();
        }
        if (plan.kind() == ImportKind.ORGANIZATIONS) {
            insertOrganizations(rows);
            return;
        }
        Map<String, ImportRow> newOrganizations = new LinkedHashMap<>();
        for (ImportRow row : rows) {
            String key = row.organizationNameKey();
            ImportCheck.NewOrganization approvedOne = key == null ? null : approved.get(key);
            if (approvedOne != null && !existing.containsKey(row.organizationKey()) && !created.containsKey(key)) {
                // created as the approval list showed it: name, kind and city of the row that first named it
                newOrganizations.putIfAbsent(
                        key,
                        new ImportRow(
                                approvedOne.firstRow(),
                                approvedOne.name(),
                                key,
                                null,
                                approvedOne.type(),
                                approvedOne.cityId(),
                                row.sector(),
                                row.website(),
                                null,
                                null,
                                null,
                                null,
                                null,
                                null,
                                null,
                                null,
                                null));
            }
        }
        insertOrganizations(new ArrayList<>(newOrganizations.values()));
        insertContacts(rows);
    }

    private long newRevision() throws SQLException {
        try (PreparedStatement insert =
                connection.prepareStatement("INSERT INTO revinfo (timestamp, username) VALUES (?, ?) RETURNING id")) {
            insert.setLong(1, now.getTime());
            insert.setString(2, user);
            try (ResultSet rs = insert.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    private void insertOrganizations(List<ImportRow> rows) throws SQLException {
        if (rows.isEmpty()) {
            return;
        }
        StringBuilder sql = new StringBuilder("INSERT INTO organization (" + ORGANIZATION_COLUMNS + ") VALUES ");
        appendValues(sql, rows.size(), 11);
        sql.append(" RETURNING id");
        List<Long> ids = new ArrayList<>(rows.size());
        try (PreparedStatement insert = connection.prepareStatement(sql.toString())) {
            int p = 1;
            for (ImportRow row : rows) {
                insert.setString(p++, row.organizationName());
                insert.setString(
                        p++, java.util.Objects.requireNonNull(row.type()).name());
                setLong(insert, p++, row.cityId());
                insert.setString(p++, row.sector());
                insert.setString(p++, row.website());
                insert.setString(p++, row.organizationNotes());
                p = stamp(insert, p);
            }
            try (ResultSet rs = insert.executeQuery()) {
                for (int i = 0; rs.next(); i++) {
                    ids.add(rs.getLong(1));
                    if (plan.kind() == ImportKind.CONTACTS) {
                        created.put(rows.get(i).organizationNameKey(), rs.getLong(1));
                    }
                }
            }
        }
        audit(
                "INSERT INTO organization_aud (id, rev, revtype, name, name_mod, type, type_mod, city_id, city_id_mod,"
                        + " sector, sector_mod, website, website_mod, notes, notes_mod, tags_mod)"
                        + " SELECT id, ?, 0, name, name IS NOT NULL, type, type IS NOT NULL, city_id, city_id IS NOT NULL,"
                        + " sector, sector IS NOT NULL, website, website IS NOT NULL, notes, notes IS NOT NULL, TRUE"
                        + " FROM organization WHERE id IN (",
                ids);
        organizationsCreated += ids.size();
    }

    private void insertContacts(List<ImportRow> rows) throws SQLException {
        StringBuilder sql = new StringBuilder("INSERT INTO contact (" + CONTACT_COLUMNS + ") VALUES ");
        appendValues(sql, rows.size(), 15);
        sql.append(" RETURNING id");
        List<Long> ids = new ArrayList<>(rows.size());
        try (PreparedStatement insert = connection.prepareStatement(sql.toString())) {
            int p = 1;
            for (ImportRow row : rows) {
                Long organizationId = null;
                Long cityId = row.cityId();
                String key = row.organizationKey();
                if (key != null) {
                    ExistingOrganization known = existing.get(key);
                    organizationId = known != null ? Long.valueOf(known.id()) : created.get(row.organizationNameKey());
                    // as the contact form does: without a city of their own, contacts are where their organization is
                    if (cityId == null && known != null) {
                        cityId = known.cityId();
                    }
                }
                insert.setString(p++, row.firstName());
                insert.setString(p++, row.lastName());
                insert.setString(p++, row.jobTitle());
                setLong(insert, p++, organizationId);
                setLong(insert, p++, cityId);
                insert.setString(p++, row.email());
                insert.setString(p++, row.phone());
                insert.setString(p++, row.contactNotes());
                insert.setString(
                        p++,
                        row.consentBasis() == null ? null : row.consentBasis().name());
                insert.setObject(p++, row.consentDate());
                p = stamp(insert, p);
            }
            try (ResultSet rs = insert.executeQuery()) {
                while (rs.next()) {
                    ids.add(rs.getLong(1));
                }
            }
        }
        audit(
                "INSERT INTO contact_aud (id, rev, revtype, first_name, first_name_mod, last_name, last_name_mod,"
                        + " job_title, job_title_mod, organization_id, organization_id_mod, city_id, city_id_mod, email, email_mod,"
                        + " phone, phone_mod, preferred_language, preferred_language_mod, owner_id, owner_id_mod, gdpr_basis,"
                        + " gdpr_basis_mod, consent_date, consent_date_mod, notes, notes_mod, tags_mod)"
                        + " SELECT id, ?, 0, first_name, first_name IS NOT NULL, last_name, last_name IS NOT NULL,"
                        + " job_title, job_title IS NOT NULL, organization_id, organization_id IS NOT NULL, city_id, city_id IS NOT NULL,"
                        + " email, email IS NOT NULL, phone, phone IS NOT NULL, preferred_language, preferred_language IS NOT NULL,"
                        + " owner_id, owner_id IS NOT NULL, gdpr_basis, gdpr_basis IS NOT NULL, consent_date, consent_date IS NOT NULL,"
                        + " notes, notes IS NOT NULL, TRUE FROM contact WHERE id IN (",
                ids);
        contactsCreated += ids.size();
    }

    /** The audit rows of the records just inserted, copied from them in one statement. */
    private void audit(String insertSelect, List<Long> ids) throws SQLException {
        try (PreparedStatement insert =
                connection.prepareStatement(insertSelect + ImportChecker.placeholders(ids) + ")")) {
            insert.setLong(1, revision);
            int p = 2;
            for (Long id : ids) {
                insert.setLong(p++, id);
            }
            insert.executeUpdate();
        }
    }

    private int stamp(PreparedStatement insert, int p) throws SQLException {
        insert.setLong(p++, 0);
        insert.setTimestamp(p++, now);
        insert.setString(p++, user);
        insert.setTimestamp(p++, now);
        insert.setString(p++, user);
        return p;
    }

    private static void appendValues(StringBuilder sql, int rows, int columns) {
        String tuple = "(" + ImportChecker.placeholders(java.util.Collections.nCopies(columns, 0)) + ")";
        for (int i = 0; i < rows; i++) {
            sql.append(i == 0 ? "" : ",").append(tuple);
        }
    }

    private static void setLong(PreparedStatement statement, int index, @Nullable Long value) throws SQLException {
        if (value == null) {
            statement.setNull(index, Types.BIGINT);
        } else {
            statement.setLong(index, value);
        }
    }

    /** As the audit revision listener names users: the signed-in user, cut to the column. */
    private static String currentUser() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth == null || !auth.isAuthenticated() || auth instanceof AnonymousAuthenticationToken) {
            return "system";
        }
        String name = auth.getName();
        return name.length() > 64 ? name.substring(0, 64) : name;
    }
}
