// MAIL_DROP_DIR: a copy of every outgoing message, in full, one JSON file each — for automated tests
// (unit, integration and e2e read the one-time links from here, since the mailbox redacts them).
// Never set it in production: the files hold live secrets.
import fs from "node:fs/promises";
import path from "node:path";
import { env } from "~/server/env";

export interface DroppedMail {
  id: string;
  to: string;
  subject: string;
  text: string;
  createdAt: string;
}

export async function dropMail(mail: DroppedMail): Promise<void> {
  if (!env.MAIL_DROP_DIR) return;
  await fs.mkdir(env.MAIL_DROP_DIR, { recursive: true, mode: 0o700 });
  // Names sort in sending order; the id keeps two messages of the same millisecond apart.
  const name = `${Date.now().toString().padStart(15, "0")}-${mail.id}.json`;
  await fs.writeFile(path.join(env.MAIL_DROP_DIR, name), JSON.stringify(mail), { mode: 0o600 });
}
