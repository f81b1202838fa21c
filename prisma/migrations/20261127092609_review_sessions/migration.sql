-- CreateEnum
CREATE TYPE "AttemptKind" AS ENUM ('quiz', 'review');

-- AlterTable
ALTER TABLE "attempt" ADD COLUMN     "kind" "AttemptKind" NOT NULL DEFAULT 'quiz';

-- AlterTable
ALTER TABLE "user" ADD COLUMN     "desired_retention" DOUBLE PRECISION NOT NULL DEFAULT 0.9;
