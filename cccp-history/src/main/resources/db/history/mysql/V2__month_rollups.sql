-- MariaDB / MySQL: the same as h2/V2__month_rollups.sql, but for the month number (DIV: "/" is not an integer
-- division here).
-- Month roll-ups: each row the sum of the day rows of one calendar month of the project's business days
-- (local_month = yyyymm = local_day DIV 100, so months follow the project's zone and day start as its days do).
-- A per-agent month report reads agents x statuses rows per whole month instead of days x agents x statuses
-- (42,000 agent_days rows for 30 days x 200 agents). The writer recomputes a month from its day rows whenever it
-- recomputes one of its days (MonthRollups); the INSERTs below fill the months of a store written before them.

CREATE TABLE queue_months (
    project             VARCHAR(64)  NOT NULL,
    local_month         INT          NOT NULL,
    queue               VARCHAR(128) NOT NULL,
    offered             INT          NOT NULL,
    answered            INT          NOT NULL,
    abandoned           INT          NOT NULL,
    short_abandoned     INT          NOT NULL,
    in_target           INT          NOT NULL,
    target_s            INT          NOT NULL,
    wait_sum_ms         BIGINT       NOT NULL,
    wait_max_ms         BIGINT       NOT NULL,
    answer_wait_sum_ms  BIGINT       NOT NULL,
    talk_sum_ms         BIGINT       NOT NULL,
    handle_sum_ms       BIGINT       NOT NULL,
    transferred         INT          NOT NULL,
    overflowed          INT          NOT NULL,
    PRIMARY KEY (project, local_month, queue)
);

CREATE TABLE agent_months (
    project     VARCHAR(64)  NOT NULL,
    local_month INT          NOT NULL,
    agent       VARCHAR(128) NOT NULL,
    status      VARCHAR(24)  NOT NULL,
    reason      VARCHAR(128) NOT NULL,
    ms          BIGINT       NOT NULL,
    PRIMARY KEY (project, local_month, agent, status, reason)
);

CREATE TABLE agent_call_months (
    project        VARCHAR(64)  NOT NULL,
    local_month    INT          NOT NULL,
    agent          VARCHAR(128) NOT NULL,
    handled        INT          NOT NULL,
    talk_sum_ms    BIGINT       NOT NULL,
    handle_sum_ms  BIGINT       NOT NULL,
    PRIMARY KEY (project, local_month, agent)
);

INSERT INTO queue_months (project, local_month, queue, offered, answered, abandoned, short_abandoned, in_target,
        target_s, wait_sum_ms, wait_max_ms, answer_wait_sum_ms, talk_sum_ms, handle_sum_ms, transferred, overflowed)
    SELECT project, local_day DIV 100, queue, SUM(offered), SUM(answered), SUM(abandoned), SUM(short_abandoned),
        SUM(in_target), MAX(target_s), SUM(wait_sum_ms), MAX(wait_max_ms), SUM(answer_wait_sum_ms), SUM(talk_sum_ms),
        SUM(handle_sum_ms), SUM(transferred), SUM(overflowed)
    FROM queue_days GROUP BY project, local_day DIV 100, queue;

INSERT INTO agent_months (project, local_month, agent, status, reason, ms)
    SELECT project, local_day DIV 100, agent, status, reason, SUM(ms)
    FROM agent_days GROUP BY project, local_day DIV 100, agent, status, reason;

INSERT INTO agent_call_months (project, local_month, agent, handled, talk_sum_ms, handle_sum_ms)
    SELECT project, local_day DIV 100, agent, SUM(handled), SUM(talk_sum_ms), SUM(handle_sum_ms)
    FROM agent_call_days GROUP BY project, local_day DIV 100, agent;
