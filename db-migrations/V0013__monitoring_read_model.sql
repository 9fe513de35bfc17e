-- Monitoring: figures for every jurisdiction, kept as aggregates that case changes update, so that
-- no dashboard ever groups the case table.
--
-- How it stays exact: a case's contribution to the figures is a function of its row alone
-- (monitoring_case_deltas). Triggers on case_file, case_rating and rectification write the old
-- row's contribution negated and the new row's contribution into monitoring_delta, in the same
-- transaction as the change. The folder (monitoring_fold, called every second by whichever
-- instance holds the advisory lock) moves a batch of deltas into the aggregates in one statement:
-- the rows it deletes are exactly the rows it adds up. A rebuild applies the same function to
-- every case, so the bulk path and the live path cannot disagree.
--
-- Aggregates are kept for every jurisdiction up to the nation (monitoring_unit is the ancestry),
-- for every item and for all items together (item_code ''), by day and by month, so that any
-- period is at most 62 day rows and one month row per month.

-- What a case keeps once its deadline phase ends (decision or withdrawal): the outcome, the marks
-- as they stood and the working days used. Set once by the application; set by the loader for
-- synthetic cases.
ALTER TABLE case_file
    ADD COLUMN settled_at        timestamptz,
    ADD COLUMN settled_outcome   varchar(10) CHECK (settled_outcome IN ('APPROVED', 'DENIED', 'REFUSED', 'WITHDRAWN')),
    ADD COLUMN settled_due_on    date,
    ADD COLUMN settled_yellow_on date,
    ADD COLUMN working_days      integer CHECK (working_days >= 0);

UPDATE case_file c SET settled_at = coalesce(c.decided_at, (SELECT max(t.at) FROM case_transition t WHERE t.case_id = c.id)),
       settled_outcome = CASE
           WHEN c.status = 'WITHDRAWN' THEN 'WITHDRAWN'
           WHEN EXISTS (SELECT 1 FROM case_transition t WHERE t.case_id = c.id AND t.action = 'APPROVE') THEN 'APPROVED'
           WHEN EXISTS (SELECT 1 FROM case_transition t WHERE t.case_id = c.id AND t.action = 'DENY') THEN 'DENIED'
           ELSE 'REFUSED' END
WHERE c.decided_at IS NOT NULL OR c.status = 'WITHDRAWN';

-- Every jurisdiction with itself and each of its ancestors: one row per unit it counts towards.
CREATE TABLE monitoring_unit (
    code     varchar(6) NOT NULL REFERENCES jurisdiction (code),
    ancestor varchar(6) NOT NULL REFERENCES jurisdiction (code),
    PRIMARY KEY (code, ancestor)
);
INSERT INTO monitoring_unit (code, ancestor)
WITH RECURSIVE up (code, ancestor) AS (
    SELECT code, code FROM jurisdiction
    UNION ALL
    SELECT up.code, j.parent_code FROM up JOIN jurisdiction j ON j.code = up.ancestor WHERE j.parent_code IS NOT NULL
)
SELECT code, ancestor FROM up;

-- a jurisdiction created later (a new county) counts towards its ancestors from its first case
CREATE FUNCTION monitoring_unit_added() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO monitoring_unit (code, ancestor)
    SELECT NEW.code, NEW.code
    UNION
    SELECT NEW.code, u.ancestor FROM monitoring_unit u WHERE u.code = NEW.parent_code;
    RETURN NULL;
END
$$;
CREATE TRIGGER monitoring_unit_added AFTER INSERT ON jurisdiction
    FOR EACH ROW EXECUTE FUNCTION monitoring_unit_added();

-- Pending changes, written by the triggers. kind F: counted on a day (flow); O: an open case,
-- by its marks; R: an open rectification task, by its deadline. No key and no sequence: folding
-- adds up, so order does not matter, and a sequence used in a trigger would change what lastval()
-- answers to the insert that fired it (EclipseLink reads generated ids that way).
CREATE TABLE monitoring_delta (
    jurisdiction_code varchar(6)  NOT NULL,
    item_code         varchar(12) NOT NULL,
    kind              char(1)     NOT NULL CHECK (kind IN ('F', 'O', 'R')),
    day               date        NOT NULL,
    yellow_on         date,
    decided           boolean,
    duration          smallint,
    submitted         integer     NOT NULL DEFAULT 0,
    decided_n         integer     NOT NULL DEFAULT 0,
    approved          integer     NOT NULL DEFAULT 0,
    on_time           integer     NOT NULL DEFAULT 0,
    withdrawn         integer     NOT NULL DEFAULT 0,
    timed             integer     NOT NULL DEFAULT 0,
    working_days      integer     NOT NULL DEFAULT 0,
    yellow            integer     NOT NULL DEFAULT 0,
    red               integer     NOT NULL DEFAULT 0,
    ratings           integer     NOT NULL DEFAULT 0,
    rating_sum        integer     NOT NULL DEFAULT 0,
    bad_ratings       integer     NOT NULL DEFAULT 0,
    cases             integer     NOT NULL DEFAULT 0
);

-- What happened on a day (grain D) or in a month (grain M, period = first day).
-- decided counts decisions (approved, denied, refused at intake); timed those with known working
-- days, whose sum is working_days; yellow and red count cards of cases that ended after the card.
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
    bad_ratings  integer     NOT NULL DEFAULT 0,
    PRIMARY KEY (unit, grain, period, item_code)
);
-- a jurisdiction's figures for all items together: the rows every dashboard reads first
CREATE INDEX monitoring_flow_all_items_idx ON monitoring_flow (unit, grain, period) WHERE item_code = '';

-- Decisions by working days used, all items together: the percentiles of processing time.
CREATE TABLE monitoring_duration (
    unit         varchar(6) NOT NULL,
    grain        char(1)    NOT NULL,
    period       date       NOT NULL,
    working_days smallint   NOT NULL,
    cases        integer    NOT NULL,
    PRIMARY KEY (unit, grain, period, working_days)
);

-- Open cases by their marks: overdue and cards are read against today, so the passing of time
-- needs no event. 'infinity' stands for a mark not yet fixed (the clock stands still).
-- decided: approved and awaiting the certificate; its cards were counted at the decision.
CREATE TABLE monitoring_open (
    unit      varchar(6)  NOT NULL,
    item_code varchar(12) NOT NULL,
    due_on    date        NOT NULL,
    yellow_on date        NOT NULL,
    decided   boolean     NOT NULL,
    cases     integer     NOT NULL,
    PRIMARY KEY (unit, item_code, due_on, yellow_on, decided)
);
-- rows a fold brought to zero, removed after it without reading the table
CREATE INDEX monitoring_open_empty_idx ON monitoring_open (unit) WHERE cases = 0;

CREATE TABLE monitoring_rectification (
    unit      varchar(6)  NOT NULL,
    item_code varchar(12) NOT NULL,
    due_on    date        NOT NULL,
    tasks     integer     NOT NULL,
    PRIMARY KEY (unit, item_code, due_on)
);
CREATE INDEX monitoring_rectification_empty_idx ON monitoring_rectification (unit) WHERE tasks = 0;

-- One row: how many folds have changed the figures. Every instance watches it to push to its pages.
CREATE TABLE monitoring_state (
    id         integer     PRIMARY KEY CHECK (id = 1),
    generation bigint      NOT NULL,
    folded_at  timestamptz NOT NULL
);
INSERT INTO monitoring_state VALUES (1, 0, now());

-- The statuses in which a case is still in the office's hands: CaseStatus.inProgress() in Java.
CREATE FUNCTION monitoring_open_status(status varchar) RETURNS boolean LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
    SELECT status IN ('SUBMITTED', 'UNDER_REVIEW', 'AWAITING_SUPPLEMENT', 'APPROVED')
$$;

CREATE FUNCTION monitoring_day(at timestamptz) RETURNS date LANGUAGE sql STABLE PARALLEL SAFE AS $$
    SELECT (at AT TIME ZONE 'Asia/Shanghai')::date
$$;

-- A case's contribution to every figure, times sign. Cards: a case that ended counts the yellow
-- card on the day it turned yellow and the red card on the day after its deadline, if it ended
-- after them; an open case counts them from its open row.
CREATE FUNCTION monitoring_case_deltas(jurisdiction varchar, item varchar, status varchar, submitted_at timestamptz,
        due date, yellow_from date, settled timestamptz, outcome varchar, settled_due date, settled_yellow date,
        days integer, sign integer)
RETURNS TABLE (jurisdiction_code varchar, item_code varchar, kind char, day date, yellow_on date, decided boolean,
               duration smallint, submitted integer, decided_n integer, approved integer, on_time integer,
               withdrawn integer, timed integer, working_days integer, yellow integer, red integer, cases integer)
LANGUAGE sql STABLE PARALLEL SAFE AS $$
    SELECT jurisdiction, item, 'F'::char, monitoring_day(submitted_at), NULL::date, NULL::boolean, NULL::smallint,
           sign, 0, 0, 0, 0, 0, 0, 0, 0, 0
    UNION ALL
    SELECT jurisdiction, item, 'F', monitoring_day(settled), NULL, NULL, least(days, 32767)::smallint,
           0, sign, CASE WHEN outcome = 'APPROVED' THEN sign ELSE 0 END,
           CASE WHEN settled_due IS NULL OR monitoring_day(settled) <= settled_due THEN sign ELSE 0 END,
           0, CASE WHEN days IS NOT NULL THEN sign ELSE 0 END, sign * coalesce(days, 0), 0, 0, 0
    WHERE outcome IN ('APPROVED', 'DENIED', 'REFUSED')
    UNION ALL
    SELECT jurisdiction, item, 'F', monitoring_day(settled), NULL, NULL, NULL, 0, 0, 0, 0, sign, 0, 0, 0, 0, 0
    WHERE outcome = 'WITHDRAWN'
    UNION ALL
    SELECT jurisdiction, item, 'F', settled_yellow, NULL, NULL, NULL, 0, 0, 0, 0, 0, 0, 0, sign, 0, 0
    WHERE settled_yellow IS NOT NULL AND monitoring_day(settled) >= settled_yellow
    UNION ALL
    SELECT jurisdiction, item, 'F', settled_due + 1, NULL, NULL, NULL, 0, 0, 0, 0, 0, 0, 0, 0, sign, 0
    WHERE settled_due IS NOT NULL AND monitoring_day(settled) > settled_due
    UNION ALL
    SELECT jurisdiction, item, 'O', coalesce(due, 'infinity'), coalesce(yellow_from, 'infinity'), settled IS NOT NULL,
           NULL, 0, 0, 0, 0, 0, 0, 0, 0, 0, sign
    WHERE monitoring_open_status(status)
$$;

CREATE FUNCTION monitoring_case_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP IN ('UPDATE', 'DELETE') THEN
        INSERT INTO monitoring_delta (jurisdiction_code, item_code, kind, day, yellow_on, decided, duration, submitted,
                decided_n, approved, on_time, withdrawn, timed, working_days, yellow, red, cases)
        SELECT * FROM monitoring_case_deltas(OLD.jurisdiction_code, OLD.item_code, OLD.status, OLD.submitted_at, OLD.due_on, OLD.yellow_on, OLD.settled_at,
               OLD.settled_outcome, OLD.settled_due_on, OLD.settled_yellow_on, OLD.working_days, -1);
    END IF;
    IF TG_OP IN ('UPDATE', 'INSERT') THEN
        INSERT INTO monitoring_delta (jurisdiction_code, item_code, kind, day, yellow_on, decided, duration, submitted,
                decided_n, approved, on_time, withdrawn, timed, working_days, yellow, red, cases)
        SELECT * FROM monitoring_case_deltas(NEW.jurisdiction_code, NEW.item_code, NEW.status, NEW.submitted_at, NEW.due_on, NEW.yellow_on, NEW.settled_at,
               NEW.settled_outcome, NEW.settled_due_on, NEW.settled_yellow_on, NEW.working_days, 1);
    END IF;
    RETURN NULL;
END
$$;

CREATE TRIGGER monitoring_case_written AFTER INSERT OR DELETE ON case_file
    FOR EACH ROW EXECUTE FUNCTION monitoring_case_changed();
-- only changes that move a figure: most steps (accepting, assigning) change none
CREATE TRIGGER monitoring_case_changed AFTER UPDATE ON case_file
    FOR EACH ROW
    WHEN ((monitoring_open_status(OLD.status), OLD.due_on, OLD.yellow_on, OLD.settled_at, OLD.settled_outcome,
           OLD.settled_due_on, OLD.settled_yellow_on, OLD.working_days, OLD.jurisdiction_code, OLD.item_code,
           OLD.submitted_at)
          IS DISTINCT FROM
          (monitoring_open_status(NEW.status), NEW.due_on, NEW.yellow_on, NEW.settled_at, NEW.settled_outcome,
           NEW.settled_due_on, NEW.settled_yellow_on, NEW.working_days, NEW.jurisdiction_code, NEW.item_code,
           NEW.submitted_at))
    EXECUTE FUNCTION monitoring_case_changed();

CREATE FUNCTION monitoring_rating_deltas(r case_rating, sign integer)
RETURNS TABLE (jurisdiction_code varchar, item_code varchar, kind char, day date, ratings integer, rating_sum integer,
               bad_ratings integer)
LANGUAGE sql STABLE AS $$
    SELECT c.jurisdiction_code, c.item_code, 'F'::char, monitoring_day(r.rated_at), sign, sign * r.score,
           CASE WHEN r.score <= 2 THEN sign ELSE 0 END
    FROM case_file c WHERE c.id = r.case_id
$$;

CREATE FUNCTION monitoring_rating_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP IN ('UPDATE', 'DELETE') THEN
        INSERT INTO monitoring_delta (jurisdiction_code, item_code, kind, day, ratings, rating_sum, bad_ratings)
        SELECT * FROM monitoring_rating_deltas(OLD, -1);
    END IF;
    IF TG_OP IN ('UPDATE', 'INSERT') THEN
        INSERT INTO monitoring_delta (jurisdiction_code, item_code, kind, day, ratings, rating_sum, bad_ratings)
        SELECT * FROM monitoring_rating_deltas(NEW, 1);
    END IF;
    RETURN NULL;
END
$$;
CREATE TRIGGER monitoring_rating_written AFTER INSERT OR UPDATE OR DELETE ON case_rating
    FOR EACH ROW EXECUTE FUNCTION monitoring_rating_changed();

CREATE FUNCTION monitoring_rectification_deltas(r rectification, sign integer)
RETURNS TABLE (jurisdiction_code varchar, item_code varchar, kind char, day date, cases integer)
LANGUAGE sql STABLE AS $$
    SELECT r.jurisdiction_code, c.item_code, 'R'::char, r.due_on, sign
    FROM case_file c WHERE c.id = r.case_id AND r.resolved_at IS NULL
$$;

CREATE FUNCTION monitoring_rectification_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP IN ('UPDATE', 'DELETE') THEN
        INSERT INTO monitoring_delta (jurisdiction_code, item_code, kind, day, cases)
        SELECT * FROM monitoring_rectification_deltas(OLD, -1);
    END IF;
    IF TG_OP IN ('UPDATE', 'INSERT') THEN
        INSERT INTO monitoring_delta (jurisdiction_code, item_code, kind, day, cases)
        SELECT * FROM monitoring_rectification_deltas(NEW, 1);
    END IF;
    RETURN NULL;
END
$$;
CREATE TRIGGER monitoring_rectification_written AFTER INSERT OR UPDATE OR DELETE ON rectification
    FOR EACH ROW EXECUTE FUNCTION monitoring_rectification_changed();

-- Folds up to batch pending deltas into the aggregates, in one statement (one snapshot: the rows
-- deleted are the rows added up). Returns the number folded, or -1 when another session folds.
CREATE FUNCTION monitoring_fold(batch integer) RETURNS integer LANGUAGE plpgsql AS $$
DECLARE
    folded integer;
BEGIN
    IF NOT pg_try_advisory_xact_lock(hashtext('monitoring_fold')) THEN
        RETURN -1;
    END IF;
    WITH taken AS (
        DELETE FROM monitoring_delta WHERE ctid = ANY (ARRAY (SELECT ctid FROM monitoring_delta LIMIT batch))
        RETURNING *
    ), base AS (
        SELECT d.jurisdiction_code, d.item_code, d.kind, d.day, d.yellow_on, d.decided, d.duration,
               sum(d.submitted) AS submitted, sum(d.decided_n) AS decided_n, sum(d.approved) AS approved,
               sum(d.on_time) AS on_time, sum(d.withdrawn) AS withdrawn, sum(d.timed) AS timed,
               sum(d.working_days) AS working_days, sum(d.yellow) AS yellow, sum(d.red) AS red,
               sum(d.ratings) AS ratings, sum(d.rating_sum) AS rating_sum, sum(d.bad_ratings) AS bad_ratings,
               sum(d.cases) AS cases
        FROM taken d
        GROUP BY d.jurisdiction_code, d.item_code, d.kind, d.day, d.yellow_on, d.decided, d.duration
    ), expanded AS (
        SELECT u.ancestor AS unit, i.item, b.*
        FROM base b
        JOIN monitoring_unit u ON u.code = b.jurisdiction_code
        CROSS JOIN LATERAL (VALUES (b.item_code), ('')) AS i (item)
    ), flow AS (
        INSERT INTO monitoring_flow AS t (unit, grain, period, item_code, submitted, decided, approved, on_time,
                withdrawn, timed, working_days, yellow, red, ratings, rating_sum, bad_ratings)
        SELECT e.unit, g.grain, g.period, e.item, sum(e.submitted), sum(e.decided_n), sum(e.approved),
               sum(e.on_time), sum(e.withdrawn), sum(e.timed), sum(e.working_days), sum(e.yellow), sum(e.red),
               sum(e.ratings), sum(e.rating_sum), sum(e.bad_ratings)
        FROM expanded e
        CROSS JOIN LATERAL (VALUES ('D', e.day), ('M', date_trunc('month', e.day)::date)) AS g (grain, period)
        WHERE e.kind = 'F'
        GROUP BY e.unit, g.grain, g.period, e.item
        HAVING sum(abs(e.submitted) + abs(e.decided_n) + abs(e.approved) + abs(e.on_time) + abs(e.withdrawn)
                   + abs(e.timed) + abs(e.working_days) + abs(e.yellow) + abs(e.red) + abs(e.ratings)
                   + abs(e.rating_sum) + abs(e.bad_ratings)) > 0
        ON CONFLICT (unit, grain, period, item_code) DO UPDATE SET
            submitted = t.submitted + excluded.submitted, decided = t.decided + excluded.decided,
            approved = t.approved + excluded.approved, on_time = t.on_time + excluded.on_time,
            withdrawn = t.withdrawn + excluded.withdrawn, timed = t.timed + excluded.timed,
            working_days = t.working_days + excluded.working_days, yellow = t.yellow + excluded.yellow,
            red = t.red + excluded.red, ratings = t.ratings + excluded.ratings,
            rating_sum = t.rating_sum + excluded.rating_sum, bad_ratings = t.bad_ratings + excluded.bad_ratings
        RETURNING 1
    ), durations AS (
        INSERT INTO monitoring_duration AS t (unit, grain, period, working_days, cases)
        SELECT e.unit, g.grain, g.period, e.duration, sum(e.timed)
        FROM expanded e
        CROSS JOIN LATERAL (VALUES ('D', e.day), ('M', date_trunc('month', e.day)::date)) AS g (grain, period)
        WHERE e.kind = 'F' AND e.duration IS NOT NULL AND e.item = ''
        GROUP BY e.unit, g.grain, g.period, e.duration
        HAVING sum(e.timed) <> 0
        ON CONFLICT (unit, grain, period, working_days) DO UPDATE SET cases = t.cases + excluded.cases
        RETURNING 1
    ), open AS (
        INSERT INTO monitoring_open AS t (unit, item_code, due_on, yellow_on, decided, cases)
        SELECT e.unit, e.item, e.day, e.yellow_on, e.decided, sum(e.cases)
        FROM expanded e WHERE e.kind = 'O'
        GROUP BY e.unit, e.item, e.day, e.yellow_on, e.decided
        HAVING sum(e.cases) <> 0
        ON CONFLICT (unit, item_code, due_on, yellow_on, decided) DO UPDATE SET cases = t.cases + excluded.cases
        RETURNING 1
    ), tasks AS (
        INSERT INTO monitoring_rectification AS t (unit, item_code, due_on, tasks)
        SELECT e.unit, e.item, e.day, sum(e.cases)
        FROM expanded e WHERE e.kind = 'R'
        GROUP BY e.unit, e.item, e.day
        HAVING sum(e.cases) <> 0
        ON CONFLICT (unit, item_code, due_on) DO UPDATE SET tasks = t.tasks + excluded.tasks
        RETURNING 1
    )
    SELECT count(*) INTO folded FROM taken;
    IF folded > 0 THEN
        DELETE FROM monitoring_open WHERE cases = 0;
        DELETE FROM monitoring_rectification WHERE tasks = 0;
        UPDATE monitoring_state SET generation = generation + 1, folded_at = now();
    END IF;
    RETURN folded;
END
$$;

-- Recomputes every aggregate from the cases, with the same contribution functions. For after a
-- bulk load that bypassed the triggers. Safe while the portal runs only when the caller holds the
-- session lock pg_advisory_lock(hashtext('monitoring_fold')) before it starts a REPEATABLE READ
-- transaction for it: the pending deltas it clears are then exactly those its snapshot includes. At scale
-- the live fold's one-step roll-up would group every contribution once per ancestor; here each
-- level is added up from the level below it instead (county, prefecture, province, nation), then
-- the all-items rows from the item rows, then the months from the days.
CREATE FUNCTION monitoring_rebuild() RETURNS bigint LANGUAGE plpgsql AS $$
DECLARE
    total bigint;
    depth integer;
BEGIN
    PERFORM pg_advisory_xact_lock(hashtext('monitoring_fold'));
    PERFORM set_config('work_mem', '512MB', true);
    DELETE FROM monitoring_delta;
    TRUNCATE monitoring_flow, monitoring_duration, monitoring_open, monitoring_rectification;
    CREATE TEMP TABLE rebuild_base ON COMMIT DROP AS
    SELECT x.jurisdiction_code, x.item_code, x.kind, x.day, x.yellow_on, x.decided, x.duration, sum(x.submitted) AS submitted,
           sum(x.decided_n) AS decided_n, sum(x.approved) AS approved, sum(x.on_time) AS on_time,
           sum(x.withdrawn) AS withdrawn, sum(x.timed) AS timed, sum(x.working_days) AS working_days,
           sum(x.yellow) AS yellow, sum(x.red) AS red, sum(x.ratings) AS ratings, sum(x.rating_sum) AS rating_sum,
           sum(x.bad_ratings) AS bad_ratings, sum(x.cases) AS cases
    FROM (
        SELECT d.jurisdiction_code, d.item_code, d.kind, d.day, d.yellow_on, d.decided, d.duration, d.submitted,
               d.decided_n, d.approved, d.on_time, d.withdrawn, d.timed, d.working_days, d.yellow, d.red,
               0 AS ratings, 0 AS rating_sum, 0 AS bad_ratings, d.cases
        FROM case_file c CROSS JOIN LATERAL monitoring_case_deltas(c.jurisdiction_code, c.item_code, c.status,
                c.submitted_at, c.due_on, c.yellow_on, c.settled_at, c.settled_outcome, c.settled_due_on,
                c.settled_yellow_on, c.working_days, 1) d
        UNION ALL
        SELECT d.jurisdiction_code, d.item_code, d.kind, d.day, NULL, NULL, NULL, 0, 0, 0, 0, 0, 0, 0, 0, 0,
               d.ratings, d.rating_sum, d.bad_ratings, 0
        FROM case_rating r CROSS JOIN LATERAL monitoring_rating_deltas(r, 1) d
        UNION ALL
        SELECT d.jurisdiction_code, d.item_code, d.kind, d.day, NULL, NULL, NULL, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
               d.cases
        FROM rectification r CROSS JOIN LATERAL monitoring_rectification_deltas(r, 1) d
    ) x
    GROUP BY x.jurisdiction_code, x.item_code, x.kind, x.day, x.yellow_on, x.decided, x.duration;
    GET DIAGNOSTICS total = ROW_COUNT;

    -- each jurisdiction's own cases, then each level added up from the one below (a parent's
    -- figures are its own cases' plus its children's); working tables first, keys at the end
    CREATE TEMP TABLE rebuild_flow ON COMMIT DROP AS
    SELECT jurisdiction_code AS unit, day AS period, item_code, sum(submitted) AS submitted, sum(decided_n) AS decided,
           sum(approved) AS approved, sum(on_time) AS on_time, sum(withdrawn) AS withdrawn, sum(timed) AS timed,
           sum(working_days) AS working_days, sum(yellow) AS yellow, sum(red) AS red, sum(ratings) AS ratings,
           sum(rating_sum) AS rating_sum, sum(bad_ratings) AS bad_ratings
    FROM rebuild_base WHERE kind = 'F' GROUP BY jurisdiction_code, day, item_code;
    CREATE TEMP TABLE rebuild_duration ON COMMIT DROP AS
    SELECT jurisdiction_code AS unit, day AS period, duration AS working_days, sum(timed) AS cases
    FROM rebuild_base WHERE kind = 'F' AND duration IS NOT NULL GROUP BY jurisdiction_code, day, duration
    HAVING sum(timed) <> 0;
    CREATE TEMP TABLE rebuild_open ON COMMIT DROP AS
    SELECT jurisdiction_code AS unit, item_code, day AS due_on, yellow_on, decided, sum(cases) AS cases
    FROM rebuild_base WHERE kind = 'O' GROUP BY jurisdiction_code, item_code, day, yellow_on, decided;
    CREATE TEMP TABLE rebuild_tasks ON COMMIT DROP AS
    SELECT jurisdiction_code AS unit, item_code, day AS due_on, sum(cases) AS tasks
    FROM rebuild_base WHERE kind = 'R' GROUP BY jurisdiction_code, item_code, day;
    FOREACH depth IN ARRAY ARRAY[6, 4, 2] LOOP
        INSERT INTO rebuild_flow
        SELECT j.parent_code, f.period, f.item_code, sum(f.submitted), sum(f.decided), sum(f.approved), sum(f.on_time), sum(f.withdrawn), sum(f.timed), sum(f.working_days), sum(f.yellow), sum(f.red), sum(f.ratings), sum(f.rating_sum), sum(f.bad_ratings)
        FROM rebuild_flow f JOIN jurisdiction j ON j.code = f.unit AND length(j.scope_prefix) = depth
        GROUP BY j.parent_code, f.period, f.item_code;
        INSERT INTO rebuild_duration
        SELECT j.parent_code, f.period, f.working_days, sum(f.cases)
        FROM rebuild_duration f JOIN jurisdiction j ON j.code = f.unit AND length(j.scope_prefix) = depth
        GROUP BY j.parent_code, f.period, f.working_days;
        INSERT INTO rebuild_open
        SELECT j.parent_code, f.item_code, f.due_on, f.yellow_on, f.decided, sum(f.cases)
        FROM rebuild_open f JOIN jurisdiction j ON j.code = f.unit AND length(j.scope_prefix) = depth
        GROUP BY j.parent_code, f.item_code, f.due_on, f.yellow_on, f.decided;
        INSERT INTO rebuild_tasks
        SELECT j.parent_code, f.item_code, f.due_on, sum(f.tasks)
        FROM rebuild_tasks f JOIN jurisdiction j ON j.code = f.unit AND length(j.scope_prefix) = depth
        GROUP BY j.parent_code, f.item_code, f.due_on;
    END LOOP;

    -- by item and for all items together, by day and by month
    ALTER TABLE monitoring_flow DROP CONSTRAINT monitoring_flow_pkey;
    INSERT INTO monitoring_flow (unit, grain, period, item_code, submitted, decided, approved, on_time, withdrawn, timed, working_days, yellow, red, ratings, rating_sum, bad_ratings)
    SELECT unit, 'D', period, item_code, sum(submitted), sum(decided), sum(approved), sum(on_time), sum(withdrawn), sum(timed), sum(working_days), sum(yellow), sum(red), sum(ratings), sum(rating_sum), sum(bad_ratings) FROM rebuild_flow GROUP BY unit, period, item_code
    UNION ALL
    SELECT unit, 'D', period, '', sum(submitted), sum(decided), sum(approved), sum(on_time), sum(withdrawn), sum(timed), sum(working_days), sum(yellow), sum(red), sum(ratings), sum(rating_sum), sum(bad_ratings) FROM rebuild_flow GROUP BY unit, period
    UNION ALL
    SELECT unit, 'M', date_trunc('month', period)::date, item_code, sum(submitted), sum(decided), sum(approved), sum(on_time), sum(withdrawn), sum(timed), sum(working_days), sum(yellow), sum(red), sum(ratings), sum(rating_sum), sum(bad_ratings)
    FROM rebuild_flow GROUP BY unit, date_trunc('month', period)::date, item_code
    UNION ALL
    SELECT unit, 'M', date_trunc('month', period)::date, '', sum(submitted), sum(decided), sum(approved), sum(on_time), sum(withdrawn), sum(timed), sum(working_days), sum(yellow), sum(red), sum(ratings), sum(rating_sum), sum(bad_ratings)
    FROM rebuild_flow GROUP BY unit, date_trunc('month', period)::date;
    ALTER TABLE monitoring_flow ADD PRIMARY KEY (unit, grain, period, item_code);
    INSERT INTO monitoring_duration (unit, grain, period, working_days, cases)
    SELECT unit, 'D', period, working_days, sum(cases) FROM rebuild_duration GROUP BY unit, period, working_days
    UNION ALL
    SELECT unit, 'M', date_trunc('month', period)::date, working_days, sum(cases)
    FROM rebuild_duration GROUP BY unit, date_trunc('month', period)::date, working_days;
    INSERT INTO monitoring_open (unit, item_code, due_on, yellow_on, decided, cases)
    SELECT unit, item_code, due_on, yellow_on, decided, sum(cases) FROM rebuild_open
    GROUP BY unit, item_code, due_on, yellow_on, decided HAVING sum(cases) <> 0
    UNION ALL
    SELECT unit, '', due_on, yellow_on, decided, sum(cases) FROM rebuild_open
    GROUP BY unit, due_on, yellow_on, decided HAVING sum(cases) <> 0;
    INSERT INTO monitoring_rectification (unit, item_code, due_on, tasks)
    SELECT unit, item_code, due_on, sum(tasks) FROM rebuild_tasks GROUP BY unit, item_code, due_on HAVING sum(tasks) <> 0
    UNION ALL
    SELECT unit, '', due_on, sum(tasks) FROM rebuild_tasks GROUP BY unit, due_on HAVING sum(tasks) <> 0;
    UPDATE monitoring_state SET generation = generation + 1, folded_at = now();
    RETURN total;
END
$$;

SELECT monitoring_rebuild();
