-- An agency's own onboarding wizard per client type: the steps shown, in wizard order, and the required ones. A client
-- type without a row here gets the installation's plan (growthhub.onboarding.client-types / default-plan). A plan is
-- copied into each onboarding profile when it is created, so changing it never changes a wizard already sent.
create table onboarding_step_plans (
    organization_id uuid        not null,
    client_type     text        not null check (client_type ~ '^[a-z0-9_-]{1,40}$'),
    steps           text[]      not null,
    required_steps  text[]      not null,
    updated_by      uuid,
    updated_at      timestamptz not null default now(),
    primary key (organization_id, client_type)
);

alter table onboarding_step_plans enable row level security;
alter table onboarding_step_plans force row level security;
create policy onboarding_step_plans_tenant on onboarding_step_plans using (organization_id = app_org_id() or app_is_system())
    with check (organization_id = app_org_id() or app_is_system());

create trigger audit after insert or update or delete on onboarding_step_plans for each row execute function audit_row_change('onboarding_step_plan');
