-- CreateTable
CREATE TABLE "KnowledgeWord" (
    "word" TEXT NOT NULL,

    CONSTRAINT "KnowledgeWord_pkey" PRIMARY KEY ("word")
);

-- Hand-written: a faster knowledge search (lib/knowledge/search-sql.ts explains the statement).
--
-- 1. The lexicon for typo correction. The search used to compare every query word by trigram
-- similarity with the title, summary and tags of every item, which for a common misspelt word
-- matched most items and took hundreds of milliseconds. Now a word the full text does not
-- find is compared with this table of distinct words instead (a few thousand rows where the
-- items hold millions of words), and the closest words are searched by full text, so that
-- ranking, highlighting and the index work as for any other query (the technique of the
-- pg_trgm documentation, "Text Search Integration").
CREATE INDEX "KnowledgeWord_word_trgm" ON "KnowledgeWord" USING GIN ("word" gin_trgm_ops);

-- The words of a text as the lexicon keeps them: letters only (hyphenated words give their
-- parts; numbers, e-mail addresses, URLs and file names are left out), without accents, in
-- lower case, 3 to 40 letters. Token types of the default parser: 1 asciiword, 2 word,
-- 7 hword_asciipart, 8 hword_part.
CREATE FUNCTION kosmopolit_knowledge_words(text) RETURNS SETOF text
  LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
  AS $$ SELECT DISTINCT lower(kosmopolit_unaccent(token)) FROM ts_parse('default', $1) WHERE tokid IN (1, 2, 7, 8) AND length(token) BETWEEN 3 AND 40 $$;

-- The trigger only ever adds words, in one statement per writing statement, so that a new
-- article can be found misspelt at once. It adds no counts: a per-word count would make
-- every save lock rows shared with every other save ("the", "and"). Words that no published
-- item holds any more (edited, unpublished, deleted or erased content) are removed by the
-- daily job "prune-knowledge-words" (lib/knowledge/lexicon.ts); until then they can only
-- make the correction try a word that finds nothing. Sorted, so that two transactions
-- adding the same new words wait for each other instead of deadlocking.
CREATE FUNCTION kosmopolit_add_knowledge_words() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    INSERT INTO "KnowledgeWord" ("word")
      SELECT DISTINCT w FROM changed c, kosmopolit_knowledge_words(concat_ws(' ', c."title", c."summary", c."tagText", c."bodyText", c."answersText")) w
      WHERE c."status" = 'PUBLISHED' ORDER BY 1
      ON CONFLICT DO NOTHING;
  ELSE
    -- Only rows whose searchable text changed or that were just published.
    INSERT INTO "KnowledgeWord" ("word")
      SELECT DISTINCT w FROM changed c JOIN previous p ON p."id" = c."id",
        kosmopolit_knowledge_words(concat_ws(' ', c."title", c."summary", c."tagText", c."bodyText", c."answersText")) w
      WHERE c."status" = 'PUBLISHED' AND (p."status" <> 'PUBLISHED' OR p."searchDocument" IS DISTINCT FROM c."searchDocument") ORDER BY 1
      ON CONFLICT DO NOTHING;
  END IF;
  RETURN NULL;
END $$;
CREATE TRIGGER "KnowledgeItem_words_insert" AFTER INSERT ON "KnowledgeItem"
  REFERENCING NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION kosmopolit_add_knowledge_words();
CREATE TRIGGER "KnowledgeItem_words_update" AFTER UPDATE ON "KnowledgeItem"
  REFERENCING OLD TABLE AS previous NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION kosmopolit_add_knowledge_words();

INSERT INTO "KnowledgeWord" ("word")
  SELECT DISTINCT w FROM "KnowledgeItem" c, kosmopolit_knowledge_words(concat_ws(' ', c."title", c."summary", c."tagText", c."bodyText", c."answersText")) w
  WHERE c."status" = 'PUBLISHED'
  ON CONFLICT DO NOTHING;

-- The trigram column and index the old fallback compared query words with.
DROP INDEX "KnowledgeItem_fuzzyText_trgm";
ALTER TABLE "KnowledgeItem" DROP COLUMN "fuzzyText";

-- 2. The head document: title (weight A), summary and tags (B), the first two parts of
-- "searchDocument". It is a few hundred bytes and kept in the row (STORAGE MAIN), whereas
-- "searchDocument" with the body is usually compressed out of line (TOAST): a query matching
-- tens of thousands of items takes its candidates from head matches first and ranks them
-- without reading a single body (see search-sql.ts).
--
-- Both documents also carry two filter lexemes, the item's type and visibility ("~question",
-- "~public"), so that "type=question" or a visitor's search is one index lookup
-- ('custom & payment & ~question') instead of reading every match to test its row. No query
-- can name them: the text parser splits words at "~". They have no position and never rank.
CREATE FUNCTION kosmopolit_knowledge_filter_lexemes(kind "KnowledgeKind", visibility "KnowledgeVisibility") RETURNS tsvector
  LANGUAGE sql IMMUTABLE PARALLEL SAFE
  AS $$ SELECT array_to_tsvector(ARRAY[CASE kind WHEN 'ARTICLE' THEN '~article' WHEN 'STORY' THEN '~story' ELSE '~question' END,
                                     CASE visibility WHEN 'PUBLIC' THEN '~public' ELSE '~members' END]) $$;
ALTER TABLE "KnowledgeItem" ADD COLUMN "headDocument" tsvector GENERATED ALWAYS AS (
  setweight(to_tsvector(kosmopolit_text_config("language"), "title"), 'A') ||
  setweight(to_tsvector(kosmopolit_text_config("language"), "summary" || ' ' || "tagText"), 'B') ||
  kosmopolit_knowledge_filter_lexemes("kind", "visibility")
) STORED;
ALTER TABLE "KnowledgeItem" ALTER COLUMN "headDocument" SET STORAGE MAIN;
-- One per language, like the full-text indexes below (the reason is there): the English and
-- Swedish parses of a query are often the same, and one index would look both up in full.
CREATE INDEX "KnowledgeItem_headDocument_en_idx" ON "KnowledgeItem" USING GIN ("headDocument") WHERE "status" = 'PUBLISHED' AND "language" = 'en';
CREATE INDEX "KnowledgeItem_headDocument_sv_idx" ON "KnowledgeItem" USING GIN ("headDocument") WHERE "status" = 'PUBLISHED' AND "language" = 'sv';
CREATE INDEX "KnowledgeItem_headDocument_other_idx" ON "KnowledgeItem" USING GIN ("headDocument") WHERE "status" = 'PUBLISHED' AND "language" NOT IN ('en', 'sv');

-- 3. One full-text index per parse of the query. The search tests each row against the parse
-- of its own language, as three ORed conditions; with one index for all rows, each row the
-- index returned had its (out-of-line) document read again to check the language branch.
-- With the language (and publication) in the index's predicate, the condition is proven by
-- the index alone and only the rows kept are read.
DROP INDEX "KnowledgeItem_searchDocument_idx";
ALTER TABLE "KnowledgeItem" ALTER COLUMN "searchDocument" SET EXPRESSION AS (
  setweight(to_tsvector(kosmopolit_text_config("language"), "title"), 'A') ||
  setweight(to_tsvector(kosmopolit_text_config("language"), "summary" || ' ' || "tagText"), 'B') ||
  setweight(to_tsvector(kosmopolit_text_config("language"), "bodyText"), 'C') ||
  setweight(to_tsvector(kosmopolit_text_config("language"), "answersText"), 'D') ||
  kosmopolit_knowledge_filter_lexemes("kind", "visibility")
);
CREATE INDEX "KnowledgeItem_searchDocument_en_idx" ON "KnowledgeItem" USING GIN ("searchDocument") WHERE "status" = 'PUBLISHED' AND "language" = 'en';
CREATE INDEX "KnowledgeItem_searchDocument_sv_idx" ON "KnowledgeItem" USING GIN ("searchDocument") WHERE "status" = 'PUBLISHED' AND "language" = 'sv';
CREATE INDEX "KnowledgeItem_searchDocument_other_idx" ON "KnowledgeItem" USING GIN ("searchDocument") WHERE "status" = 'PUBLISHED' AND "language" NOT IN ('en', 'sv');
