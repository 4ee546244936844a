package nl.cookiekeur.ledger;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * One link of a site's chain: the choice, where it sits ({@code seq}), and its hashes. {@code hash} is
 * SHA-256 over {@link #canonical()} and {@code prevHash}; the position is not hashed (the links give the
 * order), so a record moved by renumbering still shows who its neighbours were.
 */
record ConsentRecord(
        String siteId,
        long seq,
        String recordId,
        String consentId,
        long receivedAtMillis,
        String configVersion,
        String shownHash,
        String language,
        String action,
        SortedMap<String, Boolean> choices,
        boolean gpc,
        String userAgentFamily,
        String prevHash,
        String hash) {

    /** The previous hash of a site's first record. */
    static final String GENESIS = CanonicalJson.HASH_PREFIX + "0".repeat(64);

    /** Places a draft in the chain after {@code prevHash}. */
    static ConsentRecord link(ChoiceDraft draft, long seq, String recordId, long receivedAtMillis, String prevHash) {
        return unlinked(draft, recordId, receivedAtMillis).linkAfter(seq, prevHash);
    }

    /** The record before it has a place in the chain (seq 0, no hashes); its canonical content is final. */
    static ConsentRecord unlinked(ChoiceDraft draft, String recordId, long receivedAtMillis) {
        return new ConsentRecord(
                draft.siteId(),
                0,
                recordId,
                draft.consentId(),
                receivedAtMillis,
                draft.configVersion(),
                draft.shownHash(),
                draft.language(),
                draft.action().wire(),
                draft.choices(),
                draft.gpc(),
                draft.userAgentFamily(),
                "",
                "");
    }

    /** This record at {@code seq} after {@code prevHash}, hashed from its canonical content. */
    ConsentRecord linkAfter(long newSeq, String newPrevHash) {
        return linkAfter(newSeq, newPrevHash, canonical());
    }

    /** Like {@link #linkAfter(long, String)} with the canonical content computed earlier (off the writer thread). */
    ConsentRecord linkAfter(long newSeq, String newPrevHash, String canonicalContent) {
        return new ConsentRecord(
                siteId,
                newSeq,
                recordId,
                consentId,
                receivedAtMillis,
                configVersion,
                shownHash,
                language,
                action,
                choices,
                gpc,
                userAgentFamily,
                newPrevHash,
                CanonicalJson.sha256(canonicalContent + "\n" + newPrevHash));
    }

    ConsentRecord withHash(String newHash) {
        return new ConsentRecord(
                siteId,
                seq,
                recordId,
                consentId,
                receivedAtMillis,
                configVersion,
                shownHash,
                language,
                action,
                choices,
                gpc,
                userAgentFamily,
                prevHash,
                newHash);
    }

    /** The hash this record should have, from its content and its stored previous hash. */
    String computeHash() {
        return CanonicalJson.sha256(canonical() + "\n" + prevHash);
    }

    Instant receivedAt() {
        return Instant.ofEpochMilli(receivedAtMillis);
    }

    /** The content that is hashed, as canonical JSON (sorted keys, no whitespace). */
    String canonical() {
        return CanonicalJson.text(content());
    }

    /** The content as an ordered map (sorted keys). */
    Map<String, Object> content() {
        Map<String, Object> content = new TreeMap<>();
        content.put("action", action);
        content.put("choices", choices);
        content.put("configVersion", configVersion);
        content.put("consentId", consentId);
        content.put("gpc", gpc);
        content.put("language", language);
        content.put("receivedAt", receivedAt().toString());
        content.put("recordId", recordId);
        content.put("shownHash", shownHash);
        content.put("siteId", siteId);
        content.put("userAgentFamily", userAgentFamily);
        return content;
    }

    /** Everything, for the JSON export: the position, the content and the two hashes. */
    Map<String, Object> exported() {
        Map<String, Object> all = new LinkedHashMap<>();
        all.put("seq", seq);
        all.putAll(content());
        all.put("prevHash", prevHash);
        all.put("hash", hash);
        return all;
    }

    /** The choices as stored in the database. */
    String choicesJson() {
        return CanonicalJson.text(choices);
    }

    static SortedMap<String, Boolean> choicesFromJson(String json) {
        try {
            return new TreeMap<>(CanonicalJson.READER.readValue(json, new TypeReference<Map<String, Boolean>>() {}));
        } catch (JsonProcessingException e) {
            return new TreeMap<>(); // altered beyond reading: the hash check names the record
        }
    }
}
