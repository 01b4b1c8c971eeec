-- Reporting completeness and timeliness of each unit over the period (see report_unit_month): months it had to
-- report by the report date, reported, on time, late, not reported, rejected workbooks, and its on-time share;
-- district offices first, then communes and towns. A total row ("Tổng") ends the table and carries the sentence
-- that sums it up, in the words of the column headers. For a plan with many units the appendix rolls up: a row per
-- group of units ("Nhóm": offices, communes) and only the units that need attention (late, not reported or
-- rejected), at most "listed" of them, those with most months not reported, then late, then rejected workbooks
-- (the total row counts the others in "unlisted"); "in_full" marks the rows of the full table, "in_rollup" those
-- of the rolled-up one, "in_summary" those of the groups and the total that a rolled-up document's body prints.
-- Parameters: plan, first_month, last_month (YYYYMM), report_date, listed.
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
), area AS (
    SELECT report_area_word(pu.kind) AS ground, pu.kind
    FROM dim_plan p LEFT JOIN dim_unit pu ON pu.unit_key = p.district_unit_key
    WHERE p.code = :plan
), grouped AS (
    SELECT u.is_commune, count(*)::integer AS units, sum(months_due)::integer AS months_due,
           sum(reported)::integer AS reported, sum(on_time)::integer AS on_time, sum(late)::integer AS late,
           sum(missing)::integer AS missing, sum(rejected)::integer AS rejected
    FROM unit u
    GROUP BY u.is_commune
)
SELECT * FROM (
SELECT 'Đơn vị' AS row_kind, u.code, u.name, u.months_due, u.reported, u.on_time, u.late, u.missing, u.rejected,
       report_ratio(u.on_time, u.months_due) AS on_time_pct, NULL AS sentence, u.is_commune,
       true AS in_full,
       u.late + u.missing + u.rejected > 0
           AND row_number() OVER (PARTITION BY u.late + u.missing + u.rejected > 0
                                  ORDER BY u.missing DESC, u.late DESC, u.rejected DESC, u.is_commune, u.code) <= :listed
           AS in_rollup,
       NULL::integer AS unlisted, false AS in_summary
FROM unit u
UNION ALL
SELECT 'Nhóm', '', CASE WHEN g.is_commune THEN CASE a.kind WHEN 'district' THEN 'Các xã, thị trấn' ELSE 'Các xã, phường' END
                        ELSE CASE a.kind WHEN 'district' THEN 'Các phòng, ban, ngành' ELSE 'Các sở, ban, ngành' END END
       || ' (' || report_number(g.units) || ' đơn vị)', g.months_due, g.reported, g.on_time, g.late, g.missing, g.rejected,
       report_ratio(g.on_time, g.months_due), NULL, g.is_commune, false, true, NULL, true
FROM grouped g CROSS JOIN area a
UNION ALL
SELECT 'Tổng', '', 'Tổng cộng (' || report_number(t.units) || ' đơn vị)', t.months_due, t.reported, t.on_time, t.late, t.missing,
       t.rejected, report_ratio(t.on_time, t.months_due),
       'Có ' || report_number(t.units) || ' đơn vị phải báo cáo hằng tháng với ' || report_number(t.months_due)
       || ' lượt báo cáo đã đến hạn: ' || report_number(t.reported) || ' lượt đã báo cáo ('
       || report_number(t.on_time) || ' đúng hạn, ' || report_number(t.late) || ' trễ hạn), '
       || report_number(t.missing) || ' lượt chưa báo cáo; ' || report_number(t.rejected)
       || ' bản báo cáo bị trả lại do không hợp lệ.',
       NULL, true, true, greatest((SELECT count(*) FROM unit WHERE late + missing + rejected > 0) - :listed, 0)::integer, true
FROM total t
) r
ORDER BY r.row_kind = 'Tổng', r.is_commune, r.row_kind = 'Đơn vị', r.code
