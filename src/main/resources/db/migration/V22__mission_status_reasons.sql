-- Why a mission's status last moved against the flow: a step back, a step before its date made by an
-- administrator, or a reported mission reopened. Audited, so every reason stays in the history.
ALTER TABLE trade_mission ADD COLUMN status_reason VARCHAR(500) NULL AFTER status;
ALTER TABLE trade_mission_aud ADD COLUMN status_reason VARCHAR(500) NULL AFTER status_mod;
ALTER TABLE trade_mission_aud ADD COLUMN status_reason_mod BOOLEAN NULL AFTER status_reason;
