-- The plan a report is made for: what its header prints (issuing body, place), what it is based on ("Căn cứ") and
-- sent to ("Nơi nhận"), one per line, which unit the plan belongs to, and the words documents use for its ground and
-- the units that report to it (a province: "tỉnh", its "sở, ban, ngành" and "xã, phường"; a district: "huyện", its
-- "phòng, ban, ngành" and "xã, thị trấn"), and who decides the requests beyond its own power.
SELECT p.plan_key, p.code, p.name, p.decision, p.year, p.starts_on, p.ends_on, p.issuing_body, p.place_name,
       array_to_string(p.grounds, E'\n') AS grounds, array_to_string(p.recipients, E'\n') AS recipients,
       d.code AS district_code, d.name AS district_name, report_area_word(d.kind) AS area,
       CASE d.kind WHEN 'province' THEN 'sở, ban, ngành' WHEN 'district' THEN 'phòng, ban, ngành' ELSE 'ban, ngành' END AS offices,
       CASE d.kind WHEN 'province' THEN 'xã, phường' WHEN 'district' THEN 'xã, thị trấn' ELSE 'thôn, tổ dân phố' END AS communes,
       CASE d.kind WHEN 'province' THEN 'Trung ương' ELSE 'tỉnh và Trung ương' END AS above
FROM dim_plan p
LEFT JOIN dim_unit d ON d.unit_key = p.district_unit_key
WHERE p.code = :plan
