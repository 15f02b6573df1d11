// The body of GET /api/session, apart from reading the cookie: who is signed in, the menu entries
// only their permissions show, and their unread notifications. Never cached by anyone.
import { NextResponse } from "next/server";
import { navItemsFor } from "~/components/layout/nav-items";
import type { Viewer } from "~/server/auth/policy";
import { sessionSummary } from "~/server/auth/session-summary";

export async function sessionResponse(viewer: Viewer | null) {
  const summary = await sessionSummary(viewer);
  // Only the items that depend on a permission: the public ones are already in the static header.
  const nav = navItemsFor(viewer)
    .filter((i) => i.requires)
    .map((i) => i.key);
  return NextResponse.json({ ...summary, nav }, { headers: { "Cache-Control": "private, no-store" } });
}
