package nl.cookiekeur.knowledge.data;

import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import nl.cookiekeur.classification.Category;
import nl.cookiekeur.classification.KnowledgeEntry;
import nl.cookiekeur.classification.Retention;
import nl.cookiekeur.classification.Tracker;
import nl.cookiekeur.classification.TrackerKind;
import org.jspecify.annotations.Nullable;

/**
 * The compact binary form of a {@link KnowledgeSnapshot}, written at build time after the data files have
 * been validated and read at run time without parsing CSV or consulting the Public Suffix List. The file
 * starts with a magic number and format version and ends with a CRC-32 of everything before it.
 */
public final class SnapshotFile {
    /** The classpath resource generated into the module's classes by the build. */
    public static final String RESOURCE = "/nl/cookiekeur/knowledge/data/knowledge.snapshot";

    private static final String FILE = "knowledge.snapshot";
    private static final SealedBinary FORMAT = new SealedBinary(0x434B_4B42, 2, "knowledge snapshot"); // "CKKB"

    private SnapshotFile() {}

    /** Loads the shipped snapshot; fails with a {@link DataFileException} when it is missing or corrupt. */
    public static KnowledgeSnapshot load() {
        try (InputStream in = SnapshotFile.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new DataFileException(FILE, 0, "missing-snapshot");
            }
            return read(in.readAllBytes());
        } catch (IOException e) {
            throw new DataFileException(FILE, 0, "unreadable", String.valueOf(e.getMessage()));
        }
    }

    /** Writes the snapshot to {@code file}, creating its directory. */
    public static void write(KnowledgeSnapshot snapshot, Path file) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            Files.write(file, bytes(snapshot));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The snapshot in the compact form, checksum included. */
    static byte[] bytes(KnowledgeSnapshot snapshot) {
        return FORMAT.seal(out -> {
            out.writeInt(snapshot.curatedCookieRows());
            out.writeInt(snapshot.curatedTrackerRows());
            out.writeInt(snapshot.entries().size());
            for (KnowledgeEntry entry : snapshot.entries()) {
                writeEntry(entry, out);
            }
            out.writeInt(snapshot.trackers().size());
            for (Tracker tracker : snapshot.trackers()) {
                writeTracker(tracker, out);
            }
        });
    }

    /** Reads the compact form; fails with a {@link DataFileException} when it is corrupt or of another version. */
    static KnowledgeSnapshot read(byte[] bytes) {
        ByteBuffer content = FORMAT.open(bytes, SnapshotFile::corrupt);
        ByteArrayInputStream buffer = new ByteArrayInputStream(
                content.array(), content.arrayOffset() + content.position(), content.remaining());
        DataInputStream in = new DataInputStream(buffer);
        try {
            int curatedCookieRows = in.readInt();
            int curatedTrackerRows = in.readInt();
            int entryCount = count(in);
            List<KnowledgeEntry> entries = new ArrayList<>(entryCount);
            for (int i = 0; i < entryCount; i++) {
                entries.add(readEntry(in));
            }
            int trackerCount = count(in);
            List<Tracker> trackers = new ArrayList<>(trackerCount);
            for (int i = 0; i < trackerCount; i++) {
                trackers.add(readTracker(in));
            }
            if (buffer.available() != 0) {
                throw corrupt(buffer.available() + " bytes left over");
            }
            return new KnowledgeSnapshot(entries, trackers, curatedCookieRows, curatedTrackerRows);
        } catch (IOException | IllegalArgumentException | NullPointerException e) {
            throw corrupt(String.valueOf(e.getMessage()));
        }
    }

    private static int count(DataInputStream in) throws IOException {
        int count = in.readInt();
        if (count < 0 || count > 1_000_000) {
            throw corrupt("bad count " + count);
        }
        return count;
    }

    private static void writeEntry(KnowledgeEntry entry, DataOutputStream out) throws IOException {
        out.writeUTF(entry.id());
        out.writeUTF(entry.source());
        out.writeUTF(entry.name());
        out.writeBoolean(entry.wildcard());
        out.writeInt(entry.domains().size());
        for (String domain : entry.domains()) {
            out.writeUTF(domain);
        }
        out.writeUTF(entry.platform());
        out.writeUTF(entry.category().name());
        writeRetention(entry.retention(), out);
        out.writeUTF(entry.controller());
        writeOptional(entry.privacyUrl(), out);
        out.writeUTF(entry.description());
        writeOptional(entry.replaces(), out);
        writeOptional(entry.sourceLabel(), out);
    }

    private static KnowledgeEntry readEntry(DataInputStream in) throws IOException {
        String id = in.readUTF();
        String source = in.readUTF();
        String name = in.readUTF();
        boolean wildcard = in.readBoolean();
        int domainCount = count(in);
        List<String> domains = new ArrayList<>(domainCount);
        for (int i = 0; i < domainCount; i++) {
            domains.add(in.readUTF());
        }
        return new KnowledgeEntry(
                id,
                source,
                name,
                wildcard,
                domains,
                in.readUTF(),
                Category.valueOf(in.readUTF()),
                readRetention(in),
                in.readUTF(),
                readOptional(in),
                in.readUTF(),
                readOptional(in),
                readOptional(in));
    }

    private static void writeTracker(Tracker tracker, DataOutputStream out) throws IOException {
        out.writeUTF(tracker.domain());
        out.writeUTF(tracker.id());
        out.writeUTF(tracker.name());
        out.writeUTF(tracker.kind().name());
        writeOptional(tracker.company(), out);
        writeOptional(tracker.country(), out);
        out.writeUTF(tracker.source());
    }

    private static Tracker readTracker(DataInputStream in) throws IOException {
        return new Tracker(
                in.readUTF(),
                in.readUTF(),
                in.readUTF(),
                TrackerKind.valueOf(in.readUTF()),
                readOptional(in),
                readOptional(in),
                in.readUTF());
    }

    private static void writeRetention(Retention retention, DataOutputStream out) throws IOException {
        switch (retention) {
            case Retention.Session session -> out.writeByte(0);
            case Retention.Fixed fixed -> {
                out.writeByte(1);
                out.writeLong(fixed.duration().toSeconds());
                out.writeInt(fixed.duration().toNanosPart());
            }
            case Retention.Persistent persistent -> out.writeByte(2);
            case Retention.Unknown unknown -> {
                out.writeByte(3);
                out.writeUTF(unknown.text());
            }
        }
    }

    private static Retention readRetention(DataInputStream in) throws IOException {
        int tag = in.readByte();
        return switch (tag) {
            case 0 -> Retention.session();
            case 1 -> Retention.of(Duration.ofSeconds(in.readLong(), in.readInt()));
            case 2 -> Retention.persistent();
            case 3 -> Retention.unknown(in.readUTF());
            default -> throw corrupt("bad retention tag " + tag);
        };
    }

    private static void writeOptional(@Nullable String text, DataOutputStream out) throws IOException {
        out.writeBoolean(text != null);
        if (text != null) {
            out.writeUTF(text);
        }
    }

    private static @Nullable String readOptional(DataInputStream in) throws IOException {
        return in.readBoolean() ? in.readUTF() : null;
    }

    private static DataFileException corrupt(String detail) {
        return new DataFileException(FILE, 0, "corrupt-snapshot", detail);
    }
}
