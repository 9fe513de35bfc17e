-- The audit log: append-only and hash-chained.
--
-- Every entry carries the SHA-256 of its own content and of the previous entry's hash, so that a
-- changed, inserted or deleted row breaks the chain at that point. Position (seq), time and the
-- chain link are assigned here, under a transaction-scoped advisory lock, so that no writer,
-- whatever its language, can append out of order or forget the link. Updates, deletes and
-- truncation are refused by triggers; the table has no foreign keys, so deleting the data an
-- entry describes never touches the entry.

CREATE TABLE audit_entry (
    seq                bigint        PRIMARY KEY,
    occurred_at        timestamptz   NOT NULL,
    actor              varchar(64)   NOT NULL,
    actor_role         varchar(40),
    actor_jurisdiction varchar(6),
    action             varchar(60)   NOT NULL,
    subject_type       varchar(40),
    subject_id         varchar(100),
    purpose            varchar(500),
    client_address     varchar(64),
    outcome            varchar(10)   NOT NULL CHECK (outcome IN ('SUCCESS', 'FAILURE', 'DENIED')),
    detail             varchar(1000),
    prev_hash          varchar(64)   NOT NULL,
    hash               varchar(64)   NOT NULL
);
CREATE INDEX audit_entry_subject_idx ON audit_entry (subject_type, subject_id);
CREATE INDEX audit_entry_actor_idx ON audit_entry (actor, occurred_at);

CREATE FUNCTION audit_entry_digest(e audit_entry) RETURNS varchar(64)
    LANGUAGE sql STABLE AS
$$
SELECT encode(sha256(convert_to(concat_ws('|',
        e.prev_hash,
        e.seq::text,
        to_char(e.occurred_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"'),
        quote_nullable(e.actor),
        quote_nullable(e.actor_role),
        quote_nullable(e.actor_jurisdiction),
        quote_nullable(e.action),
        quote_nullable(e.subject_type),
        quote_nullable(e.subject_id),
        quote_nullable(e.purpose),
        quote_nullable(e.client_address),
        quote_nullable(e.outcome),
        quote_nullable(e.detail)), 'UTF8')), 'hex')
$$;

CREATE FUNCTION audit_entry_chain() RETURNS trigger
    LANGUAGE plpgsql AS
$$
DECLARE
    last audit_entry%ROWTYPE;
BEGIN
    PERFORM pg_advisory_xact_lock(7340001);
    SELECT * INTO last FROM audit_entry ORDER BY seq DESC LIMIT 1;
    NEW.seq := coalesce(last.seq, 0) + 1;
    NEW.prev_hash := coalesce(last.hash, repeat('0', 64));
    NEW.occurred_at := clock_timestamp();
    NEW.hash := audit_entry_digest(NEW);
    RETURN NEW;
END
$$;

CREATE TRIGGER audit_entry_chain BEFORE INSERT ON audit_entry
    FOR EACH ROW EXECUTE FUNCTION audit_entry_chain();

CREATE FUNCTION audit_entry_refuse_change() RETURNS trigger
    LANGUAGE plpgsql AS
$$
BEGIN
    RAISE EXCEPTION 'audit_entry is append-only: % refused', TG_OP USING ERRCODE = 'insufficient_privilege';
END
$$;

CREATE TRIGGER audit_entry_append_only BEFORE UPDATE OR DELETE ON audit_entry
    FOR EACH ROW EXECUTE FUNCTION audit_entry_refuse_change();
CREATE TRIGGER audit_entry_no_truncate BEFORE TRUNCATE ON audit_entry
    FOR EACH STATEMENT EXECUTE FUNCTION audit_entry_refuse_change();
REVOKE UPDATE, DELETE, TRUNCATE ON audit_entry FROM PUBLIC;
