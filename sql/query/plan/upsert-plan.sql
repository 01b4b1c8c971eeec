-- Adds the plan or updates it in place (its key stays); returns its key.
INSERT INTO dim_plan (code, name, decision, year, starts_on, ends_on, issuing_body, place_name, report_due_day,
                      content_hash, grounds, recipients)
VALUES (:code, :name, :decision, :year, :startsOn, :endsOn, :issuingBody, :placeName, :dueDay, :hash, :grounds,
        :recipients)
ON CONFLICT (code) DO UPDATE SET name = excluded.name, decision = excluded.decision,
    year = excluded.year, starts_on = excluded.starts_on, ends_on = excluded.ends_on,
    issuing_body = excluded.issuing_body, place_name = excluded.place_name,
    report_due_day = excluded.report_due_day, content_hash = excluded.content_hash, grounds = excluded.grounds,
    recipients = excluded.recipients, updated_at = now()
RETURNING plan_key
