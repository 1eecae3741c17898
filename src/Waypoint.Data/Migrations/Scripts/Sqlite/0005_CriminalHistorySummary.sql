-- The two facts from the criminal record that the OGRS3 predictor needs besides the current conviction.
ALTER TABLE "People" ADD COLUMN "TotalSanctions" INTEGER NULL;
ALTER TABLE "People" ADD COLUMN "AgeAtFirstSanction" INTEGER NULL;
