-- Building blocks of the reports (sql/report/*.sql): how a period's figures are computed, in one place, so that
-- every report, format and sheet reads the same number. Re-applied by Flyway whenever this file changes.
--
-- They are SQL functions rather than views because a report period is a parameter (months p_first..p_last, keys
-- YYYYMM). Their bodies are strings resolved at call time, so they hold no dependency on the core views: the
-- DROP ... CASCADE in R__core_views.sql cannot silently remove them (the one view here reads tables only).

-- The bodies are checked when they run, not when they are created (a database migrated only up to an earlier
-- version, as MigrationTests builds one, has the views of the repeatable migrations before v_plan_month exists).
SET LOCAL check_function_bodies = false;

DROP VIEW IF EXISTS v_report_task_leads;
DROP FUNCTION IF EXISTS report_ratio(numeric, numeric), report_achieved(numeric, numeric, text),
    report_indicator_unit(integer, integer, integer), report_indicator_district(integer, integer, integer),
    report_task_status(integer, integer), report_task_status_label(text), report_dated_task(integer, integer),
    report_unit_month(integer, integer, integer, date), report_plan_rejections(integer),
    report_plan_rejections(integer, integer, integer), report_month_code(integer), report_task_lead(integer, integer),
    report_unit_label(text, text), report_number(numeric, integer), report_date_text(date), report_text_date(text),
    report_theme(text), report_plain_message(text), report_plain_message(text, date), report_area_word(text) CASCADE;

-- The lead units of each task as the plan names them (a unit group by its name), for task lists.
CREATE VIEW v_report_task_leads AS
SELECT a.task_key, string_agg(coalesce(u.name, g.name), '; ' ORDER BY a.seq) AS names
FROM bridge_task_assignee a
LEFT JOIN dim_unit u ON u.unit_key = a.unit_key
LEFT JOIN dim_unit_group g ON g.unit_group_key = a.unit_group_key
WHERE a.role = 'lead'
GROUP BY a.task_key;
COMMENT ON VIEW v_report_task_leads IS 'Lead units of each task as the plan names them, joined with "; ".';

-- A ratio in percent, rounded to 2 decimals as printed. Denominator 0 or nothing reported: no data (null), never 0 %.
CREATE FUNCTION report_ratio(p_numerator numeric, p_denominator numeric) RETURNS numeric
LANGUAGE sql IMMUTABLE AS $$
    SELECT CASE WHEN p_denominator > 0 THEN round(100 * p_numerator / p_denominator, 2) END
$$;

-- Whether a ratio meets its target. The printed (rounded) ratio is compared, so that a report never shows
-- "100,00 %" beside "chưa đạt" for a target of 100 %. Null when there is no data.
CREATE FUNCTION report_achieved(p_ratio numeric, p_target numeric, p_direction text) RETURNS boolean
LANGUAGE sql IMMUTABLE AS $$
    SELECT CASE WHEN p_direction = 'at_most' THEN p_ratio <= p_target ELSE p_ratio >= p_target END
$$;

-- The month key as the command line and the data sheets write it: 202405 -> 2024-05.
CREATE FUNCTION report_month_code(p_month integer) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
    SELECT (p_month / 100)::text || '-' || lpad((p_month % 100)::text, 2, '0')
$$;

-- Each unit's value of each indicator over months p_first..p_last, from current (accepted) workbooks only.
-- stock: the unit's latest month in the period; flow: the sum of its months. The source (submission and cells)
-- is given when one workbook holds the value: a stock, or a flow over a single month.
CREATE FUNCTION report_indicator_unit(p_plan integer, p_first integer, p_last integer)
RETURNS TABLE (indicator_key integer, unit_key integer, numerator numeric, denominator numeric, months integer,
               latest_month integer, submission_key bigint, source_cell text, denominator_cell text)
LANGUAGE sql STABLE AS $$
    WITH v AS (
        SELECT f.indicator_key, f.unit_key, f.month_key, f.numerator, f.denominator, f.submission_key,
               f.source_cell, f.denominator_cell, i.aggregation,
               row_number() OVER (PARTITION BY f.indicator_key, f.unit_key ORDER BY f.month_key DESC) AS recency
        FROM v_current_indicator_value f
        JOIN dim_indicator i ON i.indicator_key = f.indicator_key
        WHERE i.plan_key = p_plan AND f.month_key BETWEEN p_first AND p_last
    )
    SELECT v.indicator_key, v.unit_key,
           sum(v.numerator) FILTER (WHERE v.aggregation = 'flow' OR v.recency = 1),
           sum(v.denominator) FILTER (WHERE v.aggregation = 'flow' OR v.recency = 1),
           count(*)::integer,
           max(v.month_key)::integer,
           CASE WHEN min(v.aggregation) = 'stock' OR count(*) = 1 THEN max(v.submission_key) FILTER (WHERE v.recency = 1) END,
           CASE WHEN min(v.aggregation) = 'stock' OR count(*) = 1 THEN max(v.source_cell) FILTER (WHERE v.recency = 1) END,
           CASE WHEN min(v.aggregation) = 'stock' OR count(*) = 1 THEN max(v.denominator_cell) FILTER (WHERE v.recency = 1) END
    FROM v
    GROUP BY v.indicator_key, v.unit_key
$$;

-- The district figure of each indicator of the plan over months p_first..p_last: numerators and denominators of
-- the units summed, then divided (never an average of percentages). Indicators nobody reported are kept (no data).
CREATE FUNCTION report_indicator_district(p_plan integer, p_first integer, p_last integer)
RETURNS TABLE (indicator_key integer, numerator numeric, denominator numeric, ratio_pct numeric, achieved boolean,
               units integer)
LANGUAGE sql STABLE AS $$
    SELECT i.indicator_key, sum(u.numerator), sum(u.denominator),
           report_ratio(sum(u.numerator), sum(u.denominator)),
           report_achieved(report_ratio(sum(u.numerator), sum(u.denominator)), i.target_pct, i.direction),
           count(u.unit_key)::integer
    FROM dim_indicator i
    LEFT JOIN report_indicator_unit(p_plan, p_first, p_last) u ON u.indicator_key = i.indicator_key
    WHERE i.plan_key = p_plan
    GROUP BY i.indicator_key, i.target_pct, i.direction
$$;

-- Where each lead unit of each task stands at the end of month p_as_of: the latest status it reported up to then
-- (blank statuses skipped), and whether it has finished its part (done, or "không phát sinh"). A done lead's
-- completion date is the one it wrote, else the reporting month's last day. One row per task and lead unit, also
-- for leads that never reported the task (status null, not finished): task status, overdue lists and `da06 status`
-- all read this one definition.
CREATE FUNCTION report_task_lead(p_plan integer, p_as_of integer)
RETURNS TABLE (task_key integer, unit_key integer, status text, completed_on date, finished boolean)
LANGUAGE sql STABLE AS $$
    WITH lead AS (
        SELECT tu.task_key, tu.unit_key
        FROM v_task_unit tu
        WHERE tu.plan_key = p_plan AND tu.is_lead
    )
    SELECT l.task_key, l.unit_key, x.status, x.completed_on, coalesce(x.status IN ('done', 'not_applicable'), false)
    FROM lead l
    -- Each lead's latest row found through the (task, unit, month) index: a join of the leads to the period's rows,
    -- then DISTINCT ON, hashed every row of the plan's months to keep a few per lead (3x slower at 3,000 units).
    -- The month's last day computed, not joined: a join here became a scan of dim_month per row.
    LEFT JOIN LATERAL (
        SELECT f.status,
               CASE WHEN f.status = 'done'
                    THEN coalesce(f.completed_on, (make_date(f.month_key / 100, f.month_key % 100, 1)
                                                   + interval '1 month - 1 day')::date) END AS completed_on
        FROM v_current_task_progress f
        WHERE f.task_key = l.task_key AND f.unit_key = l.unit_key AND f.month_key <= p_as_of AND f.status IS NOT NULL
        ORDER BY f.month_key DESC
        LIMIT 1
    ) x ON true
$$;

-- Status of every task of the plan at the end of month p_as_of (see report_task_lead). A task is done when every
-- lead unit finished its part and at least one reported it done; its completion date is the latest lead's.
-- Categories:
--   due_date tasks: done_on_time / done_late (completion date vs due date), overdue (due date reached, not done),
--                   in_progress or not_due (not due yet, with or without progress);
--   monthly and continuous tasks: ongoing (a lead reports progress) or not_started;
--   conditional tasks: done_on_time (no deadline to miss), in_progress, or waiting (for their trigger).
CREATE FUNCTION report_task_status(p_plan integer, p_as_of integer)
RETURNS TABLE (task_key integer, status text, completed_on date, leads integer, leads_reported integer)
LANGUAGE sql STABLE AS $$
    WITH task AS (
        SELECT l.task_key, count(*) AS leads, count(l.status) AS reported,
               count(*) FILTER (WHERE l.status = 'done') AS done,
               count(*) FILTER (WHERE l.finished) AS finished,
               coalesce(bool_or(l.status IN ('in_progress', 'done')), false) AS progressed,
               max(l.completed_on) AS completed_on
        FROM report_task_lead(p_plan, p_as_of) l
        GROUP BY l.task_key
    ), judged AS (
        SELECT t.task_key, t.deadline_kind, t.due_date, coalesce(a.leads, 0) AS leads, coalesce(a.reported, 0) AS reported,
               coalesce(a.done > 0 AND a.finished = a.leads, false) AS is_done,
               coalesce(a.progressed, false) AS progressed, a.completed_on,
               (SELECT m.last_day FROM dim_month m WHERE m.month_key = p_as_of) AS period_end
        FROM dim_task t
        LEFT JOIN task a ON a.task_key = t.task_key
        WHERE t.plan_key = p_plan
    )
    SELECT j.task_key,
           CASE j.deadline_kind
               WHEN 'due_date' THEN CASE
                   WHEN j.is_done AND j.completed_on <= j.due_date THEN 'done_on_time'
                   WHEN j.is_done THEN 'done_late'
                   WHEN j.due_date <= j.period_end THEN 'overdue'
                   WHEN j.progressed THEN 'in_progress'
                   ELSE 'not_due' END
               WHEN 'conditional' THEN CASE
                   WHEN j.is_done THEN 'done_on_time'
                   WHEN j.progressed THEN 'in_progress'
                   ELSE 'waiting' END
               ELSE CASE WHEN j.progressed THEN 'ongoing' ELSE 'not_started' END
           END,
           CASE WHEN j.is_done THEN j.completed_on END,
           j.leads::integer, j.reported::integer
    FROM judged j
$$;

-- How reports name a task status category: the same words head the columns of the task tables, fill their status
-- cells and stand in the sentences that sum them up.
CREATE FUNCTION report_task_status_label(p_status text) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
    SELECT CASE p_status
        WHEN 'done_on_time' THEN 'Hoàn thành đúng hạn'
        WHEN 'done_late' THEN 'Hoàn thành trễ hạn'
        WHEN 'overdue' THEN 'Quá hạn'
        WHEN 'in_progress' THEN 'Đang thực hiện'
        WHEN 'not_due' THEN 'Chưa đến hạn'
        WHEN 'ongoing' THEN 'Thường xuyên'
        WHEN 'not_started' THEN 'Chưa triển khai'
        WHEN 'waiting' THEN 'Chờ điều kiện'
    END
$$;

-- A unit as documents name it: communes, towns and wards by their people's committee ("UBND xã Phước An", "UBND thị
-- trấn Diêu Trì", "UBND phường Quy Nhơn Bắc", as the plans' "UBND các xã, thị trấn"), offices by their own name.
CREATE FUNCTION report_unit_label(p_kind text, p_name text) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
    SELECT CASE WHEN p_kind IN ('commune', 'town', 'ward') AND p_name !~ '^UBND '
                THEN 'UBND ' || lower(left(p_name, 1)) || substr(p_name, 2) ELSE p_name END
$$;

-- The word documents use for the ground a plan's unit covers, after "trên địa bàn", "toàn", "Ủy ban nhân dân": a
-- province's plan reports on "tỉnh", a district's on "huyện", a commune's on "xã".
CREATE FUNCTION report_area_word(p_kind text) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
    SELECT CASE p_kind WHEN 'province' THEN 'tỉnh' WHEN 'district' THEN 'huyện' WHEN 'commune' THEN 'xã'
                       WHEN 'ward' THEN 'phường' WHEN 'town' THEN 'thị trấn' ELSE 'địa phương' END
$$;

-- A number inside a sentence, written as the tables print it: thousands with ".", decimals with "," (2 places
-- unless p_decimals says otherwise). Null stays null.
CREATE FUNCTION report_number(p_value numeric, p_decimals integer DEFAULT 0) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
    SELECT translate(to_char(round(p_value, p_decimals),
                             CASE WHEN p_decimals > 0 THEN 'FM999,999,999,990.' || repeat('0', p_decimals)
                                  ELSE 'FM999,999,999,990' END), ',.', '.,')
$$;

-- A date as documents write it: dd/mm/yyyy.
CREATE FUNCTION report_date_text(p_date date) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
    SELECT to_char(p_date, 'DD/MM/YYYY')
$$;

-- The rows of the reviews' dated task lists (overdue-tasks.sql, tasks-due-next.sql; task-list.jrxml): each task of
-- the plan that has a due date, with its lead units as the plan names them, its status at the end of p_as_of and
-- the lead units that have not finished their part (report_task_lead). The lists differ only in which rows they keep.
CREATE FUNCTION report_dated_task(p_plan integer, p_as_of integer)
RETURNS TABLE (number smallint, code text, content text, leads text, deadline_text text, due_date date, due_text text,
               status text, status_label text, unfinished_leads text)
LANGUAGE sql STABLE AS $$
    SELECT t.number, t.code, t.content, coalesce(l.names, ''), t.deadline_text, t.due_date, report_date_text(t.due_date),
           s.status, report_task_status_label(s.status), x.names
    FROM dim_task t
    JOIN report_task_status(p_plan, p_as_of) s ON s.task_key = t.task_key
    LEFT JOIN v_report_task_leads l ON l.task_key = t.task_key
    -- The unfinished leads of every task at once: a subquery per task re-ran report_task_lead for each one.
    LEFT JOIN (SELECT x.task_key,
                      string_agg(report_unit_label(u.kind, u.name), '; ' ORDER BY u.kind IN ('commune', 'town', 'ward'), u.code) AS names
               FROM report_task_lead(p_plan, p_as_of) x
               JOIN dim_unit u ON u.unit_key = x.unit_key
               WHERE NOT x.finished
               GROUP BY x.task_key) x ON x.task_key = t.task_key
    WHERE t.plan_key = p_plan AND t.deadline_kind = 'due_date'
$$;

-- The rejected workbooks of a plan that belong to months p_first..p_last: the plan's own, and those whose plan could
-- not be read; not another plan's (a province's warehouse holds the plans of several levels for the same months).
-- A workbook belongs to the month it names (month_key); one whose month could not be read (month_key null) to the
-- month whose report was due next when it arrived: its arrival date in Vietnam after the plan's due date of the
-- month before, up to the month's own (belongs_to), so that it counts for one month only. Every count and list of a
-- plan's rejections starts here (report_unit_month, rejected-submissions.sql, status-units.sql).
CREATE FUNCTION report_plan_rejections(p_plan integer, p_first integer, p_last integer)
RETURNS TABLE (submission_key bigint, unit_key integer, month_key integer, belongs_to integer, inbox_folder text,
               file_name text, received_at timestamptz)
LANGUAGE sql STABLE AS $$
    SELECT s.submission_key, s.unit_key, s.month_key, b.month_key, s.inbox_folder, s.file_name, s.received_at
    FROM fact_submission s
    CROSS JOIN LATERAL (
        SELECT coalesce(s.month_key,
                        (SELECT min(pm.month_key) FROM v_plan_month pm
                         WHERE pm.plan_key = p_plan
                           AND pm.report_due_date >= (s.received_at AT TIME ZONE 'Asia/Ho_Chi_Minh')::date)) AS month_key
    ) b
    WHERE s.status = 'rejected' AND (s.plan_key IS NULL OR s.plan_key = p_plan) AND b.month_key BETWEEN p_first AND p_last
$$;

-- Every month each unit had to report in months p_first..p_last: the units with an assignment in the plan (a task
-- or an indicator) that existed that month. A unit reported when an accepted or superseded workbook arrived for the
-- month; its first one decides on time or late (the import's on_time, else its arrival date against the plan's
-- due date of the month, v_plan_month). No workbook: missing once the due date is before p_report_date, else not
-- due yet.
CREATE FUNCTION report_unit_month(p_plan integer, p_first integer, p_last integer, p_report_date date)
RETURNS TABLE (unit_key integer, month_key integer, report_due_date date, status text, received_on date,
               days_late integer, submission_key bigint, file_name text, rejected integer)
LANGUAGE sql STABLE AS $$
    WITH assigned AS (
        SELECT tu.unit_key FROM v_task_unit tu WHERE tu.plan_key = p_plan
        UNION
        SELECT iu.unit_key FROM v_indicator_unit iu WHERE iu.plan_key = p_plan
    ), expected AS (
        SELECT u.unit_key, m.month_key, m.report_due_date
        FROM assigned a
        JOIN dim_unit u ON u.unit_key = a.unit_key
        JOIN v_plan_month m ON m.plan_key = p_plan AND m.month_key BETWEEN p_first AND p_last
        WHERE u.valid_from <= m.last_day AND (u.valid_to IS NULL OR u.valid_to >= m.first_day)
    ), first_arrival AS (
        SELECT DISTINCT ON (s.unit_key, s.month_key) s.unit_key, s.month_key, s.on_time,
               (s.received_at AT TIME ZONE 'Asia/Ho_Chi_Minh')::date AS received_on
        FROM fact_submission s
        WHERE s.plan_key = p_plan AND s.status IN ('accepted', 'superseded') AND s.month_key BETWEEN p_first AND p_last
        ORDER BY s.unit_key, s.month_key, s.received_at
    ), current AS (
        SELECT s.unit_key, s.month_key, s.submission_key, s.file_name
        FROM fact_submission s
        WHERE s.plan_key = p_plan AND s.status = 'accepted' AND s.month_key BETWEEN p_first AND p_last
    ), rejected AS (
        SELECT s.unit_key, s.belongs_to AS month_key, count(*) AS n
        FROM report_plan_rejections(p_plan, p_first, p_last) s
        GROUP BY s.unit_key, s.belongs_to
    )
    SELECT e.unit_key, e.month_key, e.report_due_date,
           CASE WHEN f.unit_key IS NULL THEN CASE WHEN e.report_due_date < p_report_date THEN 'missing' ELSE 'not_due' END
                WHEN coalesce(f.on_time, f.received_on <= e.report_due_date) THEN 'on_time'
                ELSE 'late' END,
           f.received_on,
           CASE WHEN f.received_on > e.report_due_date THEN f.received_on - e.report_due_date END,
           c.submission_key, c.file_name, coalesce(r.n, 0)::integer
    FROM expected e
    LEFT JOIN first_arrival f ON f.unit_key = e.unit_key AND f.month_key = e.month_key
    LEFT JOIN current c ON c.unit_key = e.unit_key AND c.month_key = e.month_key
    LEFT JOIN rejected r ON r.unit_key = e.unit_key AND r.month_key = e.month_key
$$;

-- A date typed inside a text as d/m/yyyy ("... ngày 24/01/2024"), or null when there is none or it is no real date.
CREATE FUNCTION report_text_date(p_text text) RETURNS date
LANGUAGE plpgsql IMMUTABLE AS $$
DECLARE
    parts text[] := regexp_match(p_text, 'ngày\s+(\d{1,2})/(\d{1,2})/(\d{4})');
BEGIN
    IF parts IS NULL THEN
        RETURN NULL;
    END IF;
    RETURN make_date(parts[3]::integer, parts[2]::integer, parts[1]::integer);
EXCEPTION WHEN others THEN
    RETURN NULL;
END
$$;

-- The theme of a difficulty or a proposal as units wrote it, by the first pattern it matches (case-insensitive), in
-- the order below: how a review names it as a problem and as a request, and the kind of cause it files it under:
-- 'objective' (khách quan: conditions outside the district's control) or 'subjective' (chủ quan: the district's
-- own organisation, staff and money).
CREATE FUNCTION report_theme(p_text text)
RETURNS TABLE (seq integer, problem text, request text, cause text)
LANGUAGE sql IMMUTABLE AS $$
    SELECT t.seq, t.problem, t.request, t.cause
    FROM (VALUES
        (1, 'Hướng dẫn của cấp trên chưa kịp thời', 'Ban hành hướng dẫn, tiêu chí', 'objective',
            'hướng dẫn của (tỉnh|trung ương|bộ)|chưa có hướng dẫn'),
        (2, 'Hạ tầng, trang thiết bị, đường truyền chưa đáp ứng', 'Trang bị thiết bị, nâng cấp đường truyền', 'objective',
            'đường truyền|internet|máy quét|scan|thiết bị|máy tính|trang bị'),
        (3, 'Phần mềm, hệ thống kết nối còn lỗi', 'Khắc phục lỗi phần mềm, kết nối hệ thống', 'objective',
            'phần mềm|hệ thống|đồng bộ|cổng dịch vụ công|lỗi'),
        (4, 'Dữ liệu cũ chưa đầy đủ, chính xác', 'Hỗ trợ làm sạch, số hóa dữ liệu', 'objective',
            'dữ liệu|hộ tịch|sổ giấy|sai sót|sai lệch'),
        (5, 'Người dân chưa quen sử dụng dịch vụ số', 'Hỗ trợ người dân sử dụng dịch vụ số', 'objective',
            'người dân|cao tuổi|điện thoại thông minh|khai sai|tài khoản định danh'),
        (6, 'Nhân lực thiếu, kiêm nhiệm; kỹ năng chưa đồng đều', 'Tập huấn, bố trí nhân lực', 'subjective',
            'cán bộ|công chức|kiêm nhiệm|nhân lực|tập huấn|lực lượng'),
        (7, 'Kinh phí chưa được bố trí kịp thời', 'Bố trí kinh phí', 'subjective', 'kinh phí|dự toán|ngân sách'),
        (8, 'Tuyên truyền chưa sâu rộng', 'Tăng cường tuyên truyền', 'subjective', 'tuyên truyền'),
        (99, 'Vấn đề khác', 'Nội dung khác', 'objective', '')) AS t(seq, problem, request, cause, pattern)
    WHERE t.pattern = '' OR p_text ~* t.pattern
    ORDER BY t.seq
    LIMIT 1
$$;

-- A message of the import as a document a leader signs may quote it: dates as dd/mm/yyyy instead of ISO
-- (2042-02-04), task and indicator codes as their numbers ("NV10" -> "nhiệm vụ 10", "CT05" -> "chỉ tiêu 5"), unit
-- codes after "đơn vị" as the name of the unit with that code on p_on (codes are reused after a merger: 21952 is
-- thị trấn Tuy Phước in 2024 and xã Tuy Phước from 1/7/2025), else of its latest unit.
CREATE FUNCTION report_plain_message(p_message text, p_on date) RETURNS text
LANGUAGE plpgsql STABLE AS $$
DECLARE
    result text := p_message;
    unit record;
BEGIN
    result := regexp_replace(result, '(\d{4})-(\d{2})-(\d{2})', '\3/\2/\1', 'g');
    result := regexp_replace(result, '(nhiệm vụ )?\mNV0*(\d+)\M', 'nhiệm vụ \2', 'g');
    result := regexp_replace(result, '(chỉ tiêu )?\mCT0*(\d+)\M', 'chỉ tiêu \2', 'g');
    -- The words after "đơn vị" looked up by code, not every unit's code tried as a pattern on the message: a
    -- province's warehouse holds thousands of units.
    FOR unit IN
        SELECT DISTINCT ON (u.code) u.code, report_unit_label(u.kind, u.name) AS label
        FROM regexp_matches(result, 'đơn vị ([[:alnum:]_-]+)', 'g') AS written(code)
        JOIN dim_unit u ON u.code = written.code[1]
        ORDER BY u.code, (u.valid_from <= p_on AND (u.valid_to IS NULL OR u.valid_to >= p_on)) DESC, u.valid_from DESC
    LOOP
        result := replace(result, 'đơn vị ' || unit.code, unit.label);
    END LOOP;
    RETURN result;
END
$$;
