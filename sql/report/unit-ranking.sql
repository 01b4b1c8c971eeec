-- Ranking of the units over the period. Each unit's score is the average of the shares that apply to it:
--   tasks   = lead tasks with a due date reached by the period end that the unit reported done by their due date
--             (completion date, else the reporting month's last day) / all such tasks;
--   reports = months reported on time / months it had to report by the report date (see report_unit_month);
--   targets = indicators it reports whose own period ratio meets the target / all indicators it reports
--             (an indicator it gave no figure for counts as not met).
-- A share that does not apply (no due lead task, no indicator) is left out of the average. Shares and score are
-- computed unrounded and rounded once, where printed. District offices and communes are ranked apart (row_kind):
-- their duties differ too much for one list. Equal exact scores share a rank. A rolled-up appendix prints only the
-- first and the last "listed" units of each list ("rolled_up"; "group_units": how many the list has).
-- Parameters: plan, first_month, last_month (YYYYMM), report_date, listed.
WITH plan AS (
    SELECT plan_key FROM dim_plan WHERE code = :plan
), period_end AS (
    SELECT last_day FROM dim_month WHERE month_key = :last_month
), unit_reports AS (
    SELECT x.unit_key,
           count(*) FILTER (WHERE x.status = 'on_time') AS on_time,
           count(*) FILTER (WHERE x.status <> 'not_due') AS due
    FROM plan, report_unit_month(plan.plan_key, :first_month, :last_month, :report_date) x
    GROUP BY x.unit_key
), unit_tasks AS (
    SELECT tu.unit_key,
           count(*) AS due,
           count(*) FILTER (WHERE s.status = 'done' AND s.completed_on <= t.due_date) AS on_time
    FROM plan
    JOIN dim_task t ON t.plan_key = plan.plan_key
    JOIN v_task_unit tu ON tu.task_key = t.task_key AND tu.is_lead
    CROSS JOIN period_end
    LEFT JOIN report_task_lead(plan.plan_key, :last_month) s ON s.task_key = t.task_key AND s.unit_key = tu.unit_key
    WHERE t.deadline_kind = 'due_date' AND t.due_date <= period_end.last_day
      AND tu.plan_key = (SELECT plan_key FROM plan)
    GROUP BY tu.unit_key
), unit_targets AS (
    SELECT iu.unit_key,
           count(*) AS assigned,
           count(*) FILTER (WHERE report_achieved(report_ratio(v.numerator, v.denominator), i.target_pct, i.direction)) AS achieved
    FROM plan
    JOIN dim_indicator i ON i.plan_key = plan.plan_key
    JOIN v_indicator_unit iu ON iu.indicator_key = i.indicator_key
    LEFT JOIN report_indicator_unit((SELECT plan_key FROM plan), :first_month, :last_month) v
           ON v.indicator_key = i.indicator_key AND v.unit_key = iu.unit_key
    WHERE iu.plan_key = (SELECT plan_key FROM plan)
    GROUP BY iu.unit_key
), scored AS (
    SELECT u.code, report_unit_label(u.kind, u.name) AS name, u.kind IN ('commune', 'town', 'ward') AS is_commune,
           t.on_time AS tasks_on_time, t.due AS tasks_due,
           CASE WHEN t.due > 0 THEN 100.0 * t.on_time / t.due END AS tasks_share,
           r.on_time AS months_on_time, r.due AS months_due,
           CASE WHEN r.due > 0 THEN 100.0 * r.on_time / r.due END AS reports_share,
           g.achieved AS indicators_achieved, g.assigned AS indicators,
           CASE WHEN g.assigned > 0 THEN 100.0 * g.achieved / g.assigned END AS targets_share
    FROM unit_reports r
    JOIN dim_unit u ON u.unit_key = r.unit_key
    LEFT JOIN unit_tasks t ON t.unit_key = r.unit_key
    LEFT JOIN unit_targets g ON g.unit_key = r.unit_key
), final AS (
    -- The score from the unrounded shares; rounded once, where printed (so two units with equal printed scores
    -- may still rank apart: the table shows the rounding of the exact score).
    SELECT s.*,
           (coalesce(s.tasks_share, 0) + coalesce(s.reports_share, 0) + coalesce(s.targets_share, 0))
               / NULLIF(num_nonnulls(s.tasks_share, s.reports_share, s.targets_share), 0) AS score
    FROM scored s
), ranked AS (
    SELECT f.*, CASE WHEN f.is_commune THEN 'Xã, thị trấn' ELSE 'Phòng, ban, ngành' END AS row_kind,
           rank() OVER (PARTITION BY f.is_commune ORDER BY f.score DESC NULLS LAST)::integer AS rank,
           row_number() OVER (PARTITION BY f.is_commune ORDER BY f.score DESC NULLS LAST, f.code) AS position,
           count(*) OVER (PARTITION BY f.is_commune) AS group_units
    FROM final f
)
SELECT f.row_kind, f.rank,
       f.code, f.name, f.tasks_on_time::integer, f.tasks_due::integer, round(f.tasks_share, 2) AS tasks_pct,
       f.months_on_time::integer, f.months_due::integer, round(f.reports_share, 2) AS reports_pct,
       f.indicators_achieved::integer, f.indicators::integer, round(f.targets_share, 2) AS targets_pct,
       round(f.score, 2) AS score,
       f.group_units::integer,
       CASE WHEN f.position <= :listed THEN f.row_kind || ': đầu bảng'
            WHEN f.position > f.group_units - :listed THEN f.row_kind || ': cuối bảng' END AS rolled_up
FROM ranked f
ORDER BY f.is_commune, f.score DESC NULLS LAST, f.code
