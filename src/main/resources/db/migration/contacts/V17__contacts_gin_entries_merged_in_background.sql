-- No write merges the GIN pending lists itself any more (with the default 4 MB limit, the write that crossed it
-- did, and after a large import that could be seconds of one person's save): the lists may grow to 256 MB, and
-- PendingIndexEntries merges them in one sorted pass after each import and every 10 seconds.
alter index contacts_search_fts_idx set (gin_pending_list_limit = 262144);
alter index contacts_custom_fields_idx set (gin_pending_list_limit = 262144);
