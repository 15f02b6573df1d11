// What every check gets: the instances, the balancer, the databases and signed-in sessions.
import type postgres from "postgres";
import type { Instance } from "./instances";
import type { LoadBalancer } from "./load-balancer";

export interface ClusterContext {
  instances: Instance[];
  balancer: LoadBalancer;
  primary: postgres.Sql;
  replica: postgres.Sql;
  mailDir: string;
  runId: string;
  /** A measure slug and a country to write records about. */
  measureSlug: string;
  country: string;
}

export interface Check {
  name: string;
  run(ctx: ClusterContext): Promise<string>;
}
