-- A board the agency shares with its client account: the account's client users read it (items, subitems, comments,
-- checklists, attachments) and comment on its items. One flag per board rather than per item, so "what does my client
-- see?" has one answer a person can check on the board itself.
alter table task_boards add column shared_with_client boolean not null default false;
create index task_boards_shared_idx on task_boards (organization_id, created_at desc, id desc) where shared_with_client;
