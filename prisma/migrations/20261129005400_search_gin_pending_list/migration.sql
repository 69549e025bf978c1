-- A GIN index keeps the entries of recent writes in a pending list that every search reads
-- whole, until (auto)vacuum merges it. At the default 4 MB that costs milliseconds per index
-- on every search. A small list is merged by the writes themselves, a little at a time.
ALTER INDEX "Article_searchVector_idx" SET (gin_pending_list_limit = 256);
ALTER INDEX "Article_searchHead_idx" SET (gin_pending_list_limit = 256);
ALTER INDEX "Article_title_trgm_idx" SET (gin_pending_list_limit = 256);
