-- Adds an indicator of the plan (by its code) or updates it in place, so that facts keep pointing at it; returns
-- its key.
INSERT INTO dim_indicator (plan_key, code, seq, name, numerator_label, denominator_label, target_pct, aggregation,
                           direction, task_key, reporters_text, unit_noun, combine)
VALUES (:plan, :code, :seq, :name, :num, :den, :target, :agg, :dir, :task, :reporters, :noun, :combine)
ON CONFLICT (plan_key, code) DO UPDATE SET seq = excluded.seq, name = excluded.name,
    numerator_label = excluded.numerator_label, denominator_label = excluded.denominator_label,
    target_pct = excluded.target_pct, aggregation = excluded.aggregation,
    direction = excluded.direction, task_key = excluded.task_key, reporters_text = excluded.reporters_text,
    unit_noun = excluded.unit_noun, combine = excluded.combine
RETURNING indicator_key
