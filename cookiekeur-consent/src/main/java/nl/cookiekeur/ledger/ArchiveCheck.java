package nl.cookiekeur.ledger;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import nl.cookiekeur.consent.ArchiveProblem;
import nl.cookiekeur.consent.ArchiveProblemKind;

/**
 * Checks a site's archive of configurations, the proof of what visitors were shown: each stored configuration
 * must still hash to the version it is archived under (the content hash computed at publication, over the
 * canonical JSON without {@code siteId} and {@code version}) and name its own site and version, and every version a
 * record or the site points at must still be archived.
 */
final class ArchiveCheck {
    private final String siteId;

    ArchiveCheck(String siteId) {
        this.siteId = siteId;
    }

    /** The problems, altered versions first, each version once, in version order. */
    List<ArchiveProblem> run(Connection c, Set<String> versionsInRecords) throws SQLException {
        Map<String, ArchiveProblem> problems = new TreeMap<>();
        Set<String> archived = new HashSet<>();
        try (PreparedStatement select =
                c.prepareStatement("SELECT version, content FROM consent_config WHERE site_id = ?")) {
            select.setString(1, siteId);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    String version = rows.getString(1);
                    archived.add(version);
                    if (!matches(version, rows.getString(2))) {
                        problems.put(version, new ArchiveProblem(version, ArchiveProblemKind.ALTERED));
                    }
                }
            }
        }
        Set<String> needed = new HashSet<>(versionsInRecords);
        LedgerTables.currentVersion(c, siteId).ifPresent(needed::add);
        for (String version : needed) {
            if (!archived.contains(version)) {
                problems.put(version, new ArchiveProblem(version, ArchiveProblemKind.MISSING));
            }
        }
        List<ArchiveProblem> ordered = new ArrayList<>();
        problems.values().stream()
                .filter(p -> p.kind() == ArchiveProblemKind.ALTERED)
                .forEach(ordered::add);
        problems.values().stream()
                .filter(p -> p.kind() == ArchiveProblemKind.MISSING)
                .forEach(ordered::add);
        return ordered;
    }

    /** Whether stored content still has the content hash it is archived under. */
    private boolean matches(String version, String stored) {
        JsonNode root;
        try {
            root = CanonicalJson.parse(stored);
        } catch (JsonProcessingException e) {
            return false;
        }
        if (!(root instanceof ObjectNode object)
                || !siteId.equals(object.path("siteId").asText())
                || !version.equals(object.path("version").asText())) {
            return false;
        }
        ObjectNode content = object.deepCopy();
        content.remove("siteId");
        content.remove("version");
        return version.equals(CanonicalJson.sha256(CanonicalJson.canonical(content)));
    }
}
