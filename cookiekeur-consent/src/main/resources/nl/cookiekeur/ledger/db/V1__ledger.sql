-- The consent ledger. Same SQL for H2 (PostgreSQL mode) and PostgreSQL. Times are epoch milliseconds (UTC).

-- Every configuration ever published, by content hash.
CREATE TABLE consent_config (
    site_id      VARCHAR(64)      NOT NULL,
    version      VARCHAR(71)      NOT NULL,
    content      VARCHAR(1000000) NOT NULL,
    published_at BIGINT           NOT NULL,
    PRIMARY KEY (site_id, version)
);

-- The version each site's banner shows now, and the site's retention policy.
CREATE TABLE consent_site (
    site_id         VARCHAR(64) NOT NULL PRIMARY KEY,
    current_version VARCHAR(71) NOT NULL,
    retention_days  INTEGER     NOT NULL,
    updated_at      BIGINT      NOT NULL
);

-- Append-only records; hash = SHA-256(canonical content + "\n" + prev_hash).
CREATE TABLE consent_record (
    site_id        VARCHAR(64)  NOT NULL,
    seq            BIGINT       NOT NULL,
    record_id      VARCHAR(36)  NOT NULL,
    consent_id     VARCHAR(36)  NOT NULL,
    received_at    BIGINT       NOT NULL,
    config_version VARCHAR(71)  NOT NULL,
    shown_hash     VARCHAR(71)  NOT NULL,
    language       VARCHAR(8)   NOT NULL,
    action         VARCHAR(16)  NOT NULL,
    choices        VARCHAR(4000) NOT NULL,
    gpc            BOOLEAN      NOT NULL,
    ua_family      VARCHAR(32)  NOT NULL,
    prev_hash      VARCHAR(71)  NOT NULL,
    hash           VARCHAR(71)  NOT NULL,
    PRIMARY KEY (site_id, seq)
);

-- The last record of each site's chain, written in the same transaction as the records (detects a cut tail).
CREATE TABLE consent_chain_head (
    site_id VARCHAR(64) NOT NULL PRIMARY KEY,
    seq     BIGINT      NOT NULL,
    hash    VARCHAR(71) NOT NULL
);

-- What a purge removed: the chain continues from through_hash; checkpoint_hash chains the checkpoints.
CREATE TABLE consent_checkpoint (
    site_id         VARCHAR(64) NOT NULL,
    through_seq     BIGINT      NOT NULL,
    through_hash    VARCHAR(71) NOT NULL,
    purged_count    BIGINT      NOT NULL,
    purged_at       BIGINT      NOT NULL,
    checkpoint_hash VARCHAR(71) NOT NULL,
    PRIMARY KEY (site_id, through_seq)
);
