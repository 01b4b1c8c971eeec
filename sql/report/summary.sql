-- Facts about a report's data as a whole, for its opening and closing lines: how many workbooks it rests on, the
-- last arrival it includes ("Số liệu tính đến ngày ..."), the due date of the period's last month, and the units
-- that must report that month and have not (yet), named up to "listed" of them (the rest counted: a plan with
-- thousands of units would name hundreds). Parameters: plan, first_month, last_month (YYYYMM), report_date, listed.
WITH plan AS (
    SELECT plan_key FROM dim_plan WHERE code = :plan
), included AS (
    SELECT s.received_at
    FROM fact_submission s, plan
    WHERE s.plan_key = plan.plan_key AND s.status = 'accepted' AND s.month_key BETWEEN :first_month AND :last_month
), last_month AS (
    SELECT x.* FROM plan, report_unit_month(plan.plan_key, :last_month, :last_month, :report_date) x
)
SELECT (SELECT count(*) FROM included)::integer AS accepted_submissions,
       (SELECT report_date_text(max((received_at AT TIME ZONE 'Asia/Ho_Chi_Minh')::date)) FROM included) AS data_until,
       (SELECT max(report_due_date) FROM last_month) AS due_date,
       report_date_text((SELECT max(report_due_date) FROM last_month)) AS due_text,
       (SELECT count(*) FROM last_month WHERE status NOT IN ('on_time', 'late'))::integer AS units_not_reported,
       (SELECT count(*) FROM last_month)::integer AS units_expected,
       (SELECT string_agg(n.name, ', ' ORDER BY n.position) FILTER (WHERE n.position <= :listed)
               || CASE WHEN count(*) > :listed THEN ' và ' || report_number(count(*) - :listed) || ' đơn vị khác' ELSE '' END
        FROM (SELECT report_unit_label(u.kind, u.name) AS name,
                     row_number() OVER (ORDER BY u.kind IN ('commune', 'town', 'ward'), u.code) AS position
              FROM last_month x JOIN dim_unit u ON u.unit_key = x.unit_key
              WHERE x.status NOT IN ('on_time', 'late')) n) AS units_not_reported_names
