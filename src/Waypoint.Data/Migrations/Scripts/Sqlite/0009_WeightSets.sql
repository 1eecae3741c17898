-- Workload weight sets as data, versioned by the date each takes effect.
CREATE TABLE "WeightSetVersions" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_WeightSetVersions" PRIMARY KEY AUTOINCREMENT,
    "EffectiveFrom" TEXT NOT NULL,
    "WeightsJson" TEXT NOT NULL,
    "CreatedBy" TEXT NOT NULL,
    "CreatedAt" TEXT NOT NULL
);

CREATE UNIQUE INDEX "IX_WeightSetVersions_EffectiveFrom" ON "WeightSetVersions" ("EffectiveFrom");
