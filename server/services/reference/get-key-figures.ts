import { count, isNull } from "drizzle-orm";
import { db } from "~/db/client";
import { country, organization, regionalOrganization } from "~/db/schema";

export async function getKeyFigures() {
  const [[states], [regional], [coalition]] = await Promise.all([
    db.select({ n: count() }).from(country),
    db.select({ n: count() }).from(regionalOrganization),
    db.select({ n: count() }).from(organization).where(isNull(organization.deletedAt)),
  ]);
  return {
    states: Number(states?.n ?? 0),
    regionalOrganizations: Number(regional?.n ?? 0),
    coalitionOrganizations: Number(coalition?.n ?? 0),
  };
}
