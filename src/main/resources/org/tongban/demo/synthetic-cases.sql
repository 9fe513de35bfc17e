-- Synthetic case history, set-based: ${count} cases over the counties whose code matches ${regions}, submitted
-- in the last ${days} days, with the transitions, certificates, ratings and rectification tasks their
-- states imply. Statuses follow age: old cases are mostly decided, recent ones mostly open. Open
-- cases get approximate clock marks; with ${stale} true they are marked stale as well, and the clock
-- marker computes them exactly in the background (the demo), otherwise they stay (national loads).
-- Applicants are synthetic, disabled accounts (identity numbers starting 99, no valid check digit),
-- plus ${own} cases for the account ${owner}. Statements are separated by lines holding only ';;'.

INSERT INTO account (username, kind, display_name, password_hash, resident_id, residence_code, enabled)
SELECT 'synthetic.' || n, 'CITIZEN',
       (ARRAY['王','李','张','刘','陈','杨','黄','赵','吴','周','徐','孙','马','朱','胡','郭'])[1 + n % 16]
           || (ARRAY['伟','芳','娜','敏','静','磊','强','洋','艳','勇','军','杰','娟','涛','明','霞','平','刚'])[1 + (n / 16) % 18],
       '!synthetic', '99' || lpad(n::text, 15, '0') || 'X', NULL, false
FROM generate_series(1, 2000) n
ON CONFLICT DO NOTHING
;;
CREATE TEMP TABLE synthetic_case ON COMMIT DROP AS
WITH regions AS (
    SELECT row_number() OVER (ORDER BY c.code) AS r, c.code AS county, p.code AS prefecture, p.parent_code AS province
    FROM jurisdiction c JOIN jurisdiction p ON p.code = c.parent_code
    WHERE c.level = 'COUNTY' AND c.code ~ '${regions}'
), region_count AS (SELECT count(*) AS n FROM regions),
items AS (
    SELECT row_number() OVER (ORDER BY v.item_code) AS i, v.item_code, v.version, v.handling_level, v.statutory_limit_days,
           v.workflow
    FROM catalogue_item_version v WHERE v.status = 'PUBLISHED'
), item_count AS (SELECT count(*) AS n FROM items),
applicants AS (
    SELECT row_number() OVER (ORDER BY id) AS a, id FROM account WHERE username LIKE 'synthetic.%'
), applicant_count AS (SELECT count(*) AS n FROM applicants),
drawn AS (
    SELECT g AS n,
           1 + floor(random() * (SELECT n FROM region_count))::int AS r,
           -- popular items are asked for more often
           1 + floor(power(random(), 1.6) * (SELECT n FROM item_count))::int AS i,
           1 + floor(random() * (SELECT n FROM applicant_count))::int AS a,
           -- recent days are busier than earlier ones (the service grows)
           floor(power(random(), 1.15) * ${days})::int AS drawn_age,
           random() AS fate, random() AS speed, random() AS supplement, random() AS season
    FROM generate_series(1, ${count}) g
), seasoned AS (
    -- most people apply on working days, and few around the Spring Festival (February)
    SELECT d.*, greatest(0, d.drawn_age
               - CASE WHEN d.season < 0.75 THEN CASE extract(isodow FROM current_date - d.drawn_age)
                                                     WHEN 6 THEN 2 WHEN 7 THEN 1 ELSE 0 END ELSE 0 END
               - CASE WHEN extract(month FROM current_date - d.drawn_age) = 2 AND d.season < 0.4 THEN 28 ELSE 0 END) AS age
    FROM drawn d
)
SELECT d.n, rg.county AS region_code,
       CASE it.handling_level WHEN 'COUNTY' THEN rg.county WHEN 'PREFECTURE' THEN rg.prefecture ELSE rg.province END
           AS jurisdiction_code,
       it.item_code, it.version AS item_version, it.statutory_limit_days AS promised_days,
       CASE WHEN d.n <= ${own} THEN (SELECT id FROM account WHERE username = '${owner}') ELSE ap.id END AS applicant_id,
       (now() - make_interval(days => d.age, secs => floor(random() * 32400)::int)) AS submitted_at,
       d.age, d.fate, d.speed, d.supplement,
       -- the state by age: an old case is decided unless it was withdrawn
       CASE
           WHEN d.age > it.statutory_limit_days * 2 + 10 THEN
               CASE WHEN d.fate < 0.78 THEN 'CERTIFICATE_ISSUED' WHEN d.fate < 0.86 THEN 'DENIED'
                    WHEN d.fate < 0.93 THEN 'REFUSED' ELSE 'WITHDRAWN' END
           WHEN d.age = 0 THEN 'SUBMITTED'
           ELSE CASE WHEN d.fate < 0.25 THEN 'SUBMITTED' WHEN d.fate < 0.55 THEN 'UNDER_REVIEW'
                     WHEN d.fate < 0.68 THEN 'AWAITING_SUPPLEMENT' WHEN d.fate < 0.88 THEN 'CERTIFICATE_ISSUED'
                     WHEN d.fate < 0.93 THEN 'DENIED' WHEN d.fate < 0.97 THEN 'REFUSED' ELSE 'WITHDRAWN' END
       END AS status
FROM seasoned d
JOIN regions rg ON rg.r = d.r
JOIN items it ON it.i = d.i
JOIN applicants ap ON ap.a = d.a
;;
ALTER TABLE synthetic_case ADD COLUMN decided_at timestamptz, ADD COLUMN tracking_number varchar(22),
    -- ids taken up front, so that nothing below has to find the cases again among millions
    ADD COLUMN case_id bigint NOT NULL DEFAULT nextval(pg_get_serial_sequence('case_file', 'id')),
    ADD COLUMN accepted_on date
;;
-- processing took between a fifth of the limit and somewhat beyond it: about one case in seven is late
UPDATE synthetic_case SET accepted_on = CASE WHEN status NOT IN ('SUBMITTED', 'REFUSED') AND NOT (status = 'WITHDRAWN' AND speed < 0.5)
            THEN ((submitted_at + interval '1 day') AT TIME ZONE 'Asia/Shanghai')::date END,
    decided_at = CASE WHEN status IN ('CERTIFICATE_ISSUED', 'DENIED') THEN
        least(now() - interval '1 hour', submitted_at + make_interval(days => greatest(1,
            ceil(promised_days * 1.6 * (0.15 + speed * 0.85))::int)))
    WHEN status = 'REFUSED' THEN least(now() - interval '1 hour', submitted_at + interval '1 day')
    WHEN status = 'WITHDRAWN' THEN least(now() - interval '1 hour', submitted_at + make_interval(days => 1 + floor(speed * 5)::int))
    END
;;
WITH numbered AS (
    SELECT n, jurisdiction_code, (submitted_at AT TIME ZONE 'Asia/Shanghai')::date AS day,
           row_number() OVER (PARTITION BY jurisdiction_code, (submitted_at AT TIME ZONE 'Asia/Shanghai')::date ORDER BY submitted_at)
               + coalesce((SELECT max(last_value) FROM case_sequence q WHERE q.jurisdiction_code = s.jurisdiction_code
                           AND q.day = (s.submitted_at AT TIME ZONE 'Asia/Shanghai')::date), 0) AS seq
    FROM synthetic_case s
)
UPDATE synthetic_case s SET tracking_number = x.jurisdiction_code || '-' || to_char(x.day, 'YYYYMMDD') || '-' || lpad(x.seq::text, 6, '0')
FROM numbered x WHERE x.n = s.n
;;
INSERT INTO case_sequence (jurisdiction_code, day, last_value)
SELECT jurisdiction_code, (submitted_at AT TIME ZONE 'Asia/Shanghai')::date, max(right(tracking_number, 6)::bigint)
FROM synthetic_case GROUP BY 1, 2
ON CONFLICT (jurisdiction_code, day) DO UPDATE SET last_value = greatest(case_sequence.last_value, excluded.last_value)
;;
INSERT INTO case_file (id, tracking_number, item_code, item_version, region_code, jurisdiction_code, applicant_id, status,
        status_before_supplement, answers, promised_days, idempotency_key, request_digest, submitted_at, accepted_on,
        decided_at, marks_stale, due_on, yellow_on, settled_at, settled_outcome, settled_due_on, settled_yellow_on,
        working_days)
SELECT case_id, tracking_number, item_code, item_version, region_code, jurisdiction_code, applicant_id, status,
       CASE WHEN status = 'AWAITING_SUPPLEMENT' THEN 'UNDER_REVIEW' END,
       '{}', promised_days, 'synthetic-' || tracking_number, md5(tracking_number), submitted_at,
       accepted_on,
       CASE WHEN status IN ('CERTIFICATE_ISSUED', 'DENIED', 'REFUSED') THEN decided_at END,
       ${stale} AND status IN ('SUBMITTED', 'UNDER_REVIEW', 'AWAITING_SUPPLEMENT'),
       -- the marks of an open case, approximated as below; with ${stale} the clock marker computes them exactly
       CASE WHEN status IN ('SUBMITTED', 'UNDER_REVIEW', 'AWAITING_SUPPLEMENT')
            THEN (submitted_at AT TIME ZONE 'Asia/Shanghai')::date + 1 + ceil(promised_days * 7 / 5.0)::int END,
       CASE WHEN status IN ('SUBMITTED', 'UNDER_REVIEW', 'AWAITING_SUPPLEMENT')
            THEN (submitted_at AT TIME ZONE 'Asia/Shanghai')::date + 1 + ceil(ceil(promised_days * 0.8) * 7 / 5.0)::int END,
       CASE WHEN status IN ('CERTIFICATE_ISSUED', 'DENIED', 'REFUSED', 'WITHDRAWN') THEN decided_at END,
       CASE status WHEN 'CERTIFICATE_ISSUED' THEN 'APPROVED' WHEN 'DENIED' THEN 'DENIED' WHEN 'REFUSED' THEN 'REFUSED'
                   WHEN 'WITHDRAWN' THEN 'WITHDRAWN' END,
       -- working days as five sevenths of calendar days: close enough for a synthetic history
       CASE WHEN status IN ('CERTIFICATE_ISSUED', 'DENIED', 'WITHDRAWN')
            THEN (submitted_at AT TIME ZONE 'Asia/Shanghai')::date + 1 + ceil(promised_days * 7 / 5.0)::int END,
       CASE WHEN status IN ('CERTIFICATE_ISSUED', 'DENIED', 'WITHDRAWN')
            THEN (submitted_at AT TIME ZONE 'Asia/Shanghai')::date + 1 + ceil(ceil(promised_days * 0.8) * 7 / 5.0)::int END,
       CASE WHEN status IN ('CERTIFICATE_ISSUED', 'DENIED', 'REFUSED')
            THEN greatest(0, round(((decided_at AT TIME ZONE 'Asia/Shanghai')::date
                                    - (submitted_at AT TIME ZONE 'Asia/Shanghai')::date - 1) * 5 / 7.0))::int END
FROM synthetic_case
;;
CREATE TEMP TABLE synthetic_ids ON COMMIT DROP AS
SELECT s.*,
       (SELECT o.id FROM office o WHERE o.jurisdiction_code = s.jurisdiction_code ORDER BY o.id LIMIT 1) AS office_id,
       (SELECT a.id FROM account a WHERE a.kind = 'STAFF' ORDER BY a.id LIMIT 1) AS clerk_id
FROM synthetic_case s
;;
INSERT INTO case_transition (case_id, at, action, from_status, to_status, party, actor_id, office_id, reason)
SELECT case_id, submitted_at, 'SUBMIT', 'DRAFT', 'SUBMITTED', 'APPLICANT', applicant_id, NULL, NULL FROM synthetic_ids
UNION ALL
SELECT case_id, submitted_at + interval '1 day', 'ACCEPT', 'SUBMITTED', 'UNDER_REVIEW', 'OFFICE', clerk_id, office_id, NULL
FROM synthetic_ids WHERE accepted_on IS NOT NULL
UNION ALL
SELECT case_id, submitted_at + interval '2 days', 'REQUEST_SUPPLEMENT', 'UNDER_REVIEW', 'AWAITING_SUPPLEMENT', 'OFFICE',
       clerk_id, office_id, '请补充提交清晰的材料扫描件'
FROM synthetic_ids WHERE accepted_on IS NOT NULL AND (status = 'AWAITING_SUPPLEMENT'
    OR (status IN ('CERTIFICATE_ISSUED', 'DENIED') AND supplement < 0.2 AND decided_at > submitted_at + interval '4 days'))
UNION ALL
SELECT case_id, submitted_at + interval '3 days', 'SUPPLY', 'AWAITING_SUPPLEMENT', 'UNDER_REVIEW', 'APPLICANT',
       applicant_id, NULL, NULL
FROM synthetic_ids WHERE status IN ('CERTIFICATE_ISSUED', 'DENIED') AND accepted_on IS NOT NULL AND supplement < 0.2
    AND decided_at > submitted_at + interval '4 days'
UNION ALL
SELECT case_id, decided_at, 'APPROVE', 'UNDER_REVIEW', 'APPROVED', 'OFFICE', clerk_id, office_id, NULL
FROM synthetic_ids WHERE status = 'CERTIFICATE_ISSUED'
UNION ALL
SELECT case_id, decided_at, 'ISSUE_CERTIFICATE', 'APPROVED', 'CERTIFICATE_ISSUED', 'OFFICE', clerk_id, office_id, NULL
FROM synthetic_ids WHERE status = 'CERTIFICATE_ISSUED'
UNION ALL
SELECT case_id, decided_at, 'DENY', 'UNDER_REVIEW', 'DENIED', 'OFFICE', clerk_id, office_id, '经审查不符合法定条件'
FROM synthetic_ids WHERE status = 'DENIED'
UNION ALL
SELECT case_id, decided_at, 'REFUSE', 'SUBMITTED', 'REFUSED', 'OFFICE', clerk_id, office_id, '申请事项不属于本机关职权范围'
FROM synthetic_ids WHERE status = 'REFUSED'
UNION ALL
SELECT case_id, decided_at, 'WITHDRAW', CASE WHEN accepted_on IS NULL THEN 'SUBMITTED' ELSE 'UNDER_REVIEW' END, 'WITHDRAWN',
       'APPLICANT', applicant_id, NULL, NULL
FROM synthetic_ids WHERE status = 'WITHDRAWN'
;;
INSERT INTO certificate (verification_code, case_id, item_code, item_name_zh, item_name_en, office_id, holder_name,
        holder_id_masked, issued_on, valid_until)
SELECT upper(substr(md5(s.tracking_number || 'certificate'), 1, 4) || '-' || substr(md5(s.tracking_number || 'certificate'), 5, 4)
           || '-' || substr(md5(s.tracking_number || 'certificate'), 9, 4) || '-' || substr(md5(s.tracking_number || 'certificate'), 13, 4)
           || '-' || substr(md5(s.tracking_number || 'certificate'), 17, 4)),
       s.case_id, s.item_code, v.name_zh, v.name_en, s.office_id, a.display_name,
       left(a.resident_id, 6) || '********' || right(a.resident_id, 4),
       (s.decided_at AT TIME ZONE 'Asia/Shanghai')::date,
       ((s.decided_at AT TIME ZONE 'Asia/Shanghai')::date + make_interval(years => coalesce(v.certificate_validity_years, 5)) - interval '1 day')::date
FROM synthetic_ids s
JOIN catalogue_item_version v ON v.item_code = s.item_code AND v.version = s.item_version
JOIN account a ON a.id = s.applicant_id
WHERE s.status = 'CERTIFICATE_ISSUED'
;;
INSERT INTO case_rating (case_id, score, comment, rated_at)
SELECT case_id,
       CASE WHEN r < 0.55 THEN 5 WHEN r < 0.80 THEN 4 WHEN r < 0.90 THEN 3 WHEN r < 0.96 THEN 2 ELSE 1 END,
       CASE WHEN r >= 0.90 THEN '等待时间较长，希望改进' WHEN r < 0.2 THEN '办理很快，工作人员很耐心' END,
       decided_at + interval '2 hours'
FROM (SELECT *, random() AS r FROM synthetic_ids WHERE status IN ('CERTIFICATE_ISSUED', 'DENIED', 'REFUSED')
      AND decided_at < now() - interval '3 hours') s
WHERE speed < 0.7
;;
INSERT INTO rectification (case_id, jurisdiction_code, opened_at, due_on, resolved_at, resolved_by, outcome)
SELECT s.case_id, s.jurisdiction_code, g.rated_at, ((g.rated_at AT TIME ZONE 'Asia/Shanghai')::date + 14),
       CASE WHEN g.rated_at < now() - interval '20 days' AND s.supplement < 0.9 THEN g.rated_at + interval '9 days' END,
       CASE WHEN g.rated_at < now() - interval '20 days' AND s.supplement < 0.9 THEN s.clerk_id END,
       CASE WHEN g.rated_at < now() - interval '20 days' AND s.supplement < 0.9 THEN '已与申请人沟通，并优化了窗口排队流程' END
FROM synthetic_ids s JOIN case_rating g ON g.case_id = s.case_id
WHERE g.score <= 2
