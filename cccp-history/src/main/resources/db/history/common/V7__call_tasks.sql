-- each call's passages through queues, as the live model's queue tasks: a queue's figures count the calls that
-- passed through it (a call overflowed from one queue to another counts in both, as live), not only the calls that
-- waited there last; slot and local_day are those of the task's queue entry
CREATE TABLE call_tasks (
    project       VARCHAR(64)  NOT NULL,
    session_id    VARCHAR(128) NOT NULL,
    seq           INT          NOT NULL,
    queue         VARCHAR(128) NOT NULL,
    slot          BIGINT       NOT NULL,
    local_day     INT          NOT NULL,
    queued_ms     BIGINT       NOT NULL,
    answered_ms   BIGINT,
    ended_ms      BIGINT,
    outcome       VARCHAR(16)  NOT NULL,
    wait_ms       BIGINT       NOT NULL,
    talk_ms       BIGINT       NOT NULL,
    agent         VARCHAR(128) NOT NULL,
    transferred   INT          NOT NULL,
    handles_call  INT          NOT NULL,
    PRIMARY KEY (project, session_id, seq)
);
CREATE INDEX call_tasks_by_slot ON call_tasks (project, slot, queue);

-- the calls stored before: one task each, in the queue they waited in last, as the reports counted them until now
INSERT INTO call_tasks (project, session_id, seq, queue, slot, local_day, queued_ms, answered_ms, ended_ms,
                        outcome, wait_ms, talk_ms, agent, transferred, handles_call)
SELECT project, session_id, 0, queue, slot, local_day, COALESCE(queued_ms, start_ms), answered_ms, end_ms,
       CASE WHEN answered_ms IS NOT NULL THEN 'answered' WHEN disposition = 'open' THEN 'open'
            WHEN disposition = 'overflowed' THEN 'overflowed' ELSE 'abandoned' END,
       wait_ms, talk_ms, agent, CASE WHEN disposition = 'transferred' THEN 1 ELSE 0 END, 1
FROM calls WHERE queue <> '';
