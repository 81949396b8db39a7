-- Indexes for the member directory (lib/directory/search-sql.ts, everyone-sql.ts; measured in bench/results.md), hand-written because Prisma's schema language cannot express INCLUDE, partial indexes or an index column's collation.

-- A search looks each candidate up by key in these tables. The columns it needs are included, so a lookup reads the index
-- alone, and the key is compared byte-wise (COLLATE "C", which the lookups ask for): the database's libc collation made
-- text comparison over a tenth of the CPU time of a search.
CREATE INDEX "User_active_id_idx" ON "User" ("id" COLLATE "C") INCLUDE ("name") WHERE "status" = 'ACTIVE';
CREATE INDEX "Profile_userId_visibility_idx" ON "Profile" ("userId" COLLATE "C") INCLUDE ("aboutVisibility", "languagesVisibility", "countriesVisibility", "companyVisibility", "openToIntroductions");
CREATE INDEX "Company_ownerId_sector_idx" ON "Company" ("ownerId" COLLATE "C") INCLUDE ("sniSection", "exporting");
CREATE INDEX "Membership_userId_listing_idx" ON "Membership" ("userId" COLLATE "C") INCLUDE ("role", "networkId");
CREATE INDEX "CountryKnowledge_userId_country_idx" ON "CountryKnowledge" ("userId" COLLATE "C") INCLUDE ("country");
CREATE INDEX "UserLanguage_userId_code_idx" ON "UserLanguage" ("userId" COLLATE "C") INCLUDE ("code", "level");

-- The unfiltered directory counts everyone except the few whose section the viewer may not see, and only a NETWORK
-- section can be hidden from a member of a network; it also leaves out accounts that are not active.
CREATE INDEX "Profile_about_network_idx" ON "Profile" ("userId") WHERE "aboutVisibility" = 'NETWORK';
CREATE INDEX "Profile_languages_network_idx" ON "Profile" ("userId") WHERE "languagesVisibility" = 'NETWORK';
CREATE INDEX "Profile_countries_network_idx" ON "Profile" ("userId") WHERE "countriesVisibility" = 'NETWORK';
CREATE INDEX "Profile_company_network_idx" ON "Profile" ("userId") WHERE "companyVisibility" = 'NETWORK';
CREATE INDEX "User_inactive_idx" ON "User" ("id") WHERE "status" <> 'ACTIVE';

-- The unfiltered directory's page: active people in the order of their names (ties by id), read until the page is full.
CREATE INDEX "User_active_name_idx" ON "User" ("name" COLLATE "C", "id" COLLATE "C") WHERE "status" = 'ACTIVE';

-- The User indexes are partial on purpose: the free-text statement reads the names of all accounts, and a full index
-- holding every name would tempt the planner away from the trigram index.
