-- The living cookie statement: the statement lines of each completed run, per language (the report's generation).
CREATE TABLE monitor_statement_item (
    run_id BIGINT NOT NULL REFERENCES monitor_run (id) ON DELETE CASCADE,
    lang VARCHAR(2) NOT NULL,
    item_key VARCHAR(1100) NOT NULL,
    line_no INTEGER NOT NULL,
    kind VARCHAR(16) NOT NULL,
    item_name VARCHAR(512) NOT NULL,
    location VARCHAR(512) NOT NULL,
    item_type VARCHAR(64) NOT NULL,
    provider VARCHAR(512) NOT NULL,
    category VARCHAR(32) NOT NULL,
    category_name VARCHAR(128) NOT NULL,
    purpose VARCHAR(1024) NOT NULL,
    retention VARCHAR(256) NOT NULL,
    party VARCHAR(64) NOT NULL,
    PRIMARY KEY (run_id, lang, item_key)
);

-- What the owner approved per site: an item appears in the published statement only with a row here.
CREATE TABLE monitor_statement_approval (
    site_id BIGINT NOT NULL REFERENCES monitor_site (id) ON DELETE CASCADE,
    item_key VARCHAR(1100) NOT NULL,
    description_nl VARCHAR(1024) NOT NULL,
    description_en VARCHAR(1024) NOT NULL,
    approved_at TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (site_id, item_key)
);

-- Weekly digests: one row per address and ISO week (e.g. 2026-W49), written before sending, so never twice.
CREATE TABLE monitor_digest (
    email VARCHAR(320) NOT NULL,
    iso_week VARCHAR(8) NOT NULL,
    delivered BOOLEAN NOT NULL,
    detail VARCHAR(1024) NOT NULL,
    sent_at TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (email, iso_week)
);
