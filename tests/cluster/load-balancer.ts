// nginx in front of the instances, configured from deploy/nginx-r2p.conf.template — the same file
// compose.yaml uses — with only the upstream servers and the listen address filled in.
import { type ChildProcess, spawn } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { run, waitFor } from "./process-tools";

const TEMPLATE = path.resolve(import.meta.dirname, "../../deploy/nginx-r2p.conf.template");

export function siteConfig(listen: string, upstreams: string[]) {
  const servers = upstreams.map((u) => `server ${u} max_fails=1 fail_timeout=5s;`).join("\n  ");
  return fs.readFileSync(TEMPLATE, "utf8").replace("# __UPSTREAM_SERVERS__", servers).replace("__LISTEN__", listen);
}

export class LoadBalancer {
  private child: ChildProcess | undefined;
  private readonly mainConfig: string;
  private readonly site: string;

  constructor(
    private readonly dir: string,
    readonly port: number,
  ) {
    fs.mkdirSync(dir, { recursive: true });
    this.site = path.join(dir, "site.conf");
    this.mainConfig = path.join(dir, "nginx.conf");
    fs.writeFileSync(
      this.mainConfig,
      [
        "daemon off;",
        "worker_processes 1;",
        `pid ${dir}/nginx.pid;`,
        `error_log ${dir}/error.log warn;`,
        "events { worker_connections 1024; }",
        "http {",
        "  access_log off;",
        `  client_body_temp_path ${dir}/body;`,
        `  proxy_temp_path ${dir}/proxy;`,
        `  include ${this.site};`,
        "}",
      ].join("\n"),
    );
  }

  get url() {
    return `http://127.0.0.1:${this.port}`;
  }

  async start(upstreams: string[]) {
    fs.writeFileSync(this.site, siteConfig(`127.0.0.1:${this.port}`, upstreams));
    this.child = spawn("nginx", ["-c", this.mainConfig, "-p", this.dir], { stdio: "inherit" });
    await waitFor("nginx to answer", async () => (await fetch(`${this.url}/api/v1/health`)).ok, 20_000);
  }

  /** Points the balancer at other instances; in-flight requests finish on the old workers. */
  async route(upstreams: string[]) {
    fs.writeFileSync(this.site, siteConfig(`127.0.0.1:${this.port}`, upstreams));
    await run("nginx", ["-c", this.mainConfig, "-p", this.dir, "-s", "reload"]);
    // The reload is done when the old worker has gone; until then a request may use either config.
    await waitFor("nginx to reload", async () => (await fetch(`${this.url}/api/v1/health`)).ok, 10_000);
  }

  async stop() {
    this.child?.kill("SIGQUIT");
  }
}
