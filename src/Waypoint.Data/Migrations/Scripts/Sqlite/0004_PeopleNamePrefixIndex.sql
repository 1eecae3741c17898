-- Nothing to change on SQLite: its LIKE prefix search needs no operator class. The step exists so both engines
-- record the same migration history.
SELECT 1;
