// The callers of the authorization matrix and the groups the procedure tables name.
import type { Viewer } from "~/server/auth/policy";

export const CALLERS = ["anonymous", "parliamentarian", "member", "secretariat", "admin"] as const;
export type Caller = (typeof CALLERS)[number];

export const everyone: Caller[] = [...CALLERS];
export const signedIn: Caller[] = ["parliamentarian", "member", "secretariat", "admin"];
export const staff: Caller[] = ["secretariat", "admin"];
export const adminOnly: Caller[] = ["admin"];
export const coalition: Caller[] = ["member", "secretariat", "admin"];

export interface Entry {
  allowed: Caller[];
  input?: (viewer: Viewer | null) => Promise<unknown> | unknown;
}
