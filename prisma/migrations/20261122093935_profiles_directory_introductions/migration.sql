-- CreateEnum
CREATE TYPE "Visibility" AS ENUM ('NETWORK', 'MEMBERS', 'PUBLIC');

-- CreateEnum
CREATE TYPE "IntroductionStatus" AS ENUM ('PENDING', 'ACCEPTED', 'DECLINED', 'WITHDRAWN');

-- AlterTable
ALTER TABLE "Profile" ADD COLUMN     "aboutVisibility" "Visibility" NOT NULL DEFAULT 'MEMBERS',
ADD COLUMN     "companyVisibility" "Visibility" NOT NULL DEFAULT 'MEMBERS',
ADD COLUMN     "countriesVisibility" "Visibility" NOT NULL DEFAULT 'MEMBERS',
ADD COLUMN     "languagesVisibility" "Visibility" NOT NULL DEFAULT 'MEMBERS';

-- CreateTable
CREATE TABLE "ProfilePhoto" (
    "userId" TEXT NOT NULL,
    "data" BYTEA NOT NULL,
    "mimeType" TEXT NOT NULL,
    "width" INTEGER NOT NULL,
    "height" INTEGER NOT NULL,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ProfilePhoto_pkey" PRIMARY KEY ("userId")
);

-- CreateTable
CREATE TABLE "Introduction" (
    "id" TEXT NOT NULL,
    "askerId" TEXT NOT NULL,
    "targetId" TEXT NOT NULL,
    "country" CHAR(2) NOT NULL,
    "reason" TEXT NOT NULL,
    "status" "IntroductionStatus" NOT NULL DEFAULT 'PENDING',
    "response" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "decidedAt" TIMESTAMP(3),

    CONSTRAINT "Introduction_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "Introduction_askerId_status_idx" ON "Introduction"("askerId", "status");

-- CreateIndex
CREATE INDEX "Introduction_targetId_status_createdAt_idx" ON "Introduction"("targetId", "status", "createdAt");

-- AddForeignKey
ALTER TABLE "ProfilePhoto" ADD CONSTRAINT "ProfilePhoto_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Introduction" ADD CONSTRAINT "Introduction_askerId_fkey" FOREIGN KEY ("askerId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Introduction" ADD CONSTRAINT "Introduction_targetId_fkey" FOREIGN KEY ("targetId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Hand-written: typo-tolerant directory search (pg_trgm) over name, company, headline and bio.
CREATE EXTENSION IF NOT EXISTS pg_trgm;
CREATE INDEX "User_name_trgm" ON "User" USING GIN ("name" gin_trgm_ops);
CREATE INDEX "Company_name_trgm" ON "Company" USING GIN ("name" gin_trgm_ops);
CREATE INDEX "Profile_headline_trgm" ON "Profile" USING GIN ("headline" gin_trgm_ops);
CREATE INDEX "Profile_bio_trgm" ON "Profile" USING GIN ("bio" gin_trgm_ops);

-- Directory filters on the company.
CREATE INDEX "Company_sniSection_idx" ON "Company" ("sniSection");
CREATE INDEX "Company_exporting_idx" ON "Company" ("exporting") WHERE "exporting";

-- At most one pending introduction request per asker, person and market.
CREATE UNIQUE INDEX "Introduction_one_pending" ON "Introduction" ("askerId", "targetId", "country") WHERE "status" = 'PENDING';
