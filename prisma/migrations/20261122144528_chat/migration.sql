-- CreateEnum
CREATE TYPE "ChatChannelKind" AS ENUM ('NETWORK', 'EVENT', 'DIRECT');

-- CreateTable
CREATE TABLE "ChatChannel" (
    "id" TEXT NOT NULL,
    "kind" "ChatChannelKind" NOT NULL,
    "networkId" TEXT,
    "eventId" TEXT,
    "userAId" TEXT,
    "userBId" TEXT,
    "lastSeq" INTEGER NOT NULL DEFAULT 0,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ChatChannel_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ChatMessage" (
    "id" TEXT NOT NULL,
    "channelId" TEXT NOT NULL,
    "seq" INTEGER NOT NULL,
    "authorId" TEXT NOT NULL,
    "clientId" UUID NOT NULL,
    "body" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "editedAt" TIMESTAMP(3),
    "deletedAt" TIMESTAMP(3),

    CONSTRAINT "ChatMessage_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ChatReadState" (
    "userId" TEXT NOT NULL,
    "channelId" TEXT NOT NULL,
    "lastReadSeq" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "ChatReadState_pkey" PRIMARY KEY ("userId","channelId")
);

-- CreateIndex
CREATE UNIQUE INDEX "ChatChannel_eventId_key" ON "ChatChannel"("eventId");

-- CreateIndex
CREATE INDEX "ChatChannel_networkId_kind_idx" ON "ChatChannel"("networkId", "kind");

-- CreateIndex
CREATE INDEX "ChatChannel_userBId_idx" ON "ChatChannel"("userBId");

-- CreateIndex
CREATE UNIQUE INDEX "ChatChannel_userAId_userBId_key" ON "ChatChannel"("userAId", "userBId");

-- CreateIndex
CREATE UNIQUE INDEX "ChatMessage_channelId_seq_key" ON "ChatMessage"("channelId", "seq");

-- CreateIndex
CREATE UNIQUE INDEX "ChatMessage_authorId_clientId_key" ON "ChatMessage"("authorId", "clientId");

-- CreateIndex
CREATE INDEX "ChatReadState_channelId_idx" ON "ChatReadState"("channelId");

-- AddForeignKey
ALTER TABLE "ChatChannel" ADD CONSTRAINT "ChatChannel_networkId_fkey" FOREIGN KEY ("networkId") REFERENCES "Network"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ChatChannel" ADD CONSTRAINT "ChatChannel_eventId_fkey" FOREIGN KEY ("eventId") REFERENCES "Event"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ChatChannel" ADD CONSTRAINT "ChatChannel_userAId_fkey" FOREIGN KEY ("userAId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ChatChannel" ADD CONSTRAINT "ChatChannel_userBId_fkey" FOREIGN KEY ("userBId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ChatMessage" ADD CONSTRAINT "ChatMessage_channelId_fkey" FOREIGN KEY ("channelId") REFERENCES "ChatChannel"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ChatMessage" ADD CONSTRAINT "ChatMessage_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ChatReadState" ADD CONSTRAINT "ChatReadState_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ChatReadState" ADD CONSTRAINT "ChatReadState_channelId_fkey" FOREIGN KEY ("channelId") REFERENCES "ChatChannel"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Hand-written: one channel per network, and each kind has exactly the references it needs.
CREATE UNIQUE INDEX "ChatChannel_one_per_network" ON "ChatChannel"("networkId") WHERE "kind" = 'NETWORK';
ALTER TABLE "ChatChannel" ADD CONSTRAINT "ChatChannel_kind_shape" CHECK (
  ("kind" = 'NETWORK' AND "networkId" IS NOT NULL AND "eventId" IS NULL AND "userAId" IS NULL AND "userBId" IS NULL)
  OR ("kind" = 'EVENT' AND "networkId" IS NOT NULL AND "eventId" IS NOT NULL AND "userAId" IS NULL AND "userBId" IS NULL)
  OR ("kind" = 'DIRECT' AND "networkId" IS NULL AND "eventId" IS NULL AND "userAId" COLLATE "C" < "userBId" COLLATE "C")
);
ALTER TABLE "ChatMessage" ADD CONSTRAINT "ChatMessage_body_length" CHECK (char_length("body") <= 4000);

-- Appends a message to a channel in one round trip. The channel row's lock orders concurrent
-- senders; the sequence is raised only when a message is stored, so numbers are gap-free. A
-- resend (same author, same client id) returns what was stored the first time: after the lock
-- each statement sees what the other sender committed (READ COMMITTED takes a new snapshot per
-- statement in a volatile function). The author has read their own message.
CREATE FUNCTION chat_append_message(p_id text, p_channel text, p_author text, p_client uuid, p_body text)
RETURNS TABLE (message_id text, was_created boolean) LANGUAGE plpgsql AS $$
DECLARE
  next_seq integer;
BEGIN
  PERFORM 1 FROM "ChatChannel" WHERE "id" = p_channel FOR UPDATE;
  IF NOT FOUND THEN
    RETURN;
  END IF;
  RETURN QUERY SELECT m."id", false FROM "ChatMessage" m WHERE m."authorId" = p_author AND m."clientId" = p_client;
  IF FOUND THEN
    RETURN;
  END IF;
  UPDATE "ChatChannel" SET "lastSeq" = "lastSeq" + 1 WHERE "id" = p_channel RETURNING "lastSeq" INTO next_seq;
  INSERT INTO "ChatMessage" ("id", "channelId", "seq", "authorId", "clientId", "body")
  VALUES (p_id, p_channel, next_seq, p_author, p_client, p_body);
  INSERT INTO "ChatReadState" ("userId", "channelId", "lastReadSeq") VALUES (p_author, p_channel, next_seq)
  ON CONFLICT ("userId", "channelId") DO UPDATE SET "lastReadSeq" = GREATEST("ChatReadState"."lastReadSeq", EXCLUDED."lastReadSeq");
  RETURN QUERY SELECT p_id, true;
END
$$;
