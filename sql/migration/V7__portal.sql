-- The web portal (da06 serve): accounts, the audit log, months whose figures are locked, workbooks uploaded through
-- the portal, and workbooks held for approval because they arrived for a locked month.

-- ---------------------------------------------------------------- accounts
CREATE TABLE app_user (
    user_key         integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    login            text        NOT NULL UNIQUE CHECK (login ~ '^[a-z0-9][a-z0-9._-]{2,63}$'),
    password_hash    text        NOT NULL,
    role             text        NOT NULL CHECK (role IN ('admin', 'staff', 'leader', 'unit')),
    unit_code        text,
    enabled          boolean     NOT NULL DEFAULT true,
    failed_logins    integer     NOT NULL DEFAULT 0 CHECK (failed_logins >= 0),
    locked_until     timestamptz,
    created_at       timestamptz NOT NULL DEFAULT now(),
    last_login_at    timestamptz,
    CHECK ((role = 'unit') = (unit_code IS NOT NULL))
);
COMMENT ON TABLE  app_user IS 'People who sign in to the portal. Passwords are stored as BCrypt hashes only.';
COMMENT ON COLUMN app_user.user_key IS 'Surrogate key.';
COMMENT ON COLUMN app_user.login IS 'Sign-in name, lower case.';
COMMENT ON COLUMN app_user.password_hash IS 'BCrypt hash of the password.';
COMMENT ON COLUMN app_user.role IS 'admin (everything, accounts), staff (month view, reports, approvals), leader (reads reports and the month view), unit (one unit''s templates, uploads and results).';
COMMENT ON COLUMN app_user.unit_code IS 'For role unit: the unit code (inbox folder) the account speaks for; null for the other roles.';
COMMENT ON COLUMN app_user.enabled IS 'False once an administrator disabled the account.';
COMMENT ON COLUMN app_user.failed_logins IS 'Failed sign-ins since the last successful one.';
COMMENT ON COLUMN app_user.locked_until IS 'After too many failed sign-ins, no sign-in is accepted before this time.';
COMMENT ON COLUMN app_user.created_at IS 'When the account was created.';
COMMENT ON COLUMN app_user.last_login_at IS 'Last successful sign-in.';

CREATE TABLE audit_log (
    audit_key        bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    at               timestamptz NOT NULL DEFAULT now(),
    login            text,
    action           text        NOT NULL,
    unit_code        text,
    detail           text,
    remote_address   text
);
CREATE INDEX ix_audit_log_at ON audit_log (at DESC);
COMMENT ON TABLE  audit_log IS 'Who did what and when: sign-ins (and failed ones), uploads, reports started, months locked, held workbooks approved or refused, accounts changed.';
COMMENT ON COLUMN audit_log.audit_key IS 'Surrogate key.';
COMMENT ON COLUMN audit_log.at IS 'When it happened.';
COMMENT ON COLUMN audit_log.login IS 'Who did it: the login typed or signed in with; "dòng lệnh (<system user>)" for the command line.';
COMMENT ON COLUMN audit_log.action IS 'What was done, a fixed code such as login, login_failed, upload, month_locked.';
COMMENT ON COLUMN audit_log.unit_code IS 'The unit the action concerned, when one did.';
COMMENT ON COLUMN audit_log.detail IS 'Particulars in Vietnamese: file name, month, report period ...';
COMMENT ON COLUMN audit_log.remote_address IS 'Address the request came from (behind a proxy: the client the proxy reported).';

-- ---------------------------------------------------------------- locked months
CREATE TABLE month_lock (
    month_key        integer     PRIMARY KEY REFERENCES dim_month,
    locked_at        timestamptz NOT NULL DEFAULT now(),
    locked_by        text        NOT NULL
);
COMMENT ON TABLE  month_lock IS 'Months whose figures staff locked (chốt số liệu): later workbooks for them wait for approval instead of loading.';
COMMENT ON COLUMN month_lock.month_key IS 'The locked month.';
COMMENT ON COLUMN month_lock.locked_at IS 'When it was locked.';
COMMENT ON COLUMN month_lock.locked_by IS 'Login of who locked it.';

-- A workbook for a locked month is recorded as held (its file kept under held/) until staff decide: approved, it
-- becomes released and goes back through the import; refused, it becomes rejected with the refusal as its error.
ALTER TABLE fact_submission DROP CONSTRAINT fact_submission_status_check;
ALTER TABLE fact_submission ADD CONSTRAINT fact_submission_status_check
    CHECK (status IN ('accepted', 'superseded', 'rejected', 'duplicate', 'held', 'released'));
COMMENT ON COLUMN fact_submission.status IS 'accepted (current for its unit and month), superseded (a later workbook replaced it), rejected, duplicate (same content as one already loaded), held (arrived for a locked month, waiting for approval), released (approved and handed back to the import, which records it again).';
CREATE INDEX ix_submission_held ON fact_submission (month_key) WHERE status = 'held';

CREATE TABLE held_decision (
    submission_key   bigint      PRIMARY KEY REFERENCES fact_submission,
    decision         text        NOT NULL CHECK (decision IN ('approved', 'refused')),
    decided_by       text        NOT NULL,
    decided_at       timestamptz NOT NULL DEFAULT now(),
    from_path        text        NOT NULL,
    to_path          text        NOT NULL,
    done_at          timestamptz
);
COMMENT ON TABLE  held_decision IS 'Staff decisions on held workbooks and the file move each one needs.';
COMMENT ON COLUMN held_decision.submission_key IS 'The held submission decided on.';
COMMENT ON COLUMN held_decision.decision IS 'approved (the file goes back to the inbox and loads) or refused (it goes to the rejected folder).';
COMMENT ON COLUMN held_decision.decided_by IS 'Login of who decided.';
COMMENT ON COLUMN held_decision.decided_at IS 'When.';
COMMENT ON COLUMN held_decision.from_path IS 'Where the held file was, relative to the da06 home.';
COMMENT ON COLUMN held_decision.to_path IS 'Where the decision sends it, relative to the da06 home.';
COMMENT ON COLUMN held_decision.done_at IS 'When the file was moved (null: the move is still to do).';

-- ---------------------------------------------------------------- uploads
CREATE TABLE web_upload (
    upload_key       bigint GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
    uploaded_at      timestamptz NOT NULL DEFAULT now(),
    login            text        NOT NULL,
    unit_code        text        NOT NULL,
    on_behalf        boolean     NOT NULL,
    original_name    text        NOT NULL,
    inbox_name       text        NOT NULL,
    file_size        bigint      NOT NULL CHECK (file_size >= 0),
    UNIQUE (unit_code, inbox_name)
);
COMMENT ON TABLE  web_upload IS 'Workbooks uploaded through the portal into a unit''s inbox folder, and by whom.';
COMMENT ON COLUMN web_upload.upload_key IS 'Surrogate key.';
COMMENT ON COLUMN web_upload.uploaded_at IS 'When the file was received.';
COMMENT ON COLUMN web_upload.login IS 'Who uploaded it.';
COMMENT ON COLUMN web_upload.unit_code IS 'The unit (inbox folder) it was uploaded for.';
COMMENT ON COLUMN web_upload.on_behalf IS 'True when staff uploaded it for the unit rather than the unit itself.';
COMMENT ON COLUMN web_upload.original_name IS 'File name on the uploader''s computer.';
COMMENT ON COLUMN web_upload.inbox_name IS 'Name given to it in the inbox folder (the file_name of its submission).';
COMMENT ON COLUMN web_upload.file_size IS 'Size in bytes.';
