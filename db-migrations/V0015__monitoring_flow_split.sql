-- The rows every dashboard reads first, a jurisdiction's flows for all items together, kept apart
-- from the mass of rows by item. A period of one jurisdiction then lies on a few pages of a small
-- table that stays in memory, instead of on a page per day scattered over the whole table. The
-- fold updates these rows every second: free room on each page (fillfactor) keeps the new versions
-- where the old ones were.
-- a bigger sort area for the key built below, for this migration only
SET LOCAL maintenance_work_mem = '512MB';

ALTER TABLE monitoring_flow RENAME CONSTRAINT monitoring_flow_pkey TO monitoring_flow_old_pkey;
ALTER TABLE monitoring_flow RENAME TO monitoring_flow_old;
DROP INDEX monitoring_flow_all_items_idx;

-- the same columns, defaults and checks as before (V0013), split by whether a row is for all items
CREATE TABLE monitoring_flow (LIKE monitoring_flow_old INCLUDING DEFAULTS INCLUDING CONSTRAINTS)
    PARTITION BY LIST (item_code);
CREATE TABLE monitoring_flow_all PARTITION OF monitoring_flow FOR VALUES IN ('') WITH (fillfactor = 70);
CREATE TABLE monitoring_flow_item PARTITION OF monitoring_flow DEFAULT;

INSERT INTO monitoring_flow SELECT * FROM monitoring_flow_old WHERE item_code = '' ORDER BY unit, grain, period;
INSERT INTO monitoring_flow SELECT * FROM monitoring_flow_old WHERE item_code <> '';
DROP TABLE monitoring_flow_old;
-- the key after the rows: one sort instead of twenty million insertions into an index
ALTER TABLE monitoring_flow ADD PRIMARY KEY (unit, grain, period, item_code);
ANALYZE monitoring_flow;
