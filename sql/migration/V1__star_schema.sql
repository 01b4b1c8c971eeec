-- da06 star schema: dimensions of the plan (units, tasks, months, indicators) and the facts units report.
-- Surrogate keys everywhere: a unit code may be reused for a different unit after a merger, so codes are attributes.

-- ---------------------------------------------------------------- plan
CREATE TABLE dim_plan (
    plan_key          integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    code              text        NOT NULL UNIQUE,
    name              text        NOT NULL,
    decision          text,
    year              integer     NOT NULL CHECK (year BETWEEN 2000 AND 2100),
    starts_on         date        NOT NULL,
    ends_on           date        NOT NULL,
    issuing_body      text        NOT NULL,
    place_name        text        NOT NULL,
    district_unit_key integer,
    report_due_day    smallint    NOT NULL DEFAULT 12 CHECK (report_due_day BETWEEN 1 AND 28),
    content_hash      text        NOT NULL,
    loaded_at         timestamptz NOT NULL DEFAULT now(),
    updated_at        timestamptz NOT NULL DEFAULT now(),
    CHECK (ends_on >= starts_on)
);
COMMENT ON TABLE  dim_plan IS 'A yearly plan for Đề án 06 issued by a district (one row per plan code).';
COMMENT ON COLUMN dim_plan.plan_key IS 'Surrogate key.';
COMMENT ON COLUMN dim_plan.code IS 'Plan code written into every workbook (e.g. TUYPHUOC-2024).';
COMMENT ON COLUMN dim_plan.name IS 'Plan title as issued.';
COMMENT ON COLUMN dim_plan.decision IS 'The decision that issued the plan (number, date).';
COMMENT ON COLUMN dim_plan.year IS 'Calendar year the plan covers.';
COMMENT ON COLUMN dim_plan.starts_on IS 'First day of the plan; completion dates before it are rejected.';
COMMENT ON COLUMN dim_plan.ends_on IS 'Last day of the plan; report periods after it are rejected.';
COMMENT ON COLUMN dim_plan.issuing_body IS 'Issuing body printed in report headers (e.g. ỦY BAN NHÂN DÂN HUYỆN TUY PHƯỚC).';
COMMENT ON COLUMN dim_plan.place_name IS 'Place name used in the date line of reports (e.g. Tuy Phước).';
COMMENT ON COLUMN dim_plan.district_unit_key IS 'The district itself: its code stands for the district total in reports.';
COMMENT ON COLUMN dim_plan.report_due_day IS 'Units report month M by this day of month M+1.';
COMMENT ON COLUMN dim_plan.content_hash IS 'SHA-256 of the plan files last loaded; equal hash means nothing to update.';
COMMENT ON COLUMN dim_plan.loaded_at IS 'When the plan was first loaded.';
COMMENT ON COLUMN dim_plan.updated_at IS 'When the plan was last changed by a load.';

CREATE TABLE plan_revision (
    revision_key      integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    plan_key          integer     NOT NULL REFERENCES dim_plan,
    revision_no       integer     NOT NULL,
    content_hash      text        NOT NULL,
    source            text        NOT NULL,
    loaded_at         timestamptz NOT NULL DEFAULT now(),
    UNIQUE (plan_key, revision_no)
);
COMMENT ON TABLE  plan_revision IS 'One row per load of a plan that changed something (revision 1 is the first load).';
COMMENT ON COLUMN plan_revision.revision_key IS 'Surrogate key.';
COMMENT ON COLUMN plan_revision.plan_key IS 'The plan loaded.';
COMMENT ON COLUMN plan_revision.revision_no IS 'Sequence number of the revision within the plan.';
COMMENT ON COLUMN plan_revision.content_hash IS 'SHA-256 of the plan files of this revision.';
COMMENT ON COLUMN plan_revision.source IS 'Folder the plan files were read from.';
COMMENT ON COLUMN plan_revision.loaded_at IS 'When the revision was loaded.';

CREATE TABLE plan_change (
    change_key        bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    revision_key      integer NOT NULL REFERENCES plan_revision,
    entity            text    NOT NULL CHECK (entity IN ('plan', 'unit', 'unit_group', 'task_group', 'task', 'indicator')),
    entity_code       text    NOT NULL,
    field             text    NOT NULL,
    old_value         text,
    new_value         text
);
COMMENT ON TABLE  plan_change IS 'History of a plan: every value a later load changed, with its old and new text.';
COMMENT ON COLUMN plan_change.change_key IS 'Surrogate key.';
COMMENT ON COLUMN plan_change.revision_key IS 'The load that made the change.';
COMMENT ON COLUMN plan_change.entity IS 'Kind of thing changed.';
COMMENT ON COLUMN plan_change.entity_code IS 'Code of the thing changed (unit code, task number, indicator code...).';
COMMENT ON COLUMN plan_change.field IS 'Changed field; "*" when the whole thing was added or removed.';
COMMENT ON COLUMN plan_change.old_value IS 'Value before the load (null when added).';
COMMENT ON COLUMN plan_change.new_value IS 'Value after the load (null when removed).';

-- ---------------------------------------------------------------- units
CREATE TABLE dim_unit (
    unit_key            integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    code                text    NOT NULL,
    name                text    NOT NULL,
    kind                text    NOT NULL CHECK (kind IN ('district', 'district_office', 'commune', 'town', 'external')),
    gso_code            text,
    aliases             text[]  NOT NULL DEFAULT '{}',
    parent_unit_key     integer REFERENCES dim_unit,
    successor_unit_key  integer REFERENCES dim_unit,
    valid_from          date    NOT NULL,
    valid_to            date,
    UNIQUE (code, valid_from),
    CHECK (valid_to IS NULL OR valid_to >= valid_from),
    CHECK (code ~ '^[A-Za-z0-9_-]{1,32}$')
);
COMMENT ON TABLE  dim_unit IS 'Reporting units over time (district, its offices, communes and towns, outside bodies). A code reused after a merger is a new row with its own validity.';
COMMENT ON COLUMN dim_unit.unit_key IS 'Surrogate key.';
COMMENT ON COLUMN dim_unit.code IS 'Unit code (inbox folder name, workbook cover). Unique among units valid at the same time.';
COMMENT ON COLUMN dim_unit.name IS 'Official name in Vietnamese.';
COMMENT ON COLUMN dim_unit.kind IS 'district, district_office, commune, town or external.';
COMMENT ON COLUMN dim_unit.gso_code IS 'Statistics office administrative code, where the unit has one.';
COMMENT ON COLUMN dim_unit.aliases IS 'Other spellings used in plan texts (e.g. "Văn phòng HĐND & UBND huyện").';
COMMENT ON COLUMN dim_unit.parent_unit_key IS 'The unit this one belongs to (communes and offices belong to the district).';
COMMENT ON COLUMN dim_unit.successor_unit_key IS 'The unit that took over after a merger or dissolution.';
COMMENT ON COLUMN dim_unit.valid_from IS 'First day the unit exists.';
COMMENT ON COLUMN dim_unit.valid_to IS 'Last day the unit exists (null: still exists).';

ALTER TABLE dim_plan ADD FOREIGN KEY (district_unit_key) REFERENCES dim_unit;

CREATE TABLE dim_unit_group (
    unit_group_key    integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    plan_key          integer NOT NULL REFERENCES dim_plan,
    code              text    NOT NULL,
    name              text    NOT NULL,
    aliases           text[]  NOT NULL DEFAULT '{}',
    UNIQUE (plan_key, code)
);
COMMENT ON TABLE  dim_unit_group IS 'Named groups of units that plan texts use (e.g. "UBND các xã, thị trấn").';
COMMENT ON COLUMN dim_unit_group.unit_group_key IS 'Surrogate key.';
COMMENT ON COLUMN dim_unit_group.plan_key IS 'Plan that defines the group.';
COMMENT ON COLUMN dim_unit_group.code IS 'Group code within the plan.';
COMMENT ON COLUMN dim_unit_group.name IS 'Name as written in the plan.';
COMMENT ON COLUMN dim_unit_group.aliases IS 'Other wordings of the group found in plan texts.';

CREATE TABLE dim_unit_group_member (
    unit_group_key    integer NOT NULL REFERENCES dim_unit_group ON DELETE CASCADE,
    unit_key          integer NOT NULL REFERENCES dim_unit,
    PRIMARY KEY (unit_group_key, unit_key)
);
COMMENT ON TABLE  dim_unit_group_member IS 'Members of a unit group (a group may have none: outside bodies that do not report).';
COMMENT ON COLUMN dim_unit_group_member.unit_group_key IS 'The group.';
COMMENT ON COLUMN dim_unit_group_member.unit_key IS 'A member unit.';

-- ---------------------------------------------------------------- tasks
CREATE TABLE dim_task_group (
    task_group_key    integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    plan_key          integer  NOT NULL REFERENCES dim_plan,
    code              text     NOT NULL,
    seq               smallint NOT NULL,
    name              text     NOT NULL,
    UNIQUE (plan_key, code)
);
COMMENT ON TABLE  dim_task_group IS 'Task groups of the plan appendix (I to VII).';
COMMENT ON COLUMN dim_task_group.task_group_key IS 'Surrogate key.';
COMMENT ON COLUMN dim_task_group.plan_key IS 'The plan.';
COMMENT ON COLUMN dim_task_group.code IS 'Roman numeral of the group (I, II, ...).';
COMMENT ON COLUMN dim_task_group.seq IS 'Order of the group in the appendix.';
COMMENT ON COLUMN dim_task_group.name IS 'Heading of the group as written in the appendix.';

CREATE TABLE dim_task (
    task_key          integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    plan_key          integer  NOT NULL REFERENCES dim_plan,
    task_group_key    integer  NOT NULL REFERENCES dim_task_group,
    number            smallint NOT NULL CHECK (number > 0),
    code              text     NOT NULL,
    content           text     NOT NULL,
    lead_text         text     NOT NULL,
    cooperating_text  text     NOT NULL,
    product           text     NOT NULL,
    deadline_text     text     NOT NULL,
    deadline_kind     text     NOT NULL CHECK (deadline_kind IN ('due_date', 'monthly', 'continuous', 'conditional')),
    due_date          date,
    monthly_day       smallint CHECK (monthly_day BETWEEN 1 AND 31),
    starts_on         date,
    condition_text    text,
    UNIQUE (plan_key, number),
    UNIQUE (plan_key, code),
    CHECK ((deadline_kind = 'due_date') = (due_date IS NOT NULL)),
    CHECK (deadline_kind = 'monthly' OR monthly_day IS NULL),
    CHECK ((deadline_kind = 'conditional') = (condition_text IS NOT NULL))
);
COMMENT ON TABLE  dim_task IS 'Tasks of the plan appendix, texts kept as written, deadline parsed into a rule.';
COMMENT ON COLUMN dim_task.task_key IS 'Surrogate key.';
COMMENT ON COLUMN dim_task.plan_key IS 'The plan.';
COMMENT ON COLUMN dim_task.task_group_key IS 'The task group.';
COMMENT ON COLUMN dim_task.number IS 'STT in the appendix.';
COMMENT ON COLUMN dim_task.code IS 'Task code in workbooks (NV01 ... NV32).';
COMMENT ON COLUMN dim_task.content IS 'Nội dung, nhiệm vụ cụ thể.';
COMMENT ON COLUMN dim_task.lead_text IS 'Đơn vị chủ trì, as written.';
COMMENT ON COLUMN dim_task.cooperating_text IS 'Đơn vị phối hợp, as written (may be empty).';
COMMENT ON COLUMN dim_task.product IS 'Kết quả sản phẩm, as written (may be empty).';
COMMENT ON COLUMN dim_task.deadline_text IS 'Thời gian hoàn thành, as written.';
COMMENT ON COLUMN dim_task.deadline_kind IS 'due_date (one deadline), monthly (recurs each month), continuous (ongoing, reported monthly), conditional (no deadline until triggered).';
COMMENT ON COLUMN dim_task.due_date IS 'Deadline of a due_date task (end of the month, quarter or year named).';
COMMENT ON COLUMN dim_task.monthly_day IS 'Day of month of a monthly task (null: by the end of the month).';
COMMENT ON COLUMN dim_task.starts_on IS 'First day the task applies, when the text names one.';
COMMENT ON COLUMN dim_task.condition_text IS 'The trigger a conditional task waits for.';

CREATE TABLE bridge_task_assignee (
    task_key          integer  NOT NULL REFERENCES dim_task ON DELETE CASCADE,
    role              text     NOT NULL CHECK (role IN ('lead', 'cooperating')),
    seq               smallint NOT NULL,
    unit_key          integer  REFERENCES dim_unit,
    unit_group_key    integer  REFERENCES dim_unit_group,
    CHECK (num_nonnulls(unit_key, unit_group_key) = 1),
    PRIMARY KEY (task_key, role, seq)
);
CREATE UNIQUE INDEX ux_task_assignee_unit  ON bridge_task_assignee (task_key, role, unit_key) WHERE unit_key IS NOT NULL;
CREATE UNIQUE INDEX ux_task_assignee_group ON bridge_task_assignee (task_key, role, unit_group_key) WHERE unit_group_key IS NOT NULL;
COMMENT ON TABLE  bridge_task_assignee IS 'Who leads and who cooperates on each task: a unit or a unit group, in the order written.';
COMMENT ON COLUMN bridge_task_assignee.task_key IS 'The task.';
COMMENT ON COLUMN bridge_task_assignee.role IS 'lead (chủ trì) or cooperating (phối hợp).';
COMMENT ON COLUMN bridge_task_assignee.seq IS 'Position in the text of the column.';
COMMENT ON COLUMN bridge_task_assignee.unit_key IS 'The unit, when a single unit is named.';
COMMENT ON COLUMN bridge_task_assignee.unit_group_key IS 'The group, when the text names a group of units.';

-- ---------------------------------------------------------------- months
CREATE TABLE dim_month (
    month_key         integer  PRIMARY KEY CHECK (month_key BETWEEN 190001 AND 299912),
    year              smallint NOT NULL,
    half              smallint NOT NULL CHECK (half IN (1, 2)),
    quarter           smallint NOT NULL CHECK (quarter BETWEEN 1 AND 4),
    month             smallint NOT NULL CHECK (month BETWEEN 1 AND 12),
    first_day         date     NOT NULL UNIQUE,
    last_day          date     NOT NULL,
    report_due_date   date     NOT NULL,
    label             text     NOT NULL
);
COMMENT ON TABLE  dim_month IS 'Calendar months (reporting periods).';
COMMENT ON COLUMN dim_month.month_key IS 'Year * 100 + month (e.g. 202403).';
COMMENT ON COLUMN dim_month.year IS 'Calendar year.';
COMMENT ON COLUMN dim_month.half IS 'Half year: 1 (January–June) or 2.';
COMMENT ON COLUMN dim_month.quarter IS 'Quarter 1 to 4.';
COMMENT ON COLUMN dim_month.month IS 'Month 1 to 12.';
COMMENT ON COLUMN dim_month.first_day IS 'First day of the month.';
COMMENT ON COLUMN dim_month.last_day IS 'Last day of the month.';
COMMENT ON COLUMN dim_month.report_due_date IS 'Day by which units must report this month (the plan''s due day of the next month).';
COMMENT ON COLUMN dim_month.label IS 'Month as shown to users: MM/YYYY.';

INSERT INTO dim_month (month_key, year, half, quarter, month, first_day, last_day, report_due_date, label)
SELECT extract(year FROM d)::int * 100 + extract(month FROM d)::int,
       extract(year FROM d), CASE WHEN extract(month FROM d) <= 6 THEN 1 ELSE 2 END,
       extract(quarter FROM d), extract(month FROM d),
       d::date, (d + interval '1 month - 1 day')::date, (d + interval '1 month 11 days')::date,
       to_char(d, 'MM/YYYY')
FROM generate_series(date '2020-01-01', date '2040-12-01', interval '1 month') AS d;

-- ---------------------------------------------------------------- indicators
CREATE TABLE dim_indicator (
    indicator_key     integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    plan_key          integer       NOT NULL REFERENCES dim_plan,
    code              text          NOT NULL,
    seq               smallint      NOT NULL,
    name              text          NOT NULL,
    numerator_label   text          NOT NULL,
    denominator_label text          NOT NULL,
    target_pct        numeric(5, 2) NOT NULL CHECK (target_pct BETWEEN 0 AND 100),
    aggregation       text          NOT NULL CHECK (aggregation IN ('stock', 'flow')),
    direction         text          NOT NULL CHECK (direction IN ('at_least', 'at_most')),
    task_key          integer       REFERENCES dim_task,
    reporters_text    text          NOT NULL,
    UNIQUE (plan_key, code)
);
COMMENT ON TABLE  dim_indicator IS 'Percentage targets of the plan (section II), each a ratio numerator / denominator.';
COMMENT ON COLUMN dim_indicator.indicator_key IS 'Surrogate key.';
COMMENT ON COLUMN dim_indicator.plan_key IS 'The plan.';
COMMENT ON COLUMN dim_indicator.code IS 'Indicator code in workbooks (CT01 ...).';
COMMENT ON COLUMN dim_indicator.seq IS 'Order in reports.';
COMMENT ON COLUMN dim_indicator.name IS 'Name of the indicator in Vietnamese.';
COMMENT ON COLUMN dim_indicator.numerator_label IS 'What the numerator counts.';
COMMENT ON COLUMN dim_indicator.denominator_label IS 'What the denominator counts.';
COMMENT ON COLUMN dim_indicator.target_pct IS 'Target in percent.';
COMMENT ON COLUMN dim_indicator.aggregation IS 'stock: a period takes the latest month; flow: a period sums its months.';
COMMENT ON COLUMN dim_indicator.direction IS 'at_least: achieved when ratio >= target; at_most: when ratio <= target.';
COMMENT ON COLUMN dim_indicator.task_key IS 'The task the indicator measures, if any.';
COMMENT ON COLUMN dim_indicator.reporters_text IS 'Who reports it, as written in the plan data.';

CREATE TABLE bridge_indicator_reporter (
    indicator_key     integer  NOT NULL REFERENCES dim_indicator ON DELETE CASCADE,
    seq               smallint NOT NULL,
    unit_key          integer  REFERENCES dim_unit,
    unit_group_key    integer  REFERENCES dim_unit_group,
    CHECK (num_nonnulls(unit_key, unit_group_key) = 1),
    PRIMARY KEY (indicator_key, seq)
);
COMMENT ON TABLE  bridge_indicator_reporter IS 'Which units (or unit groups) report each indicator.';
COMMENT ON COLUMN bridge_indicator_reporter.indicator_key IS 'The indicator.';
COMMENT ON COLUMN bridge_indicator_reporter.seq IS 'Position in the reporters text.';
COMMENT ON COLUMN bridge_indicator_reporter.unit_key IS 'A reporting unit.';
COMMENT ON COLUMN bridge_indicator_reporter.unit_group_key IS 'A reporting group (all its members report).';

-- ---------------------------------------------------------------- facts
CREATE TABLE fact_submission (
    submission_key    bigint GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
    plan_key          integer     REFERENCES dim_plan,
    unit_key          integer     REFERENCES dim_unit,
    month_key         integer     REFERENCES dim_month,
    inbox_folder      text        NOT NULL,
    file_name         text        NOT NULL,
    file_hash         char(64)    NOT NULL CHECK (file_hash ~ '^[0-9a-f]{64}$'),
    file_size         bigint      NOT NULL CHECK (file_size >= 0),
    received_at       timestamptz NOT NULL,
    on_time           boolean,
    status            text        NOT NULL CHECK (status IN ('accepted', 'superseded', 'rejected', 'duplicate')),
    superseded_by     bigint      REFERENCES fact_submission DEFERRABLE INITIALLY DEFERRED,
    duplicate_of      bigint      REFERENCES fact_submission DEFERRABLE INITIALLY DEFERRED,
    template_version  text,
    prepared_by       text,
    phone             text,
    prepared_on       date,
    error_count       integer     NOT NULL DEFAULT 0 CHECK (error_count >= 0),
    imported_at       timestamptz NOT NULL DEFAULT now(),
    job_execution_id  bigint,
    stored_path       text,
    moved_at          timestamptz,
    CHECK (status = 'rejected' OR (plan_key IS NOT NULL AND unit_key IS NOT NULL AND month_key IS NOT NULL)),
    CHECK ((status = 'superseded') = (superseded_by IS NOT NULL)),
    CHECK ((status = 'duplicate') = (duplicate_of IS NOT NULL)),
    CHECK ((status = 'rejected') = (error_count > 0))
);
CREATE UNIQUE INDEX ux_submission_current ON fact_submission (unit_key, month_key) WHERE status = 'accepted';
CREATE INDEX ix_submission_hash ON fact_submission (file_hash);
CREATE INDEX ix_submission_month ON fact_submission (month_key, unit_key);
COMMENT ON TABLE  fact_submission IS 'One row per workbook received: who sent it for which month, when, and what became of it.';
COMMENT ON COLUMN fact_submission.submission_key IS 'Surrogate key; facts point here for provenance.';
COMMENT ON COLUMN fact_submission.plan_key IS 'Plan named on the cover (null only for a rejected file whose cover could not be read).';
COMMENT ON COLUMN fact_submission.unit_key IS 'Reporting unit (null only for a rejected file from an unknown folder).';
COMMENT ON COLUMN fact_submission.month_key IS 'Reporting month (null only for a rejected file whose period could not be read).';
COMMENT ON COLUMN fact_submission.inbox_folder IS 'Inbox folder the file was dropped in (the unit it is trusted to speak for).';
COMMENT ON COLUMN fact_submission.file_name IS 'File name as received.';
COMMENT ON COLUMN fact_submission.file_hash IS 'SHA-256 of the file content (hex); equal hash means the same file.';
COMMENT ON COLUMN fact_submission.file_size IS 'File size in bytes.';
COMMENT ON COLUMN fact_submission.received_at IS 'Arrival: file modification time, capped at the moment the import first saw it.';
COMMENT ON COLUMN fact_submission.on_time IS 'Received by the report due date of its month.';
COMMENT ON COLUMN fact_submission.status IS 'accepted (current for its unit and month), superseded (a later workbook replaced it), rejected, duplicate (same content as one already loaded).';
COMMENT ON COLUMN fact_submission.superseded_by IS 'The submission that replaced this one.';
COMMENT ON COLUMN fact_submission.duplicate_of IS 'The earlier submission with the same content.';
COMMENT ON COLUMN fact_submission.template_version IS 'Template version written in the workbook.';
COMMENT ON COLUMN fact_submission.prepared_by IS 'Người lập, from the cover sheet.';
COMMENT ON COLUMN fact_submission.phone IS 'Số điện thoại, from the cover sheet.';
COMMENT ON COLUMN fact_submission.prepared_on IS 'Ngày lập, from the cover sheet.';
COMMENT ON COLUMN fact_submission.error_count IS 'Number of validation errors (rejected workbooks only).';
COMMENT ON COLUMN fact_submission.imported_at IS 'When the import recorded the file.';
COMMENT ON COLUMN fact_submission.job_execution_id IS 'Spring Batch job execution that recorded the file.';
COMMENT ON COLUMN fact_submission.stored_path IS 'Where the file was moved (archive or rejected folder), relative to the da06 home.';
COMMENT ON COLUMN fact_submission.moved_at IS 'When the file left the inbox (null: recorded, move still pending).';

CREATE TABLE submission_error (
    submission_key    bigint  NOT NULL REFERENCES fact_submission,
    seq               integer NOT NULL,
    sheet             text,
    cell              text,
    value             text,
    rule              text    NOT NULL,
    message           text    NOT NULL,
    PRIMARY KEY (submission_key, seq)
);
COMMENT ON TABLE  submission_error IS 'Why a workbook was rejected: one row per problem found.';
COMMENT ON COLUMN submission_error.submission_key IS 'The rejected submission.';
COMMENT ON COLUMN submission_error.seq IS 'Order of the error in the error report.';
COMMENT ON COLUMN submission_error.sheet IS 'Sheet of the offending cell (null for file-level errors).';
COMMENT ON COLUMN submission_error.cell IS 'Address of the offending cell, e.g. D7.';
COMMENT ON COLUMN submission_error.value IS 'Value found in the cell.';
COMMENT ON COLUMN submission_error.rule IS 'Rule code that was broken.';
COMMENT ON COLUMN submission_error.message IS 'Vietnamese message saying what to fix.';

CREATE TABLE fact_task_progress (
    submission_key    bigint        NOT NULL REFERENCES fact_submission,
    task_key          integer       NOT NULL REFERENCES dim_task,
    unit_key          integer       NOT NULL REFERENCES dim_unit,
    month_key         integer       NOT NULL REFERENCES dim_month,
    role              text          NOT NULL CHECK (role IN ('lead', 'cooperating')),
    status            text          CHECK (status IN ('not_started', 'in_progress', 'done', 'not_applicable')),
    progress_pct      numeric(5, 2) CHECK (progress_pct BETWEEN 0 AND 100),
    completed_on      date,
    result_text       text,
    difficulties      text,
    proposals         text,
    source_cell       text          NOT NULL,
    PRIMARY KEY (submission_key, task_key)
);
CREATE INDEX ix_task_progress_month ON fact_task_progress (month_key, task_key);
COMMENT ON TABLE  fact_task_progress IS 'Progress of a task as a unit reported it in one workbook.';
COMMENT ON COLUMN fact_task_progress.submission_key IS 'The workbook the row came from.';
COMMENT ON COLUMN fact_task_progress.task_key IS 'The task.';
COMMENT ON COLUMN fact_task_progress.unit_key IS 'The reporting unit.';
COMMENT ON COLUMN fact_task_progress.month_key IS 'The reporting month.';
COMMENT ON COLUMN fact_task_progress.role IS 'The unit''s role on the task: lead or cooperating.';
COMMENT ON COLUMN fact_task_progress.status IS 'Tình trạng: not_started, in_progress, done, not_applicable (không phát sinh); null when left blank.';
COMMENT ON COLUMN fact_task_progress.progress_pct IS 'Tiến độ (%).';
COMMENT ON COLUMN fact_task_progress.completed_on IS 'Ngày hoàn thành.';
COMMENT ON COLUMN fact_task_progress.result_text IS 'Kết quả / sản phẩm (e.g. the document number).';
COMMENT ON COLUMN fact_task_progress.difficulties IS 'Khó khăn, vướng mắc.';
COMMENT ON COLUMN fact_task_progress.proposals IS 'Đề xuất, kiến nghị.';
COMMENT ON COLUMN fact_task_progress.source_cell IS 'Cell the status was read from, e.g. Nhiệm vụ!E7.';

CREATE TABLE fact_indicator_value (
    submission_key    bigint  NOT NULL REFERENCES fact_submission,
    indicator_key     integer NOT NULL REFERENCES dim_indicator,
    unit_key          integer NOT NULL REFERENCES dim_unit,
    month_key         integer NOT NULL REFERENCES dim_month,
    numerator         numeric(14, 2) NOT NULL CHECK (numerator >= 0),
    denominator       numeric(14, 2) NOT NULL CHECK (denominator >= 0),
    note              text,
    source_cell       text    NOT NULL,
    denominator_cell  text    NOT NULL,
    PRIMARY KEY (submission_key, indicator_key),
    CHECK (numerator <= denominator)
);
CREATE INDEX ix_indicator_value_month ON fact_indicator_value (month_key, indicator_key);
COMMENT ON TABLE  fact_indicator_value IS 'Numerator and denominator of an indicator as a unit reported them in one workbook.';
COMMENT ON COLUMN fact_indicator_value.submission_key IS 'The workbook the row came from.';
COMMENT ON COLUMN fact_indicator_value.indicator_key IS 'The indicator.';
COMMENT ON COLUMN fact_indicator_value.unit_key IS 'The reporting unit.';
COMMENT ON COLUMN fact_indicator_value.month_key IS 'The reporting month.';
COMMENT ON COLUMN fact_indicator_value.numerator IS 'Tử số.';
COMMENT ON COLUMN fact_indicator_value.denominator IS 'Mẫu số; 0 means no data, never 0 % or 100 %.';
COMMENT ON COLUMN fact_indicator_value.note IS 'Ghi chú.';
COMMENT ON COLUMN fact_indicator_value.source_cell IS 'Cell the numerator was read from, e.g. Chỉ tiêu!D7.';
COMMENT ON COLUMN fact_indicator_value.denominator_cell IS 'Cell the denominator was read from, e.g. Chỉ tiêu!E7.';
