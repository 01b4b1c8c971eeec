-- Section I of the reviews, "Công tác chỉ đạo, điều hành": the documents units issued to direct the work (plans,
-- decisions, official letters, regulations...; not their reports, which task 7 and the monthly reports follow), as
-- they wrote them under "Kết quả / sản phẩm" of their current workbooks of the period (a text with
-- "số <number>/<symbol>"), each once per unit and number (as first written: earliest month, then lowest task), with
-- the task, the unit's role on it and the date written after "ngày". Lead units' documents
-- first (they go in the body), then cooperating units' (the appendix). A total row ("Tổng") carries the sentence.
-- Only the first "listed" documents of each role come back (all of them unless the report rolls up); the total row
-- counts them all ("documents") and those left out ("unlisted_lead", "unlisted_cooperating").
-- Parameters: plan, first_month, last_month (YYYYMM), period_label, listed.
WITH written AS (
    SELECT DISTINCT ON (f.unit_key, substring(f.result_text FROM 'số\s+(\d+/[^\s,;]+)'))
           f.unit_key, f.role, t.number AS task_number, f.result_text
    FROM dim_plan p
    JOIN dim_task t ON t.plan_key = p.plan_key
    JOIN v_current_task_progress f ON f.task_key = t.task_key
    WHERE p.code = :plan AND f.month_key BETWEEN :first_month AND :last_month
      AND f.result_text ~ 'số\s+\d+/' AND btrim(f.result_text) !~* '^báo cáo'
    ORDER BY f.unit_key, substring(f.result_text FROM 'số\s+(\d+/[^\s,;]+)'), f.month_key, t.number
), dated AS (
    -- Text and date read from the documents kept only: a unit writes the same document month after month.
    SELECT w.unit_key, w.role, w.task_number, regexp_replace(btrim(w.result_text), '\s+', ' ', 'g') AS document,
           report_text_date(w.result_text) AS issued_on
    FROM written w
), listed AS (
    SELECT CASE w.role WHEN 'lead' THEN 'Chủ trì' ELSE 'Phối hợp' END AS row_kind,
           CASE w.role WHEN 'lead' THEN 1 ELSE 2 END AS sort,
           report_unit_label(u.kind, u.name) AS unit_name, u.kind IN ('commune', 'town', 'ward') AS is_commune, u.code AS unit_code,
           w.task_number, w.document, w.issued_on, coalesce(report_date_text(w.issued_on), '') AS issued_text
    FROM dated w
    JOIN dim_unit u ON u.unit_key = w.unit_key
)
SELECT l.row_kind, l.unit_name, l.task_number, l.document, l.issued_text, NULL AS sentence, NULL::integer AS documents,
       NULL::integer AS unlisted_lead, NULL::integer AS unlisted_cooperating
FROM (SELECT *, row_number() OVER (PARTITION BY sort ORDER BY issued_on NULLS LAST, is_commune, unit_code, task_number) AS position
      FROM listed ORDER BY sort, issued_on NULLS LAST, is_commune, unit_code, task_number) l
WHERE l.position <= :listed
UNION ALL
SELECT 'Tổng', '', NULL, '', '',
       CASE WHEN count(*) = 0
            THEN 'Trong ' || :period_label || ', các đơn vị chưa báo cáo văn bản chỉ đạo, điều hành nào đã ban hành.'
            ELSE 'Trong ' || :period_label || ', các đơn vị đã báo cáo ban hành ' || report_number(count(*)) || ' văn bản chỉ đạo, '
                 || 'điều hành triển khai Kế hoạch (kế hoạch, quyết định, công văn...): ' || report_number(count(*) FILTER (WHERE sort = 1))
                 || ' văn bản của đơn vị chủ trì nhiệm vụ (dưới đây) và ' || report_number(count(*) FILTER (WHERE sort = 2))
                 || ' văn bản của đơn vị phối hợp (Phụ lục 04).' END,
       count(*)::integer, greatest(count(*) FILTER (WHERE sort = 1) - :listed, 0)::integer,
       greatest(count(*) FILTER (WHERE sort = 2) - :listed, 0)::integer
FROM listed
