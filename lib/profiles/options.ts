import type { CompanySize, CountryRelation, KnowledgeArea, LanguageLevel } from "@/generated/prisma/enums";

// The fixed choices of the profile and company forms and their limits: small, pure and safe
// to import in the browser (the forms use them without the code lists in codes.ts).

export const LANGUAGE_LEVELS = ["NATIVE", "FLUENT", "PROFESSIONAL", "BASIC"] as const satisfies readonly LanguageLevel[];
export const COUNTRY_RELATIONS = ["BORN", "LIVED", "WORKED", "DID_BUSINESS", "EXPORTS_TO", "HAS_CONTACTS"] as const satisfies readonly CountryRelation[];
export const KNOWLEDGE_AREAS = ["BUSINESS_CULTURE", "POLITICS_REGULATION", "LANGUAGE", "RELIGION_CUSTOMS", "LOGISTICS", "FINANCE_PAYMENTS"] as const satisfies readonly KnowledgeArea[];
export const COMPANY_SIZES = ["SOLO", "MICRO", "SMALL", "MEDIUM", "LARGE"] as const satisfies readonly CompanySize[];
/** SNI 2007 (the Swedish edition of NACE Rev. 2) sections. */
export const SNI_SECTIONS = ["A", "B", "C", "D", "E", "F", "G", "H", "I", "J", "K", "L", "M", "N", "O", "P", "Q", "R", "S", "T", "U"] as const;

export const LIMITS = {
  headline: 120,
  bio: 2000,
  city: 80,
  languages: 20,
  countries: 30,
  note: 280,
  maxYears: 80,
  companyName: 120,
  website: 200,
  exportMarkets: 30,
  /** Bytes of an uploaded photo before re-encoding. */
  photoBytes: 5 * 1024 * 1024,
  /** Side of the square WebP every photo is re-encoded to. */
  photoSide: 512,
} as const;

export const PHOTO_TYPES = ["image/jpeg", "image/png", "image/webp"] as const;
