// The header navigation, by role. Items whose feature has not landed yet stay out of the menu.
import type { Role } from "~/server/auth/policy";

export interface NavItem {
  key: "countries" | "regionalOrganizations" | "measures" | "parliamentarians" | "documents" | "search" | "actions" | "activity" | "myWork" | "review" | "dashboard" | "admin";
  href: string;
  /** Who sees it; undefined means everyone, signed in or not. */
  roles?: readonly Role[];
  available: boolean;
}

export const NAV_ITEMS: readonly NavItem[] = [
  { key: "countries", href: "/countries", available: true },
  { key: "regionalOrganizations", href: "/regional-organizations", available: true },
  { key: "measures", href: "/measures", available: true },
  { key: "parliamentarians", href: "/parliamentarians", available: true },
  { key: "documents", href: "/documents", available: true },
  { key: "search", href: "/search", available: true },
  // Public actions are open to all at /actions, but the menu entry is for the coalition's daily work.
  { key: "actions", href: "/actions", roles: ["admin", "secretariat", "member"], available: true },
  { key: "activity", href: "/activity", roles: ["admin", "secretariat", "member"], available: true },
  { key: "myWork", href: "/my-work", roles: ["admin", "secretariat", "member", "parliamentarian"], available: true },
  { key: "review", href: "/review", roles: ["admin", "secretariat"], available: true },
  { key: "dashboard", href: "/dashboard", roles: ["admin", "secretariat"], available: true },
  { key: "admin", href: "/admin", roles: ["admin", "secretariat"], available: true },
];

export function navItemsFor(role: Role | null): NavItem[] {
  return NAV_ITEMS.filter((i) => i.available && (!i.roles || (role !== null && i.roles.includes(role))));
}
