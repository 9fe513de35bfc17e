-- A case whose clock marks must be computed again: after a change to its calendar, or when cases
-- were loaded in bulk. The clock marker recomputes them in the background, a batch at a time.
ALTER TABLE case_file ADD COLUMN marks_stale boolean NOT NULL DEFAULT false;
CREATE INDEX case_file_marks_stale_idx ON case_file (id) WHERE marks_stale;
