-- The plan a unit's workbook is for, with the word for its ground ("huyện", "tỉnh", "xã": report_area_word, as the
-- reports say it) for the guide sheet's "Tổ công tác Đề án 06 huyện".
SELECT p.plan_key, p.code, p.name, p.starts_on, p.ends_on, p.report_due_day, report_area_word(d.kind) AS area
FROM dim_plan p
LEFT JOIN dim_unit d ON d.unit_key = p.district_unit_key
WHERE p.code = :code
