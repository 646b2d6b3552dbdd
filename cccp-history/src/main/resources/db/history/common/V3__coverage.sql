-- what the live recorder covered: one row per recording run of a project on a node, its end moved forward while
-- it runs; the latest end is where a restarted recorder's gap begins
CREATE TABLE recorded_spans (
    project  VARCHAR(64)  NOT NULL,
    node     VARCHAR(128) NOT NULL,
    from_ms  BIGINT       NOT NULL,
    to_ms    BIGINT       NOT NULL,
    PRIMARY KEY (project, node, from_ms)
);
CREATE INDEX recorded_spans_by_end ON recorded_spans (project, to_ms);

-- spans no recorder covered (the dashboard was down): filled from the logs (state filled) or not (gap, with why)
CREATE TABLE history_gaps (
    project     VARCHAR(64)  NOT NULL,
    from_ms     BIGINT       NOT NULL,
    to_ms       BIGINT       NOT NULL,
    state       VARCHAR(16)  NOT NULL,
    reason      VARCHAR(512) NOT NULL,
    updated_ms  BIGINT       NOT NULL,
    PRIMARY KEY (project, from_ms)
);
