-- The working-day calendar behind the legal clock.
--
-- A day not listed is a working day from Monday to Friday and a rest day on Saturday and Sunday.
-- Listed days override that: public holidays (HOLIDAY) and weekend days worked instead
-- (WORKING_DAY). The nation's rows (000000) come from the State Council's notices on the holiday
-- arrangements for 2025 (12 November 2024) and 2026 (4 November 2025); a jurisdiction may add its
-- own days off. calendar_year records which years' arrangements are published, so a deadline that
-- runs past them is computed on the plain weekday rule and says so. Central staff keep it current.

CREATE TABLE calendar_year (
    year          integer     PRIMARY KEY CHECK (year BETWEEN 2000 AND 2100),
    source        varchar(300) NOT NULL,
    published_at  date        NOT NULL
);

CREATE TABLE calendar_day (
    jurisdiction_code varchar(6)   NOT NULL REFERENCES jurisdiction (code),
    day               date         NOT NULL,
    kind              varchar(12)  NOT NULL CHECK (kind IN ('HOLIDAY', 'WORKING_DAY')),
    name_zh           varchar(100) NOT NULL,
    name_en           varchar(100) NOT NULL,
    PRIMARY KEY (jurisdiction_code, day),
    CHECK (jurisdiction_code = '000000' OR kind = 'HOLIDAY')
);

INSERT INTO calendar_year (year, source, published_at) VALUES
(2025, '国务院办公厅关于2025年部分节假日安排的通知', '2024-11-12'),
(2026, '国务院办公厅关于2026年部分节假日安排的通知', '2025-11-04');

INSERT INTO calendar_day (jurisdiction_code, day, kind, name_zh, name_en) VALUES
('000000', '2025-01-01', 'HOLIDAY', '元旦', 'New Year''s Day'),
('000000', '2025-01-26', 'WORKING_DAY', '春节调休上班', 'Spring Festival make-up working day'),
('000000', '2025-01-28', 'HOLIDAY', '春节', 'Spring Festival'),
('000000', '2025-01-29', 'HOLIDAY', '春节', 'Spring Festival'),
('000000', '2025-01-30', 'HOLIDAY', '春节', 'Spring Festival'),
('000000', '2025-01-31', 'HOLIDAY', '春节', 'Spring Festival'),
('000000', '2025-02-01', 'HOLIDAY', '春节', 'Spring Festival'),
('000000', '2025-02-02', 'HOLIDAY', '春节', 'Spring Festival'),
('000000', '2025-02-03', 'HOLIDAY', '春节', 'Spring Festival'),
('000000', '2025-02-04', 'HOLIDAY', '春节', 'Spring Festival'),
('000000', '2025-02-08', 'WORKING_DAY', '春节调休上班', 'Spring Festival make-up working day'),
('000000', '2025-04-04', 'HOLIDAY', '清明节', 'Qingming Festival'),
('000000', '2025-04-05', 'HOLIDAY', '清明节', 'Qingming Festival'),
('000000', '2025-04-06', 'HOLIDAY', '清明节', 'Qingming Festival'),
('000000', '2025-04-27', 'WORKING_DAY', '劳动节调休上班', 'Labour Day make-up working day'),
('000000', '2025-05-01', 'HOLIDAY', '劳动节', 'Labour Day'),
('000000', '2025-05-02', 'HOLIDAY', '劳动节', 'Labour Day'),
('000000', '2025-05-03', 'HOLIDAY', '劳动节', 'Labour Day'),
('000000', '2025-05-04', 'HOLIDAY', '劳动节', 'Labour Day'),
('000000', '2025-05-05', 'HOLIDAY', '劳动节', 'Labour Day'),
('000000', '2025-05-31', 'HOLIDAY', '端午节', 'Dragon Boat Festival'),
('000000', '2025-06-01', 'HOLIDAY', '端午节', 'Dragon Boat Festival'),
('000000', '2025-06-02', 'HOLIDAY', '端午节', 'Dragon Boat Festival'),
('000000', '2025-09-28', 'WORKING_DAY', '国庆节调休上班', 'National Day make-up working day'),
('000000', '2025-10-01', 'HOLIDAY', '国庆节、中秋节', 'National Day and Mid-Autumn Festival'),
('000000', '2025-10-02', 'HOLIDAY', '国庆节、中秋节', 'National Day and Mid-Autumn Festival'),
('000000', '2025-10-03', 'HOLIDAY', '国庆节、中秋节', 'National Day and Mid-Autumn Festival'),
('000000', '2025-10-04', 'HOLIDAY', '国庆节、中秋节', 'National Day and Mid-Autumn Festival'),
('000000', '2025-10-05', 'HOLIDAY', '国庆节、中秋节', 'National Day and Mid-Autumn Festival'),
('000000', '2025-10-06', 'HOLIDAY', '国庆节、中秋节', 'National Day and Mid-Autumn Festival'),
('000000', '2025-10-07', 'HOLIDAY', '国庆节、中秋节', 'National Day and Mid-Autumn Festival'),
('000000', '2025-10-08', 'HOLIDAY', '国庆节、中秋节', 'National Day and Mid-Autumn Festival'),
('000000', '2025-10-11', 'WORKING_DAY', '国庆节调休上班', 'National Day make-up working day'),
('000000', '2026-01-01', 'HOLIDAY', '元旦', 'New Year''s Day'),
('000000', '2026-01-02', 'HOLIDAY', '元旦', 'New Year''s Day'),
('000000', '2026-01-03', 'HOLIDAY', '元旦', 'New Year''s Day'),
('000000', '2026-01-04', 'WORKING_DAY', '元旦调休上班', 'New Year''s Day make-up working day'),
('000000', '2026-02-14', 'WORKING_DAY', '春节调休上班', 'Spring Festival make-up working day'),
('000000', '2026-02-15', 'HOLIDAY', '春节', 'Spring Festival'),
('000000', '2026-02-16', 'HOLIDAY', '春节', 'Spring Festival'),
('000000', '2026-02-17', 'HOLIDAY', '春节', 'Spring Festival'),
('000000', '2026-02-18', 'HOLIDAY', '春节', 'Spring Festival'),
('000000', '2026-02-19', 'HOLIDAY', '春节', 'Spring Festival'),
('000000', '2026-02-20', 'HOLIDAY', '春节', 'Spring Festival'),
('000000', '2026-02-21', 'HOLIDAY', '春节', 'Spring Festival'),
('000000', '2026-02-22', 'HOLIDAY', '春节', 'Spring Festival'),
('000000', '2026-02-23', 'HOLIDAY', '春节', 'Spring Festival'),
('000000', '2026-02-28', 'WORKING_DAY', '春节调休上班', 'Spring Festival make-up working day'),
('000000', '2026-04-04', 'HOLIDAY', '清明节', 'Qingming Festival'),
('000000', '2026-04-05', 'HOLIDAY', '清明节', 'Qingming Festival'),
('000000', '2026-04-06', 'HOLIDAY', '清明节', 'Qingming Festival'),
('000000', '2026-05-01', 'HOLIDAY', '劳动节', 'Labour Day'),
('000000', '2026-05-02', 'HOLIDAY', '劳动节', 'Labour Day'),
('000000', '2026-05-03', 'HOLIDAY', '劳动节', 'Labour Day'),
('000000', '2026-05-04', 'HOLIDAY', '劳动节', 'Labour Day'),
('000000', '2026-05-05', 'HOLIDAY', '劳动节', 'Labour Day'),
('000000', '2026-05-09', 'WORKING_DAY', '劳动节调休上班', 'Labour Day make-up working day'),
('000000', '2026-06-19', 'HOLIDAY', '端午节', 'Dragon Boat Festival'),
('000000', '2026-06-20', 'HOLIDAY', '端午节', 'Dragon Boat Festival'),
('000000', '2026-06-21', 'HOLIDAY', '端午节', 'Dragon Boat Festival'),
('000000', '2026-09-20', 'WORKING_DAY', '国庆节调休上班', 'National Day make-up working day'),
('000000', '2026-09-25', 'HOLIDAY', '中秋节', 'Mid-Autumn Festival'),
('000000', '2026-09-26', 'HOLIDAY', '中秋节', 'Mid-Autumn Festival'),
('000000', '2026-09-27', 'HOLIDAY', '中秋节', 'Mid-Autumn Festival'),
('000000', '2026-10-01', 'HOLIDAY', '国庆节', 'National Day'),
('000000', '2026-10-02', 'HOLIDAY', '国庆节', 'National Day'),
('000000', '2026-10-03', 'HOLIDAY', '国庆节', 'National Day'),
('000000', '2026-10-04', 'HOLIDAY', '国庆节', 'National Day'),
('000000', '2026-10-05', 'HOLIDAY', '国庆节', 'National Day'),
('000000', '2026-10-06', 'HOLIDAY', '国庆节', 'National Day'),
('000000', '2026-10-07', 'HOLIDAY', '国庆节', 'National Day'),
('000000', '2026-10-10', 'WORKING_DAY', '国庆节调休上班', 'National Day make-up working day');
