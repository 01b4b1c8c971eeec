-- Workbooks of the plan rejected for the period's months (or whose month could not be read but that arrived while the period was
-- being reported, up to the plan's due date of the last month), with the reasons the import gave, in plain words
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
CROSS JOIN LATERAL report_plan_rejections(plan.plan_key) s
LEFT JOIN dim_unit u ON u.unit_key = s.unit_key
LEFT JOIN dim_month m ON m.month_key = s.month_key
LEFT JOIN submission_error e ON e.submission_key = s.submission_key
WHERE plan.code = :plan
  AND (s.month_key BETWEEN :first_month AND :last_month
       OR (s.month_key IS NULL AND (s.received_at AT TIME ZONE 'Asia/Ho_Chi_Minh')::date BETWEEN
           (SELECT first_day FROM dim_month WHERE month_key = :first_month)
           AND (SELECT pm.report_due_date FROM v_plan_month pm JOIN dim_plan p USING (plan_key)
                WHERE p.code = :plan AND pm.month_key = :last_month)))
GROUP BY s.submission_key, u.kind, u.name, s.inbox_folder, m.label, m.first_day, s.file_name, s.received_at
ORDER BY s.received_at, s.submission_key
