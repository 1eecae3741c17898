-- Corrections to a sentence's key dates, each with the reason given.
CREATE TABLE "KeyDateChanges" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_KeyDateChanges" PRIMARY KEY AUTOINCREMENT,
    "SentenceId" INTEGER NOT NULL,
    "PersonId" INTEGER NOT NULL,
    "KeyDate" TEXT NOT NULL,
    "Before" TEXT NULL,
    "After" TEXT NULL,
    "Reason" TEXT NOT NULL,
    "ChangedAt" TEXT NOT NULL,
    "ChangedBy" TEXT NOT NULL,
    CONSTRAINT "FK_KeyDateChanges_People_PersonId" FOREIGN KEY ("PersonId") REFERENCES "People" ("Id") ON DELETE CASCADE,
    CONSTRAINT "FK_KeyDateChanges_Sentences_SentenceId" FOREIGN KEY ("SentenceId") REFERENCES "Sentences" ("Id") ON DELETE CASCADE
);

CREATE INDEX "IX_KeyDateChanges_PersonId" ON "KeyDateChanges" ("PersonId");
CREATE INDEX "IX_KeyDateChanges_SentenceId" ON "KeyDateChanges" ("SentenceId");
