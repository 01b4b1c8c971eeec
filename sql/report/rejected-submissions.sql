-- Workbooks of the plan rejected for the period's months (report_plan_rejections: also those whose month could not
-- be read, by when they arrived), with the reasons the import gave, in plain words
-- (report_plain_message: no ISO dates or codes, unit codes named as of the month). A rolled-up report prints the
-- first "listed" of them ("listed") and counts the others ("unlisted", on every row).
-- Parameters: plan, first_month, last_month (YYYYMM), listed.
SELECT row_number() OVER (ORDER BY s.received_at, s.submission_key) <= :listed AS listed,
       greatest(count(*) OVER () - :listed, 0)::integer AS unlisted,
       coalesce(report_unit_label(u.kind, u.name), s.inbox_folder) AS unit_name, m.label AS month_label, s.file_name,
       report_date_text((s.received_at AT TIME ZONE 'Asia/Ho_Chi_Minh')::date) AS received_text,
       string_agg(report_plain_message(e.message, coalesce(m.first_day, (s.received_at AT TIME ZONE 'Asia/Ho_Chi_Minh')::date)),
                  '; ' ORDER BY e.seq) AS reasons
FROM dim_plan plan
CROSS JOIN LATERAL report_plan_rejections(plan.plan_key, :first_month, :last_month) s
LEFT JOIN dim_unit u ON u.unit_key = s.unit_key
LEFT JOIN dim_month m ON m.month_key = s.month_key
LEFT JOIN submission_error e ON e.submission_key = s.submission_key
WHERE plan.code = :plan
GROUP BY s.submission_key, u.kind, u.name, s.inbox_folder, m.label, m.first_day, s.file_name, s.received_at
ORDER BY s.received_at, s.submission_key
