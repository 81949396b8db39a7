-- CreateTable
CREATE TABLE "DirectoryListing" (
    "userId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "headline" TEXT,
    "bio" TEXT,
    "bioWords" TEXT[],
    "companyName" TEXT,
    "sector" CHAR(1),
    "aboutVisibility" "Visibility" NOT NULL,
    "languagesVisibility" "Visibility" NOT NULL,
    "countriesVisibility" "Visibility" NOT NULL,
    "companyVisibility" "Visibility" NOT NULL,
    "networkIds" TEXT[],
    "countries" TEXT[],
    "languages" TEXT[],
    "tags" TEXT[],
    "networkSlugs" TEXT[],
    "languagesJson" JSONB NOT NULL,
    "countriesJson" JSONB NOT NULL,
    "companyJson" JSONB,

    CONSTRAINT "DirectoryListing_pkey" PRIMARY KEY ("userId")
);

-- CreateTable
CREATE TABLE "DirectoryFacetCount" (
    "id" BIGSERIAL NOT NULL,
    "facet" TEXT NOT NULL,
    "key" TEXT NOT NULL,
    "n" INTEGER NOT NULL,

    CONSTRAINT "DirectoryFacetCount_pkey" PRIMARY KEY ("id")
);

-- Hand-written: how the directory finds people (lib/directory/search-sql.ts), and the triggers that keep the table in step.

-- Every filter is a tag; one GIN index answers any combination of them (`tags @> ARRAY[...]`, `tags && ARRAY[...]`).
CREATE INDEX "DirectoryListing_tags_idx" ON "DirectoryListing" USING GIN ("tags");
-- Free text over the fields the directory searches (pg_trgm word similarity, `q <% field`).
CREATE INDEX "DirectoryListing_name_trgm" ON "DirectoryListing" USING GIN ("name" gin_trgm_ops);
CREATE INDEX "DirectoryListing_headline_trgm" ON "DirectoryListing" USING GIN ("headline" gin_trgm_ops);
CREATE INDEX "DirectoryListing_bio_trgm" ON "DirectoryListing" USING GIN ("bio" gin_trgm_ops);
CREATE INDEX "DirectoryListing_bioWords_idx" ON "DirectoryListing" USING GIN ("bioWords");
CREATE INDEX "DirectoryListing_companyName_trgm" ON "DirectoryListing" USING GIN ("companyName" gin_trgm_ops);
-- The unfiltered directory: its page in name order (ties by id), and the people with a NETWORK section who share a
-- network with the viewer (the only sections that can be hidden from a member of a network).
CREATE INDEX "DirectoryListing_name_idx" ON "DirectoryListing" ("name" COLLATE "C", "userId" COLLATE "C");
CREATE INDEX "DirectoryListing_restricted_idx" ON "DirectoryListing" USING GIN ("networkIds")
  WHERE 'NETWORK' IN ("aboutVisibility", "languagesVisibility", "countriesVisibility", "companyVisibility");

-- Recomputes the rows of the people `ids` from the tables they are made of: written when the person is listed (an
-- active account, member or organiser of a network that is not archived), removed otherwise.
CREATE FUNCTION directory_listing_refresh(ids text[]) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  IF ids IS NULL OR cardinality(ids) = 0 THEN
    RETURN;
  END IF;
  -- Two transactions changing different parts of one person (say languages and company) must not each write a row
  -- computed from what they saw before the other committed. Refreshes of a person therefore wait for each other on the
  -- person's User row, and read the tables only once they hold it: under READ COMMITTED every statement below takes a
  -- new snapshot, so it sees the other's committed changes; under REPEATABLE READ the upsert fails with a serialisation
  -- error instead. A row lock, not an advisory lock: it costs no slot in the shared lock table however many people a
  -- statement refreshes (archiving a network, loading data), and it does not block foreign-key checks (KEY SHARE).
  -- In the order of the ids, so that two refreshes of many people cannot deadlock each other.
  PERFORM 1 FROM "User" u WHERE u."id" = ANY(ids) ORDER BY u."id" FOR NO KEY UPDATE;

  DELETE FROM "DirectoryListing" d
  WHERE d."userId" = ANY(ids)
    AND NOT EXISTS (
      SELECT 1 FROM "User" u
      JOIN "Membership" m ON m."userId" = u."id" AND m."role" IN ('MEMBER', 'ORGANISER')
      JOIN "Network" n ON n."id" = m."networkId" AND n."status" <> 'ARCHIVED'
      WHERE u."id" = d."userId" AND u."status" = 'ACTIVE'
    );

  INSERT INTO "DirectoryListing" AS d ("userId", "name", "headline", "bio", "bioWords", "companyName", "sector", "aboutVisibility", "languagesVisibility",
    "countriesVisibility", "companyVisibility", "networkIds", "countries", "languages", "tags", "networkSlugs", "languagesJson", "countriesJson", "companyJson")
  SELECT u."id", u."name", p."headline", p."bio",
    -- Split only at ASCII characters other than letters and digits, and keep only words made of ASCII letters and
    -- digits: such a word is a word to pg_trgm too, whatever the locale, and is lower-cased by the same lower().
    ARRAY(
      SELECT DISTINCT lower(w) FROM regexp_split_to_table(COALESCE(p."bio", ''), '[\x01-\x2F\x3A-\x40\x5B-\x60\x7B-\x7F]+') w
      WHERE w ~ '^[A-Za-z0-9]+$' ORDER BY 1
    ),
    c."name", c."sniSection",
    -- A person without a profile row has the defaults of Profile (every section MEMBERS).
    COALESCE(p."aboutVisibility", 'MEMBERS'), COALESCE(p."languagesVisibility", 'MEMBERS'),
    COALESCE(p."countriesVisibility", 'MEMBERS'), COALESCE(p."companyVisibility", 'MEMBERS'),
    ARRAY(SELECT m."networkId" FROM "Membership" m WHERE m."userId" = u."id" ORDER BY 1),
    ARRAY(SELECT ck."country"::text FROM "CountryKnowledge" ck WHERE ck."userId" = u."id" ORDER BY 1),
    ARRAY(SELECT ul."code"::text FROM "UserLanguage" ul WHERE ul."userId" = u."id" ORDER BY 1),
    ARRAY(
      SELECT DISTINCT tag FROM (
        SELECT 'c:' || ck."country" FROM "CountryKnowledge" ck WHERE ck."userId" = u."id"
        UNION ALL SELECT 'cr:' || ck."country" || ':' || r FROM "CountryKnowledge" ck, unnest(ck."relations") r WHERE ck."userId" = u."id"
        -- Pairs of relations to one country: the relation filter ranks by the strongest relation of such a country.
        UNION ALL SELECT 'rr:' || r1 || ':' || r2 FROM "CountryKnowledge" ck, unnest(ck."relations") r1, unnest(ck."relations") r2 WHERE ck."userId" = u."id"
        UNION ALL SELECT 'l:' || ul."code" FROM "UserLanguage" ul WHERE ul."userId" = u."id"
        UNION ALL SELECT 'll:' || ul."code" || ':' || ul."level" FROM "UserLanguage" ul WHERE ul."userId" = u."id"
        UNION ALL SELECT 'lv:' || ul."level" FROM "UserLanguage" ul WHERE ul."userId" = u."id"
        UNION ALL SELECT 's:' || c."sniSection" WHERE c."id" IS NOT NULL
        UNION ALL SELECT 'e:' || c."exporting" WHERE c."id" IS NOT NULL
        UNION ALL SELECT 'o:' || COALESCE(p."openToIntroductions", false)
        UNION ALL SELECT 'n:' || m."networkId" FROM "Membership" m JOIN "Network" n ON n."id" = m."networkId"
          WHERE m."userId" = u."id" AND m."role" IN ('MEMBER', 'ORGANISER') AND n."status" <> 'ARCHIVED'
      ) t(tag) ORDER BY 1
    ),
    ARRAY(
      SELECT n."slug" FROM "Membership" m JOIN "Network" n ON n."id" = m."networkId"
      WHERE m."userId" = u."id" AND m."role" IN ('MEMBER', 'ORGANISER') AND n."status" <> 'ARCHIVED' ORDER BY 1
    ),
    (SELECT COALESCE(jsonb_agg(jsonb_build_object('code', ul."code", 'level', ul."level") ORDER BY ul."code"), '[]') FROM "UserLanguage" ul WHERE ul."userId" = u."id"),
    (SELECT COALESCE(jsonb_agg(jsonb_build_object('code', ck."country", 'relations', ck."relations", 'areas', ck."areas") ORDER BY ck."country"), '[]')
      FROM "CountryKnowledge" ck WHERE ck."userId" = u."id"),
    CASE WHEN c."id" IS NOT NULL THEN jsonb_build_object('name', c."name", 'sector', c."sniSection", 'exporting', c."exporting") END
  FROM "User" u
  LEFT JOIN "Profile" p ON p."userId" = u."id"
  LEFT JOIN "Company" c ON c."ownerId" = u."id"
  WHERE u."id" = ANY(ids) AND u."status" = 'ACTIVE'
    AND EXISTS (
      SELECT 1 FROM "Membership" m JOIN "Network" n ON n."id" = m."networkId" AND n."status" <> 'ARCHIVED'
      WHERE m."userId" = u."id" AND m."role" IN ('MEMBER', 'ORGANISER')
    )
  ON CONFLICT ("userId") DO UPDATE SET
    "name" = excluded."name", "headline" = excluded."headline", "bio" = excluded."bio", "bioWords" = excluded."bioWords", "companyName" = excluded."companyName",
    "sector" = excluded."sector", "aboutVisibility" = excluded."aboutVisibility", "languagesVisibility" = excluded."languagesVisibility",
    "countriesVisibility" = excluded."countriesVisibility", "companyVisibility" = excluded."companyVisibility",
    "networkIds" = excluded."networkIds", "countries" = excluded."countries", "languages" = excluded."languages", "tags" = excluded."tags",
    "networkSlugs" = excluded."networkSlugs", "languagesJson" = excluded."languagesJson", "countriesJson" = excluded."countriesJson",
    "companyJson" = excluded."companyJson"
  -- An unchanged row is not rewritten (no dead tuple, no index entries).
  WHERE (d.*) IS DISTINCT FROM (excluded.*);
END $$;

-- After each statement on a source table: refresh the people whose rows it touched (TG_ARGV[0] names the column that
-- holds the person's id). Statement-level with transition tables, so a bulk change refreshes everyone once, set-wise.
CREATE FUNCTION directory_listing_after_change() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  changed text[] := '{}';
  more text[];
BEGIN
  IF TG_OP IN ('INSERT', 'UPDATE') THEN
    EXECUTE format('SELECT array_agg(DISTINCT %I) FROM new_rows', TG_ARGV[0]) INTO more;
    changed := changed || COALESCE(more, '{}');
  END IF;
  IF TG_OP IN ('UPDATE', 'DELETE') THEN
    EXECUTE format('SELECT array_agg(DISTINCT %I) FROM old_rows', TG_ARGV[0]) INTO more;
    changed := changed || COALESCE(more, '{}');
  END IF;
  PERFORM directory_listing_refresh(ARRAY(SELECT DISTINCT unnest(changed)));
  RETURN NULL;
END $$;

-- Only a change of name or status matters of User (sign-outs and the like bump other columns all the time). A new user
-- is not listed until a membership is added, and deleting one deletes their memberships, which refreshes them.
CREATE FUNCTION directory_listing_after_user_update() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM directory_listing_refresh(ARRAY(
    SELECT n."id" FROM new_rows n JOIN old_rows o ON o."id" = n."id" WHERE n."name" IS DISTINCT FROM o."name" OR n."status" IS DISTINCT FROM o."status"
  ));
  RETURN NULL;
END $$;

-- Archiving a network (or bringing it back) lists or unlists its members; a new slug changes what their rows show.
CREATE FUNCTION directory_listing_after_network_status() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM directory_listing_refresh(ARRAY(SELECT m."userId" FROM "Membership" m WHERE m."networkId" = NEW."id"));
  RETURN NULL;
END $$;

CREATE TRIGGER "Profile_directory_insert" AFTER INSERT ON "Profile" REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION directory_listing_after_change('userId');
CREATE TRIGGER "Profile_directory_update" AFTER UPDATE ON "Profile" REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION directory_listing_after_change('userId');
CREATE TRIGGER "Profile_directory_delete" AFTER DELETE ON "Profile" REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION directory_listing_after_change('userId');
CREATE TRIGGER "Company_directory_insert" AFTER INSERT ON "Company" REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION directory_listing_after_change('ownerId');
CREATE TRIGGER "Company_directory_update" AFTER UPDATE ON "Company" REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION directory_listing_after_change('ownerId');
CREATE TRIGGER "Company_directory_delete" AFTER DELETE ON "Company" REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION directory_listing_after_change('ownerId');
CREATE TRIGGER "UserLanguage_directory_insert" AFTER INSERT ON "UserLanguage" REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION directory_listing_after_change('userId');
CREATE TRIGGER "UserLanguage_directory_update" AFTER UPDATE ON "UserLanguage" REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION directory_listing_after_change('userId');
CREATE TRIGGER "UserLanguage_directory_delete" AFTER DELETE ON "UserLanguage" REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION directory_listing_after_change('userId');
CREATE TRIGGER "CountryKnowledge_directory_insert" AFTER INSERT ON "CountryKnowledge" REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION directory_listing_after_change('userId');
CREATE TRIGGER "CountryKnowledge_directory_update" AFTER UPDATE ON "CountryKnowledge" REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION directory_listing_after_change('userId');
CREATE TRIGGER "CountryKnowledge_directory_delete" AFTER DELETE ON "CountryKnowledge" REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION directory_listing_after_change('userId');
CREATE TRIGGER "Membership_directory_insert" AFTER INSERT ON "Membership" REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION directory_listing_after_change('userId');
CREATE TRIGGER "Membership_directory_update" AFTER UPDATE ON "Membership" REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION directory_listing_after_change('userId');
CREATE TRIGGER "Membership_directory_delete" AFTER DELETE ON "Membership" REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION directory_listing_after_change('userId');
CREATE TRIGGER "User_directory_update" AFTER UPDATE ON "User" REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION directory_listing_after_user_update();
CREATE TRIGGER "Network_directory_status" AFTER UPDATE OF "status", "slug" ON "Network" FOR EACH ROW
  WHEN (OLD."status" IS DISTINCT FROM NEW."status" OR OLD."slug" IS DISTINCT FROM NEW."slug") EXECUTE FUNCTION directory_listing_after_network_status();

-- What the rows `listed` add to DirectoryFacetCount (times `sign`): see the model in schema.prisma.
CREATE FUNCTION directory_facet_delta(listed "DirectoryListing"[], sign int) RETURNS TABLE ("facet" text, "key" text, "n" int) LANGUAGE sql IMMUTABLE AS $$
  SELECT 'total', '', sign FROM unnest(listed) r WHERE r."aboutVisibility" <> 'NETWORK'
  UNION ALL SELECT 'country', c, sign FROM unnest(listed) r, unnest(r."countries") c WHERE r."aboutVisibility" <> 'NETWORK' AND r."countriesVisibility" <> 'NETWORK'
  UNION ALL SELECT 'language', c, sign FROM unnest(listed) r, unnest(r."languages") c WHERE r."aboutVisibility" <> 'NETWORK' AND r."languagesVisibility" <> 'NETWORK'
  UNION ALL SELECT 'sector', r."sector", sign FROM unnest(listed) r WHERE r."aboutVisibility" <> 'NETWORK' AND r."companyVisibility" <> 'NETWORK' AND r."sector" IS NOT NULL
$$;

CREATE FUNCTION directory_facet_count_after_change() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  added "DirectoryListing"[] := '{}';
  removed "DirectoryListing"[] := '{}';
BEGIN
  IF TG_OP IN ('INSERT', 'UPDATE') THEN
    added := ARRAY(SELECT r FROM new_rows r);
  END IF;
  IF TG_OP IN ('UPDATE', 'DELETE') THEN
    removed := ARRAY(SELECT r FROM old_rows r);
  END IF;
  -- Appended, never updated in place: concurrent saves of different people never wait for each other here.
  INSERT INTO "DirectoryFacetCount" ("facet", "key", "n")
  SELECT d."facet", d."key", sum(d."n")::int FROM (
    SELECT * FROM directory_facet_delta(added, 1) UNION ALL SELECT * FROM directory_facet_delta(removed, -1)
  ) d GROUP BY 1, 2 HAVING sum(d."n") <> 0;
  -- Now and then, one row per key again. Only one transaction at a time (the others skip it), and only under READ
  -- COMMITTED, where the DELETE sees every row committed so far (under REPEATABLE READ it could fail on rows another
  -- compaction removed). Rows other transactions are still adding are not visible to it and stay as they are.
  IF current_setting('transaction_isolation') = 'read committed'
    AND (SELECT count(*) FROM (SELECT 1 FROM "DirectoryFacetCount" LIMIT 2001) enough) > 2000
    AND pg_try_advisory_xact_lock(1146047302) THEN
    WITH gone AS (DELETE FROM "DirectoryFacetCount" RETURNING "facet", "key", "n")
    INSERT INTO "DirectoryFacetCount" ("facet", "key", "n") SELECT "facet", "key", sum("n")::int FROM gone GROUP BY 1, 2 HAVING sum("n") <> 0;
  END IF;
  RETURN NULL;
END $$;

CREATE TRIGGER "DirectoryListing_facets_insert" AFTER INSERT ON "DirectoryListing" REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION directory_facet_count_after_change();
CREATE TRIGGER "DirectoryListing_facets_update" AFTER UPDATE ON "DirectoryListing" REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION directory_facet_count_after_change();
CREATE TRIGGER "DirectoryListing_facets_delete" AFTER DELETE ON "DirectoryListing" REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION directory_facet_count_after_change();

-- The people already there.
SELECT directory_listing_refresh(ARRAY(SELECT "id" FROM "User"));
