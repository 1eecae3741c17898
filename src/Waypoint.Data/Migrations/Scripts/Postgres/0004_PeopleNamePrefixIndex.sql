-- Name search is by prefix (LIKE 'SMI%'). Under any collation other than "C", PostgreSQL uses a b-tree index for
-- that only with the pattern operator class, so rebuild the name index with it. (No change on SQLite.)
DROP INDEX "IX_People_SearchLastName_SearchFirstName";
CREATE INDEX "IX_People_SearchLastName_SearchFirstName" ON "People" ("SearchLastName" varchar_pattern_ops, "SearchFirstName" varchar_pattern_ops);
