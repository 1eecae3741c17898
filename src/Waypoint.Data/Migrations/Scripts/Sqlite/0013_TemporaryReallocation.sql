-- Temporary reallocation during an absence: the allocation's last day and who the case returns to.
ALTER TABLE "Allocations" ADD "TemporaryUntil" TEXT NULL;
ALTER TABLE "Allocations" ADD "ReturnsToStaffMemberId" INTEGER NULL;
CREATE INDEX "IX_Allocations_TemporaryUntil" ON "Allocations" ("TemporaryUntil");
