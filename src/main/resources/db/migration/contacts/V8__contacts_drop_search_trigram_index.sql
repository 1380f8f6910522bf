-- Search finds typos through the word dictionary (contact_search_words) and the full-text index, so
-- the trigram index over search_text serves no query; every contact write and import paid for it.
-- pg_trgm stays: duplicate detection compares names within a company with similarity().
drop index contacts_search_trgm_idx;
