-- More than one web server: the data-protection keys every server shares, which worker made each outbox attempt,
-- and the day each daily job last ran (so with several servers it runs once a day).
CREATE TABLE "DataProtectionKeys" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_DataProtectionKeys" PRIMARY KEY AUTOINCREMENT,
    "FriendlyName" TEXT NULL,
    "Xml" TEXT NULL
);
ALTER TABLE "OutboxAttempts" ADD "Worker" TEXT NULL;
CREATE TABLE "ScheduledJobRuns" (
    "Job" TEXT NOT NULL CONSTRAINT "PK_ScheduledJobRuns" PRIMARY KEY,
    "LastRunOn" TEXT NOT NULL,
    "LastRunAt" TEXT NOT NULL,
    "LastRunBy" TEXT NULL
);
