// The header navigation, by permission (server/auth/policy.ts). Items whose feature has not landed yet
// stay out of the menu.
import { type Permission, type Viewer, can } from "~/server/auth/policy";

export interface NavItem {
  key: "countries" | "regionalOrganizations" | "measures" | "parliamentarians" | "documents" | "search" | "actions" | "activity" | "myWork" | "review" | "dashboard" | "admin";
  href: string;
  /** The permission it needs; undefined means everyone, signed in or not. */
  requires?: Permission;
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
  { key: "actions", href: "/actions", requires: "collaboration.participate", available: true },
  { key: "activity", href: "/activity", requires: "collaboration.participate", available: true },
  { key: "myWork", href: "/my-work", requires: "account.read", available: true }, // anyone signed in
  { key: "review", href: "/review", requires: "record.review", available: true },
  { key: "dashboard", href: "/dashboard", requires: "dashboard.read", available: true },
  { key: "admin", href: "/admin", requires: "admin.access", available: true },
];

/** The menu entries that depend on who is signed in (the header's client island renders them). */
export const ROLE_ITEMS: readonly NavItem[] = NAV_ITEMS.filter((i) => i.available && i.requires);

export function navItemsFor(viewer: Viewer | null): NavItem[] {
  return NAV_ITEMS.filter((i) => i.available && (!i.requires || can(viewer, i.requires)));
}
