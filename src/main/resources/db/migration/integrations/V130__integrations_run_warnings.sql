-- A run also logs fields it left out of a record it applied (an owner who is not a member, a lifecycle that would
-- move backwards): warnings, next to the errors and conflicts.
alter table integration_run_errors drop constraint integration_run_errors_kind_check;
alter table integration_run_errors add constraint integration_run_errors_kind_check
    check (kind in ('ERROR', 'CONFLICT', 'WARNING'));
