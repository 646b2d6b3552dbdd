-- a call's queue tasks' own post-contact time, written with every call beside wrap_up_ms (its agents' wrap-up
-- intervals about it, summed, where any name it; else this): a call that an interval stops naming (re-attributed to
-- another call, or rewritten as another status) goes back to it.
ALTER TABLE calls ADD COLUMN task_wrap_up_ms BIGINT;

-- Calls stored before: where no closed wrap-up interval names the call, wrap_up_ms is the tasks' time. Where one
-- does, the tasks' time was overwritten and is unknown: left NULL (that call's wrap-up becomes NULL, unknown, only if
-- it loses every interval later; writing the call again, e.g. importing its day again, restores it).
UPDATE calls SET task_wrap_up_ms = wrap_up_ms WHERE NOT EXISTS (SELECT 1 FROM agent_intervals i
    WHERE i.project = calls.project AND i.call_session_id = calls.session_id AND i.status = 'wrap_up'
    AND i.end_ms IS NOT NULL);
