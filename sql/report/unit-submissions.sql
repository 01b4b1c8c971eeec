-- Who reported the month (see report_unit_month): each unit that had to, with on time / late / missing, the date its
-- first workbook arrived and the current workbook. A rolled-up report lists only the units that need attention (not
-- reported, late, or with a rejected workbook), at most "listed" of them ("listed"; "unlisted": how many more).
-- Parameters: plan, first_month, last_month (YYYYMM), report_date, listed.
WITH reported AS (
    SELECT u.code, report_unit_label(u.kind, u.name) AS name, x.status,
           CASE x.status WHEN 'on_time' THEN 'Đúng hạn' WHEN 'late' THEN 'Trễ hạn'
                         WHEN 'missing' THEN 'Chưa báo cáo' ELSE 'Chưa đến hạn' END AS status_label,
           x.report_due_date, x.received_on, report_date_text(x.received_on) AS received_text, x.days_late, x.file_name, x.rejected,
           x.status IN ('missing', 'late') OR x.rejected > 0 AS attention,
           CASE x.status WHEN 'missing' THEN 1 WHEN 'late' THEN 2 WHEN 'not_due' THEN 3 ELSE 4 END AS severity,
           u.kind IN ('commune', 'town', 'ward') AS is_commune, x.month_key
    FROM dim_plan p
    CROSS JOIN LATERAL report_unit_month(p.plan_key, :first_month, :last_month, :report_date) x
    JOIN dim_unit u ON u.unit_key = x.unit_key
    WHERE p.code = :plan
)
SELECT r.code, r.name, r.status, r.status_label, r.report_due_date, r.received_on, r.received_text, r.days_late,
       r.file_name, r.rejected,
       r.attention AND row_number() OVER (PARTITION BY r.attention ORDER BY r.severity, r.is_commune, r.code, r.month_key) <= :listed
           AS listed,
       greatest(count(*) FILTER (WHERE r.attention) OVER () - :listed, 0)::integer AS unlisted
FROM reported r
ORDER BY r.severity, r.is_commune, r.code, r.month_key
