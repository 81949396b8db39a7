-- CreateEnum
CREATE TYPE "EventKind" AS ENUM ('STARTUP_MEETING', 'NETWORK_MEETING', 'WORKSHOP', 'EXPORT_CLUB', 'BUSINESS_TRIP', 'SOCIAL');

-- CreateEnum
CREATE TYPE "EventStatus" AS ENUM ('SCHEDULED', 'CANCELLED');

-- CreateEnum
CREATE TYPE "EventVisibility" AS ENUM ('NETWORK', 'PUBLIC');

-- CreateEnum
CREATE TYPE "RsvpStatus" AS ENUM ('GOING', 'WAITLISTED', 'INTERESTED', 'DECLINED');

-- AlterTable
ALTER TABLE "StartupMeeting" ADD COLUMN     "eventId" TEXT;

-- AlterTable
ALTER TABLE "Notification" ADD COLUMN     "dedupeKey" TEXT;

-- CreateTable
CREATE TABLE "Event" (
    "id" TEXT NOT NULL,
    "networkId" TEXT NOT NULL,
    "createdById" TEXT,
    "kind" "EventKind" NOT NULL,
    "status" "EventStatus" NOT NULL DEFAULT 'SCHEDULED',
    "visibility" "EventVisibility" NOT NULL DEFAULT 'NETWORK',
    "title" TEXT NOT NULL,
    "description" TEXT NOT NULL DEFAULT '',
    "startsAt" TIMESTAMP(3) NOT NULL,
    "endsAt" TIMESTAMP(3) NOT NULL,
    "place" TEXT,
    "onlineUrl" TEXT,
    "capacity" INTEGER,
    "rsvpDeadline" TIMESTAMP(3),
    "sequence" INTEGER NOT NULL DEFAULT 0,
    "reminderSentAt" TIMESTAMP(3),
    "copiedFromId" TEXT,
    "cancelledAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Event_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Trip" (
    "eventId" TEXT NOT NULL,
    "country" CHAR(2) NOT NULL,
    "cities" TEXT[],
    "costPerPerson" INTEGER,
    "targetSectors" TEXT[],
    "briefingIds" TEXT[],

    CONSTRAINT "Trip_pkey" PRIMARY KEY ("eventId")
);

-- CreateTable
CREATE TABLE "TripLeader" (
    "eventId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,

    CONSTRAINT "TripLeader_pkey" PRIMARY KEY ("eventId","userId")
);

-- CreateTable
CREATE TABLE "TripItineraryItem" (
    "id" TEXT NOT NULL,
    "eventId" TEXT NOT NULL,
    "day" DATE NOT NULL,
    "time" TEXT,
    "activity" TEXT NOT NULL,
    "place" TEXT,
    "notes" TEXT,
    "position" INTEGER NOT NULL,

    CONSTRAINT "TripItineraryItem_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "TripChecklistItem" (
    "id" TEXT NOT NULL,
    "eventId" TEXT NOT NULL,
    "label" TEXT NOT NULL,
    "done" BOOLEAN NOT NULL DEFAULT false,
    "position" INTEGER NOT NULL,

    CONSTRAINT "TripChecklistItem_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Rsvp" (
    "eventId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "status" "RsvpStatus" NOT NULL,
    "waitlistedAt" TIMESTAMP(3),
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Rsvp_pkey" PRIMARY KEY ("eventId","userId")
);

-- CreateTable
CREATE TABLE "CalendarToken" (
    "userId" TEXT NOT NULL,
    "tokenHash" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "CalendarToken_pkey" PRIMARY KEY ("userId")
);

-- CreateIndex
CREATE INDEX "Event_networkId_startsAt_idx" ON "Event"("networkId", "startsAt");

-- CreateIndex
CREATE INDEX "Event_visibility_startsAt_idx" ON "Event"("visibility", "startsAt");

-- CreateIndex
CREATE INDEX "Event_status_startsAt_idx" ON "Event"("status", "startsAt");

-- CreateIndex
CREATE INDEX "TripItineraryItem_eventId_day_position_idx" ON "TripItineraryItem"("eventId", "day", "position");

-- CreateIndex
CREATE INDEX "TripChecklistItem_eventId_position_idx" ON "TripChecklistItem"("eventId", "position");

-- CreateIndex
CREATE INDEX "Rsvp_eventId_status_waitlistedAt_idx" ON "Rsvp"("eventId", "status", "waitlistedAt");

-- CreateIndex
CREATE INDEX "Rsvp_userId_status_idx" ON "Rsvp"("userId", "status");

-- CreateIndex
CREATE UNIQUE INDEX "CalendarToken_tokenHash_key" ON "CalendarToken"("tokenHash");

-- CreateIndex
CREATE UNIQUE INDEX "StartupMeeting_eventId_key" ON "StartupMeeting"("eventId");

-- CreateIndex
CREATE UNIQUE INDEX "Notification_dedupeKey_key" ON "Notification"("dedupeKey");

-- AddForeignKey
ALTER TABLE "StartupMeeting" ADD CONSTRAINT "StartupMeeting_eventId_fkey" FOREIGN KEY ("eventId") REFERENCES "Event"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Event" ADD CONSTRAINT "Event_networkId_fkey" FOREIGN KEY ("networkId") REFERENCES "Network"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Event" ADD CONSTRAINT "Event_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Trip" ADD CONSTRAINT "Trip_eventId_fkey" FOREIGN KEY ("eventId") REFERENCES "Event"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TripLeader" ADD CONSTRAINT "TripLeader_eventId_fkey" FOREIGN KEY ("eventId") REFERENCES "Trip"("eventId") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TripLeader" ADD CONSTRAINT "TripLeader_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TripItineraryItem" ADD CONSTRAINT "TripItineraryItem_eventId_fkey" FOREIGN KEY ("eventId") REFERENCES "Trip"("eventId") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TripChecklistItem" ADD CONSTRAINT "TripChecklistItem_eventId_fkey" FOREIGN KEY ("eventId") REFERENCES "Trip"("eventId") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Rsvp" ADD CONSTRAINT "Rsvp_eventId_fkey" FOREIGN KEY ("eventId") REFERENCES "Event"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Rsvp" ADD CONSTRAINT "Rsvp_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CalendarToken" ADD CONSTRAINT "CalendarToken_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Hand-written: capacities and costs are never negative, an event never ends before it starts
-- and its RSVP deadline is not after its start (the service refuses these first, with a
-- message; the constraints keep every other writer honest).
ALTER TABLE "Event" ADD CONSTRAINT "Event_capacity_check" CHECK ("capacity" IS NULL OR "capacity" >= 1);
ALTER TABLE "Event" ADD CONSTRAINT "Event_times_check" CHECK ("endsAt" > "startsAt");
ALTER TABLE "Event" ADD CONSTRAINT "Event_deadline_check" CHECK ("rsvpDeadline" IS NULL OR "rsvpDeadline" <= "startsAt");
ALTER TABLE "Trip" ADD CONSTRAINT "Trip_cost_check" CHECK ("costPerPerson" IS NULL OR "costPerPerson" >= 0);
-- The waitlist in order: who is promoted next.
CREATE INDEX "Rsvp_waitlist_idx" ON "Rsvp" ("eventId", "waitlistedAt") WHERE "status" = 'WAITLISTED';
