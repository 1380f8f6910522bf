-- The standard fields every contact of the organization must have, by their JSON names. The default is seed 002's
-- four; privacy mode never requires a field it refuses (lastName, notes).
alter table contact_settings
    add column required_fields text[] not null default array['firstName', 'lastName', 'email', 'phone'];
