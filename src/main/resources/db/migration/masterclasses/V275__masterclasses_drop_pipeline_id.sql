-- A class's leads always go to the organization's masterclass funnel pipeline (created from its template, stages
-- Registered → Won matched by name); pipeline_id was stored but never used, so a value there promised what no code did.
alter table masterclasses drop column pipeline_id;
