// Everything the secretariat's dashboard shows, in one call (the queries run in parallel).
import { focalPointFigures, reviewQueueFigures, staleCountries } from "./dashboard-figures";
import { recentDecisions } from "./dashboard-recent";
import { meanScoreBy } from "./dashboard-regions";
import type { TDashboardInput } from "./dashboard-schemas";

export async function dashboardOverview({ input }: { input: TDashboardInput }) {
  const [focalPoints, queue, stale, recent, regions] = await Promise.all([
    focalPointFigures(),
    reviewQueueFigures(),
    staleCountries(),
    recentDecisions(),
    meanScoreBy(input.by),
  ]);
  return { focalPoints, queue, stale, recent, regions: { by: input.by, items: regions } };
}
