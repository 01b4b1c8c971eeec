-- One workbook received: who sent it for which month, when, and what became of it.
INSERT INTO fact_submission (submission_key, plan_key, unit_key, month_key, inbox_folder, file_name, file_hash,
                             file_size, received_at, on_time, status, superseded_by, duplicate_of, template_version,
                             prepared_by, phone, prepared_on, error_count, job_execution_id, stored_path)
VALUES (:key, :plan, :unit, :month, :folder, :name, :hash, :size, :received, :onTime, :status, :supersededBy,
        :duplicateOf, :version, :preparedBy, :phone, :preparedOn, :errors, :job, :stored)
