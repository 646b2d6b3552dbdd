-- MariaDB / MySQL: the same schema as h2/V1__history.sql, but for the event text type (MEDIUMTEXT).
-- Calls, their console rows, agent activity, and the 15-minute / daily roll-ups the reports read.
-- Times are UTC epoch milliseconds (call events: microseconds, as the console shows them). local_day is the
-- project-zone date (yyyymmdd) of the row's instant; slot is the epoch second of its 15-minute slot (UTC and
-- every real zone share 15-minute boundaries, so slots do not depend on the zone; days do).

CREATE TABLE calls (
    project      VARCHAR(64)   NOT NULL,
    session_id   VARCHAR(128)  NOT NULL,
    direction    VARCHAR(8)    NOT NULL,
    caller       VARCHAR(128)  NOT NULL,
    called       VARCHAR(128)  NOT NULL,
    ivr_entry    VARCHAR(128)  NOT NULL,
    queue        VARCHAR(128)  NOT NULL,
    queues       VARCHAR(1024) NOT NULL,
    agent        VARCHAR(128)  NOT NULL,
    agents       VARCHAR(1024) NOT NULL,
    start_ms     BIGINT        NOT NULL,
    queued_ms    BIGINT,
    answered_ms  BIGINT,
    end_ms       BIGINT,
    disposition  VARCHAR(24)   NOT NULL,
    wait_ms      BIGINT        NOT NULL,
    talk_ms      BIGINT        NOT NULL,
    hold_ms      BIGINT,
    wrap_up_ms   BIGINT,
    slot         BIGINT        NOT NULL,
    local_day    INT           NOT NULL,
    PRIMARY KEY (project, session_id)
);
CREATE INDEX calls_by_start ON calls (project, start_ms);
CREATE INDEX calls_by_slot ON calls (project, slot);
CREATE INDEX calls_by_caller ON calls (project, caller);
CREATE INDEX calls_by_called ON calls (project, called);

CREATE TABLE call_events (
    project     VARCHAR(64)  NOT NULL,
    session_id  VARCHAR(128) NOT NULL,
    seq         INT          NOT NULL,
    at_us       BIGINT       NOT NULL,
    ev_source   VARCHAR(255) NOT NULL,
    ev_target   VARCHAR(255) NOT NULL,
    ev_state    VARCHAR(255) NOT NULL,
    ev_name     VARCHAR(255) NOT NULL,
    ev_data     MEDIUMTEXT NOT NULL,
    PRIMARY KEY (project, session_id, seq)
);
CREATE INDEX call_events_by_time ON call_events (project, at_us);

CREATE TABLE agent_sessions (
    project     VARCHAR(64)  NOT NULL,
    session_id  VARCHAR(128) NOT NULL,
    agent       VARCHAR(128) NOT NULL,
    agent_name  VARCHAR(255) NOT NULL,
    login_ms    BIGINT       NOT NULL,
    logout_ms   BIGINT,
    PRIMARY KEY (project, session_id)
);
CREATE INDEX agent_sessions_by_login ON agent_sessions (project, login_ms);

CREATE TABLE agent_intervals (
    project     VARCHAR(64)  NOT NULL,
    session_id  VARCHAR(128) NOT NULL,
    start_ms    BIGINT       NOT NULL,
    agent       VARCHAR(128) NOT NULL,
    status      VARCHAR(24)  NOT NULL,
    reason      VARCHAR(128) NOT NULL,
    end_ms      BIGINT,
    PRIMARY KEY (project, session_id, start_ms)
);
CREATE INDEX agent_intervals_by_start ON agent_intervals (project, start_ms);

-- one closed interval cut at 15-minute boundaries: the pieces the agent roll-ups add up
CREATE TABLE agent_slices (
    project     VARCHAR(64)  NOT NULL,
    session_id  VARCHAR(128) NOT NULL,
    start_ms    BIGINT       NOT NULL,
    slot        BIGINT       NOT NULL,
    agent       VARCHAR(128) NOT NULL,
    status      VARCHAR(24)  NOT NULL,
    reason      VARCHAR(128) NOT NULL,
    local_day   INT          NOT NULL,
    ms          BIGINT       NOT NULL,
    PRIMARY KEY (project, session_id, start_ms, slot)
);
CREATE INDEX agent_slices_by_slot ON agent_slices (project, slot);

CREATE TABLE queue_slots (
    project             VARCHAR(64)  NOT NULL,
    slot                BIGINT       NOT NULL,
    queue               VARCHAR(128) NOT NULL,
    local_day           INT          NOT NULL,
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
    PRIMARY KEY (project, slot, queue)
);
CREATE INDEX queue_slots_by_day ON queue_slots (project, local_day, queue);

CREATE TABLE queue_days (
    project             VARCHAR(64)  NOT NULL,
    local_day           INT          NOT NULL,
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
    PRIMARY KEY (project, local_day, queue)
);

CREATE TABLE agent_slots (
    project     VARCHAR(64)  NOT NULL,
    slot        BIGINT       NOT NULL,
    agent       VARCHAR(128) NOT NULL,
    status      VARCHAR(24)  NOT NULL,
    reason      VARCHAR(128) NOT NULL,
    local_day   INT          NOT NULL,
    ms          BIGINT       NOT NULL,
    PRIMARY KEY (project, slot, agent, status, reason)
);
CREATE INDEX agent_slots_by_day ON agent_slots (project, local_day, agent);

CREATE TABLE agent_days (
    project     VARCHAR(64)  NOT NULL,
    local_day   INT          NOT NULL,
    agent       VARCHAR(128) NOT NULL,
    status      VARCHAR(24)  NOT NULL,
    reason      VARCHAR(128) NOT NULL,
    ms          BIGINT       NOT NULL,
    PRIMARY KEY (project, local_day, agent, status, reason)
);

CREATE TABLE agent_call_slots (
    project        VARCHAR(64)  NOT NULL,
    slot           BIGINT       NOT NULL,
    agent          VARCHAR(128) NOT NULL,
    local_day      INT          NOT NULL,
    handled        INT          NOT NULL,
    talk_sum_ms    BIGINT       NOT NULL,
    handle_sum_ms  BIGINT       NOT NULL,
    PRIMARY KEY (project, slot, agent)
);
CREATE INDEX agent_call_slots_by_day ON agent_call_slots (project, local_day, agent);

CREATE TABLE agent_call_days (
    project        VARCHAR(64)  NOT NULL,
    local_day      INT          NOT NULL,
    agent          VARCHAR(128) NOT NULL,
    handled        INT          NOT NULL,
    talk_sum_ms    BIGINT       NOT NULL,
    handle_sum_ms  BIGINT       NOT NULL,
    PRIMARY KEY (project, local_day, agent)
);

-- which dashboard node writes a project (several nodes may share one MariaDB store)
CREATE TABLE writer_leases (
    project     VARCHAR(64)  NOT NULL,
    owner       VARCHAR(128) NOT NULL,
    expires_ms  BIGINT       NOT NULL,
    PRIMARY KEY (project)
);

-- log import progress: a day whose files were all written is not read again
CREATE TABLE imported_days (
    project     VARCHAR(64)  NOT NULL,
    local_day   INT          NOT NULL,
    records     BIGINT       NOT NULL,
    calls       INT          NOT NULL,
    finished_ms BIGINT       NOT NULL,
    PRIMARY KEY (project, local_day)
);
