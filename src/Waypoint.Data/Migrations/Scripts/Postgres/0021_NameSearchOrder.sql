-- Name search finds people by the start of their surname and lists the first fifty in name order. The pattern
-- operator class (0004) found the prefix but could not give the order, so a common prefix ('HER': 2,000 people
-- nationally) was read whole and sorted on every search. The search keys (names upper-cased for searching) now compare
-- byte by byte (collation "C"), under which one ordinary b-tree index serves both the prefix and the order.
DROP INDEX "IX_People_SearchLastName_SearchFirstName";
ALTER TABLE "People" ALTER COLUMN "SearchLastName" TYPE character varying(100) COLLATE "C";
ALTER TABLE "People" ALTER COLUMN "SearchFirstName" TYPE character varying(100) COLLATE "C";
CREATE INDEX "IX_People_SearchLastName_SearchFirstName_Crn" ON "People" ("SearchLastName", "SearchFirstName", "Crn");
