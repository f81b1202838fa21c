-- AlterTable
ALTER TABLE "attempt" ADD COLUMN     "flagged" TEXT[] DEFAULT ARRAY[]::TEXT[];
