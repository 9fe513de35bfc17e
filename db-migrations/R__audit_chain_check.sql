-- Verification recomputes every digest and link; the application reads one row from this view.
CREATE OR REPLACE VIEW audit_chain_check AS
SELECT count(*)                                   AS entries,
       min(seq) FILTER (WHERE NOT intact)         AS first_broken_seq,
       max(seq)                                   AS last_seq
FROM (SELECT a.seq,
             a.hash = audit_entry_digest(a)
                 AND a.prev_hash = coalesce(lag(a.hash) OVER w, repeat('0', 64))
                 AND a.seq = coalesce(lag(a.seq) OVER w, 0) + 1 AS intact
      FROM audit_entry a
      WINDOW w AS (ORDER BY a.seq)) checked;
