// Bounds of the database's column types, for input schemas: a value outside them would be refused by
// PostgreSQL (SQLSTATE 22003, "out of range") — a 500 unless zod refuses it first, at the boundary.
import { z } from "zod";

/** The largest PostgreSQL `integer`. */
export const INT4_MAX = 2_147_483_647;

/** An optimistic-concurrency version: services write `version + 1`, which must still fit an integer. */
export const ZVersionSchema = z.number().int().min(1).max(INT4_MAX - 1);

/** A positive `integer` (serial) id. */
export const ZSerialIdSchema = z.number().int().positive().max(INT4_MAX);
