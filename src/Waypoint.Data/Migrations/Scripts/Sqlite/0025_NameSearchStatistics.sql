-- PostgreSQL samples more surnames for the name search's estimate (see its script); SQLite has no such setting, so it
-- only refreshes the statistics its planner keeps.
ANALYZE "People";
