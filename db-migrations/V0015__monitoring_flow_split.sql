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

CREATE TABLE monitoring_flow (
    unit         varchar(6)  NOT NULL,
    grain        char(1)     NOT NULL CHECK (grain IN ('D', 'M')),
    period       date        NOT NULL,
    item_code    varchar(12) NOT NULL,
    submitted    integer     NOT NULL DEFAULT 0,
    decided      integer     NOT NULL DEFAULT 0,
    approved     integer     NOT NULL DEFAULT 0,
    on_time      integer     NOT NULL DEFAULT 0,
    withdrawn    integer     NOT NULL DEFAULT 0,
    timed        integer     NOT NULL DEFAULT 0,
    working_days bigint      NOT NULL DEFAULT 0,
    yellow       integer     NOT NULL DEFAULT 0,
    red          integer     NOT NULL DEFAULT 0,
    ratings      integer     NOT NULL DEFAULT 0,
    rating_sum   bigint      NOT NULL DEFAULT 0,
    bad_ratings  integer     NOT NULL DEFAULT 0
) PARTITION BY LIST (item_code);
CREATE TABLE monitoring_flow_all PARTITION OF monitoring_flow FOR VALUES IN ('') WITH (fillfactor = 70);
CREATE TABLE monitoring_flow_item PARTITION OF monitoring_flow DEFAULT;

INSERT INTO monitoring_flow SELECT * FROM monitoring_flow_old WHERE item_code = '' ORDER BY unit, grain, period;
INSERT INTO monitoring_flow SELECT * FROM monitoring_flow_old WHERE item_code <> '';
DROP TABLE monitoring_flow_old;
-- the key after the rows: one sort instead of twenty million insertions into an index
ALTER TABLE monitoring_flow ADD PRIMARY KEY (unit, grain, period, item_code);
ANALYZE monitoring_flow;
