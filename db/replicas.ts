// Read replicas (DATABASE_REPLICA_URLS): their health and lag, which one a read goes to, and the wait
// that keeps a publication from being cached from a replica that has not replayed it yet (decision 020).
import type postgres from "postgres";

export interface ReplicaState {
  /** Position in DATABASE_REPLICA_URLS; the URL itself is never reported (it may hold a password). */
  index: number;
  healthy: boolean;
  /** Seconds behind the primary at the last check (0 when it has replayed all it received); null when unknown. */
  lagSeconds: number | null;
}

interface Replica<Db> {
  db: Db;
  client: postgres.Sql;
  state: ReplicaState;
}

/** A replica more than this behind is not read from until it catches up. */
export const MAX_REPLICA_LAG_SECONDS = 5;
/** How long a publication waits for the replicas before dropping the cache anyway. */
const CATCH_UP_TIMEOUT_MS = 2_000;
const CHECK_INTERVAL_MS = 2_000;

export class ReplicaSet<Db> {
  private readonly replicas: Replica<Db>[];
  private next = 0;
  private timer: NodeJS.Timeout | undefined;

  constructor(
    members: { db: Db; client: postgres.Sql }[],
    private readonly primary: postgres.Sql | null,
  ) {
    this.replicas = members.map((m, index) => ({ ...m, state: { index, healthy: true, lagSeconds: null } }));
    if (this.replicas.length > 0) {
      this.timer = setInterval(() => void this.check(), CHECK_INTERVAL_MS);
      this.timer.unref();
    }
  }

  get size() {
    return this.replicas.length;
  }

  /** Round robin over the healthy replicas; the primary (`fallback`) when none is. */
  pick(fallback: Db): Db {
    const healthy = this.replicas.filter((r) => r.state.healthy);
    if (healthy.length === 0) return fallback;
    this.next = (this.next + 1) % healthy.length;
    return healthy[this.next]!.db;
  }

  /** Asks every replica how far behind it is, and takes the unreachable or lagging ones out of rotation. */
  async check(): Promise<ReplicaState[]> {
    await Promise.all(
      this.replicas.map(async (r) => {
        try {
          const [row] = await r.client<{ lag: number | null }[]>`
            select case when pg_last_wal_receive_lsn() = pg_last_wal_replay_lsn() then 0
                        else extract(epoch from now() - pg_last_xact_replay_timestamp())::float8 end as lag`;
          r.state.lagSeconds = row?.lag ?? null;
          r.state.healthy = (row?.lag ?? 0) <= MAX_REPLICA_LAG_SECONDS;
        } catch {
          r.state.healthy = false;
          r.state.lagSeconds = null;
        }
      }),
    );
    return this.replicas.map((r) => ({ ...r.state }));
  }

  /**
   * Waits until every healthy replica has replayed the primary's WAL as of now, so that a page
   * re-rendered after a publication cannot be cached from a replica that does not have it yet.
   * A replica that does not catch up in time is taken out of rotation until its next good check.
   */
  async waitForCatchUp(): Promise<void> {
    if (this.replicas.length === 0 || !this.primary) return;
    let lsn: string;
    try {
      const [row] = await this.primary<{ lsn: string }[]>`select pg_current_wal_lsn()::text as lsn`;
      if (!row) return;
      lsn = row.lsn;
    } catch {
      return; // The write already succeeded; a primary hiccup here must not turn it into an error.
    }
    const deadline = Date.now() + CATCH_UP_TIMEOUT_MS;
    await Promise.all(
      this.replicas
        .filter((r) => r.state.healthy)
        .map(async (r) => {
          while (Date.now() < deadline) {
            try {
              const [replayed] = await r.client<{ done: boolean }[]>`
                select coalesce(pg_last_wal_replay_lsn() >= ${lsn}::pg_lsn, false) as done`;
              if (replayed?.done) return;
            } catch {
              break;
            }
            await new Promise((resolve) => setTimeout(resolve, 20));
          }
          r.state.healthy = false;
        }),
    );
  }

  async close() {
    clearInterval(this.timer);
    await Promise.all(this.replicas.map((r) => r.client.end({ timeout: 5 })));
  }
}
