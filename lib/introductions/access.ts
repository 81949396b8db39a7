import "server-only";
import { Prisma } from "@/generated/prisma/client";
import type { getPrisma } from "@/lib/db/client";
import { canSeeSql, type Viewer } from "@/lib/profiles/visibility-sql";

type Db = Prisma.TransactionClient | ReturnType<typeof getPrisma>;

export type IntroductionTarget = { id: string; name: string; open: boolean };

/**
 * The person asked, if the viewer may see them for this purpose: an active account whose
 * "countries" section the viewer may see (an introduction is about a country they know, so
 * someone whose countries are hidden from the viewer cannot be asked). Same rule as the
 * profile page and the directory, through canSeeSql.
 */
export async function visibleTarget(db: Db, viewer: Viewer, targetId: string): Promise<IntroductionTarget | null> {
  const rows = await db.$queryRaw<{ id: string; name: string; open: boolean; visible: boolean }[]>`
    SELECT u."id", u."name", COALESCE(p."openToIntroductions", false) AS "open",
           ${canSeeSql("countries", viewer, Prisma.sql`u."id"`)} AS "visible"
    FROM "User" u LEFT JOIN "Profile" p ON p."userId" = u."id"
    WHERE u."id" = ${targetId} AND u."status" = 'ACTIVE'`;
  const row = rows[0];
  return row?.visible ? { id: row.id, name: row.name, open: row.open } : null;
}
