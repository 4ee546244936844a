-- pgbench script: one single-row insert per transaction (the limit the ledger is compared with)
INSERT INTO ck_pgbench_insert (consent_id, payload) VALUES (md5(random()::text), repeat('x', 300));
