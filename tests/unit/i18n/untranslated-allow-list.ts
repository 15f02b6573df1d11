// Messages a translation may leave exactly as in English. Everything else identical to the English in
// fr/es/ru/ar counts as "not translated yet" and fails tests/unit/i18n/messages.test.ts.
// Add an entry only for a word that really is spelled the same in the language (say why if unclear).

/** Names and codes that stay as they are in every language: the brand, acronyms, formats. */
export const SAME_IN_EVERY_LANGUAGE = [
  "R2P Tracker",
  "R2P",
  "ICRtoP",
  "UPR",
  "UN",
  "CSV",
  "CSL-JSON",
  "JSON",
  "API",
  "ISO",
  "PDF",
  "SMTP",
  "SMTP_URL",
  "UTF-8",
  "Atom",
  "QR",
] as const;

/** Keys whose text is the same in every catalogue by design (each language named in its own script). */
export const SAME_BY_DESIGN_KEYS = [/^languages\./, /^measures\.(bothLanguages|chinese|english)$/];

/** Words spelled exactly as in English, per language. */
export const SAME_AS_ENGLISH: Record<"fr" | "es" | "ru" | "ar", readonly string[]> = {
  fr: [
    "Action",
    "Actions",
    "Administration",
    "Citations",
    "Code",
    "Coordination",
    "Date",
    "Description",
    "Description (en)",
    "Description (zh)",
    "Description ({language})",
    "Discussion",
    "Document",
    "Documents",
    "Institutions",
    "Invitations",
    "Mentions",
    "Menu",
    "Motion",
    "Notifications",
    "original",
    "Organisation",
    "Organisations",
    "Public",
    "Publication",
    "Sanctions",
    "Score",
    "Source",
    "Sources",
    "Version {version}",
    "(version {version})",
    "section {locator}",
  ],
  es: ["No", "Regional", "Global", "Debate", "original"],
  ru: [],
  ar: [],
};
