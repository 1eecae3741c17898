-- Monthly partitioning of contacts and the audit trail is a PostgreSQL feature; SQLite (development and small
-- installations) keeps them as plain tables. Nothing to change here.
SELECT 1;
