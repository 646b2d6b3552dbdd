-- the call a ringing, talking or wrap-up interval is about (the live model's link, from the agent's own task):
-- a call's stored wrap-up is its agents' wrap-up intervals about it, as the live figures count after-call work
ALTER TABLE agent_intervals ADD COLUMN call_session_id VARCHAR(128);
CREATE INDEX agent_intervals_by_call ON agent_intervals (project, call_session_id);
