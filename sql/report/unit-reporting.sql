-- Reporting completeness and timeliness of each unit over the period (see report_unit_month): months it had to
-- report by the report date, reported, on time, late, not reported, rejected workbooks, and its on-time share;
-- district offices first, then communes and towns. A total row ("Tổng") ends the table and carries the sentence
-- that sums it up, in the words of the column headers.
-- Parameters: plan, first_month, last_month (YYYYMM), report_date.
WITH unit AS (
    SELECT u.code, report_unit_label(u.kind, u.name) AS name, u.kind IN ('commune', 'town', 'ward') AS is_commune,
           count(*) FILTER (WHERE x.status <> 'not_due')::integer AS months_due,
           count(*) FILTER (WHERE x.status IN ('on_time', 'late'))::integer AS reported,
           count(*) FILTER (WHERE x.status = 'on_time')::integer AS on_time,
           count(*) FILTER (WHERE x.status = 'late')::integer AS late,
           count(*) FILTER (WHERE x.status = 'missing')::integer AS missing,
           sum(x.rejected)::integer AS rejected
    FROM dim_plan p
    CROSS JOIN LATERAL report_unit_month(p.plan_key, :first_month, :last_month, :report_date) x
    JOIN dim_unit u ON u.unit_key = x.unit_key
    WHERE p.code = :plan
    GROUP BY u.code, u.name, u.kind
), total AS (
    SELECT count(*)::integer AS units, sum(months_due)::integer AS months_due, sum(reported)::integer AS reported,
           sum(on_time)::integer AS on_time, sum(late)::integer AS late, sum(missing)::integer AS missing,
           sum(rejected)::integer AS rejected
    FROM unit
)
SELECT * FROM (
SELECT 'Đơn vị' AS row_kind, u.code, u.name, u.months_due, u.reported, u.on_time, u.late, u.missing, u.rejected,
       report_ratio(u.on_time, u.months_due) AS on_time_pct, NULL AS sentence, u.is_commune
FROM unit u
UNION ALL
SELECT 'Tổng', '', 'Tổng cộng (' || t.units || ' đơn vị)', t.months_due, t.reported, t.on_time, t.late, t.missing,
       t.rejected, report_ratio(t.on_time, t.months_due),
       'Có ' || t.units || ' đơn vị phải báo cáo hằng tháng với ' || t.months_due || ' lượt báo cáo đã đến hạn: '
       || t.reported || ' lượt đã báo cáo (' || t.on_time || ' đúng hạn, ' || t.late || ' trễ hạn), '
       || t.missing || ' lượt chưa báo cáo; ' || t.rejected || ' bản báo cáo bị trả lại do không hợp lệ.',
       NULL
FROM total t
) r
ORDER BY r.row_kind = 'Tổng', r.is_commune, r.code
