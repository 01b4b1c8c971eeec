-- Every value a loaded workbook holds, one row per cell, to compare two versions of a unit's month: indicators'
-- numerator, denominator and note; tasks' status, progress, completion date and result. item_key identifies the
-- value across versions; cell is where it stands (for a task's columns other than its status: the status cell's row).
SELECT 'i:' || i.code || ':1' AS item_key, f.source_cell AS cell, i.code AS item, 'Tử số' AS field,
       trim_scale(f.numerator)::text AS value, i.seq * 10 + 1 AS ord
FROM fact_indicator_value f JOIN dim_indicator i ON i.indicator_key = f.indicator_key WHERE f.submission_key = :key
UNION ALL
SELECT 'i:' || i.code || ':2', f.denominator_cell, i.code, 'Mẫu số', trim_scale(f.denominator)::text, i.seq * 10 + 2
FROM fact_indicator_value f JOIN dim_indicator i ON i.indicator_key = f.indicator_key WHERE f.submission_key = :key
UNION ALL
SELECT 'i:' || i.code || ':3', f.source_cell, i.code, 'Ghi chú', f.note, i.seq * 10 + 3
FROM fact_indicator_value f JOIN dim_indicator i ON i.indicator_key = f.indicator_key WHERE f.submission_key = :key
UNION ALL
SELECT 't:' || t.code || ':1', f.source_cell, t.code, 'Tình trạng', f.status, 100000 + t.number * 10 + 1
FROM fact_task_progress f JOIN dim_task t ON t.task_key = f.task_key WHERE f.submission_key = :key
UNION ALL
SELECT 't:' || t.code || ':2', f.source_cell, t.code, 'Tiến độ (%)', trim_scale(f.progress_pct)::text, 100000 + t.number * 10 + 2
FROM fact_task_progress f JOIN dim_task t ON t.task_key = f.task_key WHERE f.submission_key = :key
UNION ALL
SELECT 't:' || t.code || ':3', f.source_cell, t.code, 'Ngày hoàn thành', to_char(f.completed_on, 'DD/MM/YYYY'),
       100000 + t.number * 10 + 3
FROM fact_task_progress f JOIN dim_task t ON t.task_key = f.task_key WHERE f.submission_key = :key
UNION ALL
SELECT 't:' || t.code || ':4', f.source_cell, t.code, 'Kết quả / sản phẩm', f.result_text, 100000 + t.number * 10 + 4
FROM fact_task_progress f JOIN dim_task t ON t.task_key = f.task_key WHERE f.submission_key = :key
ORDER BY ord
