// For each tRPC procedure: who may call it, and how to build a valid input for a call.
// A procedure missing here fails the authorization test: place every new one in the table of its
// feature (procedure-inputs/*.ts).
import type { Entry } from "./procedure-inputs/callers";
import { COLLABORATION_PROCEDURES } from "./procedure-inputs/collaboration";
import { CONTENT_PROCEDURES } from "./procedure-inputs/content";
import { PEOPLE_PROCEDURES } from "./procedure-inputs/people";
import { RECORD_PROCEDURES } from "./procedure-inputs/records";

export { CALLERS, type Caller } from "./procedure-inputs/callers";

export const PROCEDURES: Record<string, Entry> = {
  ...PEOPLE_PROCEDURES,
  ...COLLABORATION_PROCEDURES,
  ...CONTENT_PROCEDURES,
  ...RECORD_PROCEDURES,
};
