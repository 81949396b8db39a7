-- CreateEnum
CREATE TYPE "KnowledgeKind" AS ENUM ('ARTICLE', 'STORY', 'QUESTION');

-- CreateEnum
CREATE TYPE "KnowledgeStatus" AS ENUM ('DRAFT', 'PUBLISHED', 'UNPUBLISHED');

-- CreateEnum
CREATE TYPE "KnowledgeVisibility" AS ENUM ('MEMBERS', 'PUBLIC');

-- CreateTable
CREATE TABLE "KnowledgeItem" (
    "id" TEXT NOT NULL,
    "kind" "KnowledgeKind" NOT NULL,
    "status" "KnowledgeStatus" NOT NULL DEFAULT 'DRAFT',
    "authorId" TEXT NOT NULL,
    "networkId" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "summary" TEXT NOT NULL DEFAULT '',
    "body" TEXT NOT NULL,
    "language" VARCHAR(2) NOT NULL,
    "visibility" "KnowledgeVisibility" NOT NULL DEFAULT 'MEMBERS',
    "countries" CHAR(2)[],
    "sector" CHAR(1),
    "topics" TEXT[],
    "storyMarket" CHAR(2),
    "storyWorked" TEXT,
    "storyDidNotWork" TEXT,
    "storyContacts" TEXT,
    "bodyText" TEXT NOT NULL DEFAULT '',
    "tagText" TEXT NOT NULL DEFAULT '',
    "answersText" TEXT NOT NULL DEFAULT '',
    "answerCount" INTEGER NOT NULL DEFAULT 0,
    "acceptedAnswerId" TEXT,
    "revision" INTEGER NOT NULL DEFAULT 0,
    "publishedAt" TIMESTAMP(3),
    "moderatedById" TEXT,
    "moderationNote" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "KnowledgeItem_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "KnowledgeRevision" (
    "id" TEXT NOT NULL,
    "itemId" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "editorId" TEXT,
    "title" TEXT NOT NULL,
    "summary" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "storyWorked" TEXT,
    "storyDidNotWork" TEXT,
    "storyContacts" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "KnowledgeRevision_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "KnowledgeAnswer" (
    "id" TEXT NOT NULL,
    "questionId" TEXT NOT NULL,
    "authorId" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "score" INTEGER NOT NULL DEFAULT 0,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "KnowledgeAnswer_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AnswerVote" (
    "answerId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "value" INTEGER NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "AnswerVote_pkey" PRIMARY KEY ("answerId","userId")
);

-- CreateIndex
CREATE UNIQUE INDEX "KnowledgeItem_acceptedAnswerId_key" ON "KnowledgeItem"("acceptedAnswerId");

-- CreateIndex
CREATE INDEX "KnowledgeItem_status_kind_publishedAt_idx" ON "KnowledgeItem"("status", "kind", "publishedAt");

-- CreateIndex
CREATE INDEX "KnowledgeItem_authorId_status_idx" ON "KnowledgeItem"("authorId", "status");

-- CreateIndex
CREATE INDEX "KnowledgeItem_networkId_status_publishedAt_idx" ON "KnowledgeItem"("networkId", "status", "publishedAt");

-- CreateIndex
CREATE INDEX "KnowledgeItem_countries_idx" ON "KnowledgeItem" USING GIN ("countries");

-- CreateIndex
CREATE UNIQUE INDEX "KnowledgeRevision_itemId_number_key" ON "KnowledgeRevision"("itemId", "number");

-- CreateIndex
CREATE INDEX "KnowledgeAnswer_questionId_createdAt_idx" ON "KnowledgeAnswer"("questionId", "createdAt");

-- AddForeignKey
ALTER TABLE "KnowledgeItem" ADD CONSTRAINT "KnowledgeItem_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "KnowledgeItem" ADD CONSTRAINT "KnowledgeItem_networkId_fkey" FOREIGN KEY ("networkId") REFERENCES "Network"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "KnowledgeItem" ADD CONSTRAINT "KnowledgeItem_moderatedById_fkey" FOREIGN KEY ("moderatedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "KnowledgeRevision" ADD CONSTRAINT "KnowledgeRevision_itemId_fkey" FOREIGN KEY ("itemId") REFERENCES "KnowledgeItem"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "KnowledgeRevision" ADD CONSTRAINT "KnowledgeRevision_editorId_fkey" FOREIGN KEY ("editorId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "KnowledgeAnswer" ADD CONSTRAINT "KnowledgeAnswer_questionId_fkey" FOREIGN KEY ("questionId") REFERENCES "KnowledgeItem"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "KnowledgeAnswer" ADD CONSTRAINT "KnowledgeAnswer_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AnswerVote" ADD CONSTRAINT "AnswerVote_answerId_fkey" FOREIGN KEY ("answerId") REFERENCES "KnowledgeAnswer"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AnswerVote" ADD CONSTRAINT "AnswerVote_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Hand-written: full-text and typo-tolerant search over the knowledge bank.
--
-- Text is English, Swedish, or another language the author names. Each row is indexed with
-- the configuration of its own language (English and Swedish stemming; any other language
-- with the unstemmed 'simple' parser), and the search parses the query once per
-- configuration and matches each row against the parse of its own language (see
-- lib/knowledge/search-sql.ts), so phrases and exclusions mean the same in every row.
-- All three configurations run `unaccent` before stemming: members write from many
-- keyboards, and "Goteborg", "Malmo" or "Sao Paulo" must find "Göteborg", "Malmö" and
-- "São Paulo". Swedish stemming suffixes carry no diacritics, so the stemmer still works
-- on the unaccented words.
CREATE EXTENSION IF NOT EXISTS unaccent;

CREATE TEXT SEARCH CONFIGURATION kosmopolit_english (COPY = english);
ALTER TEXT SEARCH CONFIGURATION kosmopolit_english ALTER MAPPING FOR hword, hword_part, word WITH unaccent, english_stem;
CREATE TEXT SEARCH CONFIGURATION kosmopolit_swedish (COPY = swedish);
ALTER TEXT SEARCH CONFIGURATION kosmopolit_swedish ALTER MAPPING FOR hword, hword_part, word WITH unaccent, swedish_stem;
CREATE TEXT SEARCH CONFIGURATION kosmopolit_simple (COPY = simple);
ALTER TEXT SEARCH CONFIGURATION kosmopolit_simple ALTER MAPPING FOR hword, hword_part, word WITH unaccent, simple;

CREATE FUNCTION kosmopolit_text_config(language text) RETURNS regconfig
  LANGUAGE sql IMMUTABLE PARALLEL SAFE
  AS $$ SELECT CASE language WHEN 'en' THEN 'kosmopolit_english'::regconfig WHEN 'sv' THEN 'kosmopolit_swedish'::regconfig ELSE 'kosmopolit_simple'::regconfig END $$;

-- unaccent() is only STABLE (its dictionary could be swapped); naming the dictionary makes
-- the result depend on the input alone, which a generated column requires.
CREATE FUNCTION kosmopolit_unaccent(text) RETURNS text
  LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
  AS $$ SELECT public.unaccent('public.unaccent'::regdictionary, $1) $$;

-- Weights: A title; B summary and tags (countries in several languages, topics); C body and
-- the export story's fields (already in "bodyText"); D the answers to a question.
ALTER TABLE "KnowledgeItem" ADD COLUMN "searchDocument" tsvector GENERATED ALWAYS AS (
  setweight(to_tsvector(kosmopolit_text_config("language"), "title"), 'A') ||
  setweight(to_tsvector(kosmopolit_text_config("language"), "summary" || ' ' || "tagText"), 'B') ||
  setweight(to_tsvector(kosmopolit_text_config("language"), "bodyText"), 'C') ||
  setweight(to_tsvector(kosmopolit_text_config("language"), "answersText"), 'D')
) STORED;
CREATE INDEX "KnowledgeItem_searchDocument_idx" ON "KnowledgeItem" USING GIN ("searchDocument");

-- What a misspelt word is compared with when full-text search finds little.
ALTER TABLE "KnowledgeItem" ADD COLUMN "fuzzyText" text GENERATED ALWAYS AS (
  lower(kosmopolit_unaccent("title" || ' ' || "summary" || ' ' || "tagText"))
) STORED;
CREATE INDEX "KnowledgeItem_fuzzyText_trgm" ON "KnowledgeItem" USING GIN ("fuzzyText" gin_trgm_ops);

-- A question's answers are part of its search document.
CREATE FUNCTION kosmopolit_sync_question_answers() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  question_id text := CASE WHEN TG_OP = 'DELETE' THEN OLD."questionId" ELSE NEW."questionId" END;
BEGIN
  UPDATE "KnowledgeItem" SET
    "answersText" = COALESCE((SELECT string_agg("body", E'\n' ORDER BY "createdAt") FROM "KnowledgeAnswer" WHERE "questionId" = question_id), ''),
    "answerCount" = (SELECT count(*) FROM "KnowledgeAnswer" WHERE "questionId" = question_id)
  WHERE "id" = question_id;
  RETURN NULL;
END $$;
CREATE TRIGGER "KnowledgeAnswer_sync_question"
  AFTER INSERT OR DELETE OR UPDATE OF "body" ON "KnowledgeAnswer"
  FOR EACH ROW EXECUTE FUNCTION kosmopolit_sync_question_answers();

-- Only published items are searched; the partial index keeps listings by recency cheap.
CREATE INDEX "KnowledgeItem_published_idx" ON "KnowledgeItem" ("publishedAt" DESC) WHERE "status" = 'PUBLISHED';
-- One vote per person and answer is the primary key; values are +1 or -1.
ALTER TABLE "AnswerVote" ADD CONSTRAINT "AnswerVote_value_check" CHECK ("value" IN (-1, 1));
