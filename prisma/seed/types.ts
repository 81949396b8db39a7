import type { CompanySize, CountryRelation, KnowledgeArea, LanguageLevel, NetworkRole, Visibility } from "@/generated/prisma/client";

// The demo data as plain values, built without a database and then written in batches.

export interface PersonSeed {
  id: string;
  email: string;
  name: string;
  locale: string;
  createdAt: Date;
  isAdmin?: boolean;
  facilitatorOrganisation?: string;
  profile: {
    headline: string;
    bio: string;
    city: string;
    countryOfBirth: string;
    openToIntroductions: boolean;
    // Set for everyone by dataset.ts (see visibility.ts).
    aboutVisibility?: Visibility;
    languagesVisibility?: Visibility;
    countriesVisibility?: Visibility;
    companyVisibility?: Visibility;
  };
  languages: { code: string; level: LanguageLevel }[];
  knowledge: { country: string; relations: CountryRelation[]; years: number; areas: KnowledgeArea[]; note?: string }[];
  company?: {
    name: string;
    orgNumber: string;
    sniSection: string;
    size: CompanySize;
    website?: string;
    exporting: boolean;
    exportMarkets: string[];
  };
}

export interface MembershipSeed {
  userId: string;
  networkSlug: string;
  role: NetworkRole;
  joinedAt: Date;
}

export interface JoinRequestSeed {
  id: string;
  networkSlug: string;
  userId: string;
  motivation: string;
  status: "PENDING" | "APPROVED";
  createdAt: Date;
  decidedById?: string;
  decidedAt?: Date;
  decisionMessage?: string;
}

export interface NotificationSeed {
  id: string;
  userId: string;
  kind: string;
  data: Record<string, string>;
  createdAt: Date;
}

export interface DemoDataset {
  people: PersonSeed[];
  memberships: MembershipSeed[];
  joinRequests: JoinRequestSeed[];
  notifications: NotificationSeed[];
}

const DAY = 86_400_000;

/** A fixed instant on an ISO date (UTC), so that runs are identical. */
export const at = (isoDate: string, hour = 9) => new Date(`${isoDate}T${String(hour).padStart(2, "0")}:00:00Z`);
export const addDays = (date: Date, days: number) => new Date(date.getTime() + days * DAY);
