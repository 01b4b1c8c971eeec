-- Appendix: each target's table by unit, for every unit that must report it (district offices, then communes and
-- towns), over the period: its numerator, denominator, ratio and whether it meets the target; units without figures
-- say so. The only view of an indicator whose units do not add up (combine = 'per_unit'). "attention": the unit
-- misses the target or has no figures (a rolled-up appendix lists only those); "listed": one of the first "listed"
-- of them, furthest from the target first, then those without figures; when more need attention, the indicator's
-- heading says how many and where the others are. Rows beyond the first "listed" of those needing attention and of
-- the others are not returned.
-- Parameters: plan, first_month, last_month (YYYYMM), listed.
WITH plan AS (
    SELECT p.plan_key, report_area_word(u.kind) AS area
    FROM dim_plan p LEFT JOIN dim_unit u ON u.unit_key = p.district_unit_key
    WHERE p.code = :plan
), unit_value AS MATERIALIZED (
    -- Computed once: when the planner misjudges how many units report, a join to the function call recomputed it
    -- for every unit (24 s for a 300-unit plan).
    SELECT v.* FROM plan CROSS JOIN LATERAL report_indicator_unit(plan.plan_key, :first_month, :last_month) v
), assessed AS (
    SELECT i.seq AS indicator_seq, i.seq || '. ' || i.name || ' (mục tiêu ' || report_number(i.target_pct, 0) || '%; đơn vị tính: '
               || i.unit_noun || CASE WHEN i.combine = 'per_unit' THEN '; không cộng toàn ' || plan.area ELSE '' END || ')' AS indicator,
           report_unit_label(u.kind, u.name) AS unit_name, u.kind IN ('commune', 'town', 'ward') AS is_commune, u.code,
           v.numerator, v.denominator,
           CASE WHEN v.denominator > 0 THEN report_number(100 * v.numerator / v.denominator, 2) ELSE 'chưa có số liệu' END AS ratio_text,
           CASE report_achieved(round(100 * v.numerator / NULLIF(v.denominator, 0), 2), i.target_pct, i.direction)
               WHEN true THEN 'Đạt' WHEN false THEN 'Chưa đạt' ELSE '' END AS assessment,
           coalesce(NOT report_achieved(round(100 * v.numerator / NULLIF(v.denominator, 0), 2), i.target_pct, i.direction), true)
               AS attention,
           -- How far below its target the unit is, in percentage points (none without figures).
           CASE WHEN i.direction = 'at_most' THEN 100 * v.numerator / NULLIF(v.denominator, 0) - i.target_pct
                ELSE i.target_pct - 100 * v.numerator / NULLIF(v.denominator, 0) END AS shortfall
    FROM plan
    JOIN dim_indicator i ON i.plan_key = plan.plan_key
    JOIN v_indicator_unit iu ON iu.indicator_key = i.indicator_key AND iu.plan_key = plan.plan_key
    JOIN dim_unit u ON u.unit_key = iu.unit_key
    JOIN dim_month m ON m.month_key = :last_month
    LEFT JOIN unit_value v
           ON v.indicator_key = i.indicator_key AND v.unit_key = u.unit_key
    WHERE u.valid_from <= m.last_day AND (u.valid_to IS NULL OR u.valid_to >= m.first_day)
), ranked AS (
    SELECT a.*,
           row_number() OVER (PARTITION BY a.indicator_seq, a.attention
                              ORDER BY a.shortfall DESC NULLS LAST, a.is_commune, a.code) AS position,
           count(*) FILTER (WHERE a.attention) OVER (PARTITION BY a.indicator_seq) AS needing_attention
    FROM assessed a
)
SELECT r.indicator_seq,
       r.indicator || CASE WHEN r.needing_attention > :listed
           THEN ' — ' || report_number(r.needing_attention) || ' đơn vị chưa đạt mục tiêu hoặc chưa có số liệu; dưới đây nêu '
                || :listed || ' đơn vị xa mục tiêu nhất, số liệu của từng đơn vị tại trang “Dữ liệu chỉ tiêu” của bản XLSX'
           ELSE '' END AS indicator,
       r.unit_name, r.numerator, r.denominator, r.ratio_text, r.assessment, r.attention,
       r.attention AND r.position <= :listed AS listed
FROM ranked r
-- A rolled-up appendix prints only the listed rows: the others stay in the database (and the XLSX data sheets).
WHERE r.position <= :listed
ORDER BY r.indicator_seq, r.is_commune, r.code
