-- the dashboard's intraday chart: each point it took while a project was open, so that a dashboard restarted during
-- the day draws the day up to its restart (the time it was down stays a gap); points older than a day are purged
CREATE TABLE curve_points (
    project            VARCHAR(64) NOT NULL,
    t_ms               BIGINT      NOT NULL,
    calls_in_progress  INT         NOT NULL,
    waiting            INT         NOT NULL,
    service_level      DOUBLE,
    PRIMARY KEY (project, t_ms)
);
CREATE INDEX curve_points_by_time ON curve_points (t_ms);
