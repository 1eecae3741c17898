-- Name search lists the first fifty matches in name order, then CRN: the index carries all three, as on PostgreSQL.
DROP INDEX "IX_People_SearchLastName_SearchFirstName";
CREATE INDEX "IX_People_SearchLastName_SearchFirstName_Crn" ON "People" ("SearchLastName", "SearchFirstName", "Crn");
