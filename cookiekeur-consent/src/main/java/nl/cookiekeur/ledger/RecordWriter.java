package nl.cookiekeur.ledger;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import nl.cookiekeur.database.Dialect;
import nl.cookiekeur.database.RelationalDatabase;
import org.jspecify.annotations.Nullable;

/**
 * Group commit: one writer thread takes every choice that is waiting, links them into their sites' chains,
 * writes them in one transaction and completes each caller's future only after the commit. Concurrent
 * requests therefore share one commit and one flush to disk without any of them being acknowledged before it
 * is durable. The chain heads live in this writer: one writer per database.
 */
final class RecordWriter implements AutoCloseable {
    static final int MAX_BATCH = 1_000;
    private static final int QUEUE_CAPACITY = 20_000;
    private static final String INSERT = "INSERT INTO consent_record (site_id, seq, record_id, consent_id, received_at,"
            + " config_version, shown_hash, language, action, choices, gpc, ua_family, prev_hash, hash)"
            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

    private final RelationalDatabase database;
    private final Clock clock;
    private final BlockingQueue<Pending> queue = new ArrayBlockingQueue<>(QUEUE_CAPACITY);
    private final Map<String, ChainHead> heads = new HashMap<>();
    private final Thread thread;
    private final boolean forceToDisk;
    private volatile boolean closing;
    private @Nullable Connection connection;

    /** A choice with its id, time and canonical content made on the caller's thread; the writer only links it. */
    private record Pending(ConsentRecord unlinked, String canonical, CompletableFuture<ConsentRecord> done) {}

    RecordWriter(RelationalDatabase database, Clock clock) {
        this.database = database;
        this.clock = clock;
        this.forceToDisk = database.dialect() == Dialect.H2;
        this.thread = Thread.ofPlatform().name("ledger-writer").daemon(false).unstarted(this::run);
        thread.start();
    }

    /**
     * Queues a choice; the future completes with the stored record after its transaction committed, or
     * exceptionally when it could not be stored ({@link WriterBusyException} when the queue is full or the
     * writer is closing).
     */
    CompletableFuture<ConsentRecord> submit(ChoiceDraft draft) {
        CompletableFuture<ConsentRecord> done = new CompletableFuture<>();
        ConsentRecord unlinked = ConsentRecord.unlinked(draft, UUID.randomUUID().toString(), clock.millis());
        if (closing || !queue.offer(new Pending(unlinked, unlinked.canonical(), done))) {
            done.completeExceptionally(new WriterBusyException());
        }
        return done;
    }

    /** Stops taking choices, writes everything queued, and waits for the writer to finish. */
    @Override
    public void close() {
        closing = true;
        try {
            thread.join(TimeUnit.SECONDS.toMillis(30));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void run() {
        List<Pending> batch = new ArrayList<>(MAX_BATCH);
        try {
            while (true) {
                Pending first = queue.poll(50, TimeUnit.MILLISECONDS);
                if (first == null) {
                    if (closing && queue.isEmpty()) {
                        break;
                    }
                    continue;
                }
                batch.add(first);
                queue.drainTo(batch, MAX_BATCH - 1);
                write(batch);
                batch.clear();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            closeConnection();
            for (Pending left; (left = queue.poll()) != null; ) {
                left.done().completeExceptionally(new WriterBusyException());
            }
        }
    }

    private void write(List<Pending> batch) {
        SQLException failure = null;
        for (int attempt = 0; attempt < 2; attempt++) {
            try {
                List<ConsentRecord> records = writeOnce(batch);
                for (int i = 0; i < batch.size(); i++) {
                    batch.get(i).done().complete(records.get(i));
                }
                return;
            } catch (SQLException e) {
                failure = e;
                heads.clear(); // another writer may have appended: read the heads again
                closeConnection();
            }
        }
        for (Pending pending : batch) {
            pending.done().completeExceptionally(failure);
        }
    }

    private List<ConsentRecord> writeOnce(List<Pending> batch) throws SQLException {
        Connection c = connection();
        Map<String, ChainHead> newHeads = new HashMap<>();
        List<ConsentRecord> records = new ArrayList<>(batch.size());
        try (PreparedStatement insert = c.prepareStatement(INSERT)) {
            for (Pending pending : batch) {
                String siteId = pending.unlinked().siteId();
                ChainHead head = newHeads.containsKey(siteId) ? newHeads.get(siteId) : head(c, siteId);
                ConsentRecord record = pending.unlinked().linkAfter(head.seq() + 1, head.hash(), pending.canonical());
                bind(insert, record);
                insert.addBatch();
                newHeads.put(siteId, new ChainHead(record.seq(), record.hash()));
                records.add(record);
            }
            insert.executeBatch();
            for (Map.Entry<String, ChainHead> entry : newHeads.entrySet()) {
                saveHead(c, entry.getKey(), entry.getValue());
            }
            c.commit();
            if (forceToDisk) {
                forceToDisk(c);
            }
        } catch (SQLException | RuntimeException e) {
            try {
                c.rollback();
            } catch (SQLException ignored) {
                // the connection is dropped below
            }
            throw e;
        }
        heads.putAll(newHeads);
        return records;
    }

    /**
     * H2 writes a commit to the file but leaves it in the operating system's cache; {@code CHECKPOINT SYNC}
     * forces it onto the disk, so an acknowledged choice also survives a power failure. One sync serves the
     * whole batch (PostgreSQL does the same in its own commit).
     */
    private static void forceToDisk(Connection c) throws SQLException {
        try (Statement sync = c.createStatement()) {
            sync.execute("CHECKPOINT SYNC");
        }
    }

    private ChainHead head(Connection c, String siteId) throws SQLException {
        ChainHead known = heads.get(siteId);
        if (known != null) {
            return known;
        }
        ChainHead head = LedgerTables.head(c, siteId);
        heads.put(siteId, head);
        return head;
    }

    private static void saveHead(Connection c, String siteId, ChainHead head) throws SQLException {
        try (PreparedStatement update =
                c.prepareStatement("UPDATE consent_chain_head SET seq = ?, hash = ? WHERE site_id = ?")) {
            update.setLong(1, head.seq());
            update.setString(2, head.hash());
            update.setString(3, siteId);
            if (update.executeUpdate() == 1) {
                return;
            }
        }
        try (PreparedStatement insert =
                c.prepareStatement("INSERT INTO consent_chain_head (site_id, seq, hash) VALUES (?, ?, ?)")) {
            insert.setString(1, siteId);
            insert.setLong(2, head.seq());
            insert.setString(3, head.hash());
            insert.executeUpdate();
        }
    }

    static void bind(PreparedStatement insert, ConsentRecord record) throws SQLException {
        insert.setString(1, record.siteId());
        insert.setLong(2, record.seq());
        insert.setString(3, record.recordId());
        insert.setString(4, record.consentId());
        insert.setLong(5, record.receivedAtMillis());
        insert.setString(6, record.configVersion());
        insert.setString(7, record.shownHash());
        insert.setString(8, record.language());
        insert.setString(9, record.action());
        insert.setString(10, record.choicesJson());
        insert.setBoolean(11, record.gpc());
        insert.setString(12, record.userAgentFamily());
        insert.setString(13, record.prevHash());
        insert.setString(14, record.hash());
    }

    private Connection connection() throws SQLException {
        Connection c = connection;
        if (c == null || c.isClosed()) {
            c = database.connection();
            c.setAutoCommit(false);
            connection = c;
        }
        return c;
    }

    private void closeConnection() {
        Connection c = connection;
        connection = null;
        if (c != null) {
            try {
                c.close();
            } catch (SQLException ignored) {
                // nothing left to do with a broken connection
            }
        }
    }
}
