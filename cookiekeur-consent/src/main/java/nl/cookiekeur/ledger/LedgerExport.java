package nl.cookiekeur.ledger;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import nl.cookiekeur.consent.AnchorKey;
import nl.cookiekeur.consent.ExportFormat;
import nl.cookiekeur.consent.SignedHead;
import org.jspecify.annotations.Nullable;

/**
 * Writes a site's proof: JSON (the archived configurations, the purge checkpoint, the chain head, signed with the
 * operator's key when there is one, and every record with its hashes) or CSV (one record per line). Streams, so exports of any size fit in memory.
 */
final class LedgerExport {
    static final String CSV_HEADER = "seq,recordId,consentId,receivedAt,siteId,configVersion,shownHash,language,"
            + "action,choices,gpc,userAgentFamily,prevHash,hash";

    private final String siteId;
    private final ExportFormat format;
    private final Writer out;
    private final @Nullable AnchorKey key;
    private final Clock clock;

    LedgerExport(String siteId, ExportFormat format, Writer out, @Nullable AnchorKey key, Clock clock) {
        this.siteId = siteId;
        this.format = format;
        this.out = out;
        this.key = key;
        this.clock = clock;
    }

    void write(Connection c) throws SQLException {
        try {
            if (format == ExportFormat.CSV) {
                writeCsv(c);
            } else {
                writeJson(c);
            }
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void writeCsv(Connection c) throws SQLException, IOException {
        out.write(CSV_HEADER);
        out.write("\r\n");
        LedgerTables.forEachRecord(c, siteId, record -> {
            try {
                out.write(csvLine(record));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    static String csvLine(ConsentRecord r) {
        String[] fields = {
            Long.toString(r.seq()), r.recordId(), r.consentId(), r.receivedAt().toString(), r.siteId(),
                    r.configVersion(),
            r.shownHash(), r.language(), r.action(), r.choicesJson(), Boolean.toString(r.gpc()), r.userAgentFamily(),
            r.prevHash(), r.hash()
        };
        StringBuilder line = new StringBuilder(400);
        for (int i = 0; i < fields.length; i++) {
            if (i > 0) {
                line.append(',');
            }
            line.append(csvField(fields[i]));
        }
        return line.append("\r\n").toString();
    }

    private static String csvField(String value) {
        boolean quote = value.indexOf(',') >= 0
                || value.indexOf('"') >= 0
                || value.indexOf('\n') >= 0
                || value.indexOf('\r') >= 0;
        String safe = !value.isEmpty() && "=+-@".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
        return quote || !safe.equals(value) ? '"' + safe.replace("\"", "\"\"") + '"' : value;
    }

    private void writeJson(Connection c) throws SQLException, IOException {
        JsonGenerator json = CanonicalJson.WRITER.getFactory().createGenerator(out);
        json.useDefaultPrettyPrinter();
        json.writeStartObject();
        json.writeStringField("siteId", siteId);
        json.writeStringField(
                "hashAlgorithm", "SHA-256 over canonical JSON of the record content + \"\\n\" + prevHash");
        json.writeArrayFieldStart("configs");
        try (PreparedStatement select = c.prepareStatement(
                "SELECT version, published_at, content FROM consent_config WHERE site_id = ? ORDER BY published_at, version")) {
            select.setString(1, siteId);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    json.writeStartObject();
                    json.writeStringField("version", rows.getString(1));
                    json.writeStringField(
                            "publishedAt", Instant.ofEpochMilli(rows.getLong(2)).toString());
                    json.writeFieldName("config");
                    json.writeTree(CanonicalJson.READER.readTree(rows.getString(3)));
                    json.writeEndObject();
                }
            }
        }
        json.writeEndArray();
        Checkpoint checkpoint = LedgerTables.checkpoint(c, siteId);
        json.writeObjectFieldStart("checkpoint");
        json.writeNumberField("throughSeq", checkpoint.throughSeq());
        json.writeStringField("throughHash", checkpoint.throughHash());
        json.writeNumberField("purgedCount", checkpoint.purgedCount());
        json.writeStringField("checkpointHash", checkpoint.checkpointHash());
        json.writeEndObject();
        ChainHead head = LedgerTables.head(c, siteId);
        json.writeObjectFieldStart("head");
        json.writeNumberField("seq", head.seq());
        json.writeStringField("hash", head.hash());
        json.writeEndObject();
        if (key != null) {
            SignedHead signed = head.signed(siteId, clock.instant(), key);
            json.writeObjectFieldStart("signedHead");
            json.writeStringField("siteId", signed.siteId());
            json.writeNumberField("seq", signed.seq());
            json.writeStringField("hash", signed.hash());
            json.writeStringField("signedAt", signed.signedAt().toString());
            json.writeStringField("signature", signed.signature());
            json.writeEndObject();
        }
        json.writeArrayFieldStart("records");
        LedgerTables.forEachRecord(c, siteId, record -> {
            try {
                json.writeObject(record.exported());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        json.writeEndArray();
        json.writeEndObject();
        json.flush();
    }
}
