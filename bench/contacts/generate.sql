-- Bench data: the organization :'org' gets :contacts contacts and 5 interactions each on average;
-- 99 more organizations get 100 contacts each. Runs as the application role with app.system on
-- (row-level security would otherwise hide other organizations' rows) and the row audit trigger
-- off (a million audit rows are not what is measured).
select set_config('app.system', 'on', false);
alter table contacts disable trigger audit;

insert into organizations (id, name)
select gen_random_uuid(), 'Bench org ' || g from generate_series(1, 99) g;


insert into contacts (id, organization_id, type, status, first_name, last_name, email, phone, company, job_title,
                      source, campaign, owner_id, created_at, updated_at)
select uuidv7(), :'org',
       (array['TARGET','CONTACT','CONTACT','LEAD','LEAD','CLIENT'])[1 + g % 6],
       case (array['TARGET','CONTACT','CONTACT','LEAD','LEAD','CLIENT'])[1 + g % 6]
            when 'TARGET' then 'new' when 'CONTACT' then 'warm' when 'LEAD' then (array['new','contacted','hot_lead'])[1 + g % 3]
            else 'active' end,
       (array['John','Jane','Ada','Grace','Alan','Maria','Wei','Aisha','Carlos','Olga','Liam','Noah','Emma','Olivia','Mateo','Sofia','Yuki','Arjun','Fatima','Lucas'])[1 + g % 20],
       (array['Smith','Johnson','Lovelace','Hopper','Turing','Garcia','Chen','Khan','Silva','Ivanova','Brown','Miller','Davis','Lopez','Nakamura','Patel','Haddad','Costa','Novak','Schmidt'])[1 + (g / 20) % 20],
       'person' || g || '@example' || (g % 1000) || '.com', '+1415' || lpad((g % 10000000)::text, 7, '0'),
       'Company ' || (1 + g % 5000), (array['CEO','CTO','Buyer','Owner','Manager'])[1 + g % 5],
       (array['MANUAL','CSV','FORM','HUBSPOT'])[1 + g % 4], 'campaign-' || (g % 20), :'owner',
       now() - make_interval(secs => g * 60), now() - make_interval(secs => (g::bigint * 7919) % 63072000)
from generate_series(1, :contacts) g;

insert into contacts (id, organization_id, first_name, last_name, email, created_at, updated_at)
select uuidv7(), o.id, 'Small', 'Contact ' || g, 'small' || g || '@' || o.id || '.example.com', now(), now()
from organizations o cross join generate_series(1, 100) g where o.name like 'Bench org %';

insert into interactions (id, organization_id, contact_id, type, occurred_at, payload)
select uuidv7(), c.organization_id, c.id, (array['call','email','meeting','note','sms'])[1 + (k + abs(hashtext(c.id::text))) % 5],
       now() - make_interval(secs => (abs(hashtext(c.id::text)) % 31536000) + k * 3600), '{}'
from contacts c cross join generate_series(1, 5) k where c.organization_id = :'org';

update contacts c set interaction_count = s.n, last_interaction_at = s.last,
       lead_score = s.n * 8
from (select contact_id, count(*) as n, max(occurred_at) as last from interactions where organization_id = :'org' group by contact_id) s
where c.id = s.contact_id and c.organization_id = :'org';

alter table contacts enable trigger audit;
vacuum analyze contacts;
vacuum analyze interactions;
