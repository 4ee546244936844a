-- Per-site roles: a membership gives one user a role on one site; without one, the user's own role applies.
CREATE TABLE web_site_member (
    site_id    BIGINT      NOT NULL REFERENCES web_site (site_id) ON DELETE CASCADE,
    user_id    BIGINT      NOT NULL REFERENCES web_user (user_id) ON DELETE CASCADE,
    role       VARCHAR(16) NOT NULL,
    granted_at BIGINT      NOT NULL,
    PRIMARY KEY (site_id, user_id)
);

CREATE INDEX web_site_member_user ON web_site_member (user_id);
