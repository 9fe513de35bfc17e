-- Central staff's worklist covers the whole country: walk the cases in deadline order and stop at
-- the first page, instead of sorting every open case. Closed cases have no deadline and sort last,
-- so the first entries of this index are the open cases most urgent first.
DROP INDEX IF EXISTS case_file_due_idx;
CREATE INDEX IF NOT EXISTS case_file_due_order_idx ON case_file (due_on, id);
