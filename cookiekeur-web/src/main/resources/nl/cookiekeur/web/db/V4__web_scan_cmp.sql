-- The consent platform (CMP) a stored scan found, read once from its evidence for the portfolio's filter;
-- an empty cmp means no platform was recognised (or the evidence could not be read).
CREATE TABLE web_scan_cmp (
    number BIGINT       NOT NULL PRIMARY KEY,
    cmp    VARCHAR(100) NOT NULL
);
