"use client";
// Last resort when the root layout itself fails: no locale is known here, so both languages,
// taken from the same message files.
import Link from "next/link";
import en from "~/server/i18n/messages/en.json";
import zh from "~/server/i18n/messages/zh.json";

export default function GlobalError({ error }: { error: Error & { digest?: string } }) {
  return (
    <html lang="zh-CN">
      <body style={{ fontFamily: "system-ui, sans-serif", padding: "2rem", lineHeight: 1.6 }}>
        <h1>
          {zh.errors.title} · <span lang="en">{en.errors.title}</span>
        </h1>
        <p>{zh.errors.lead}</p>
        <p lang="en">{en.errors.lead}</p>
        <p>
          <code>{error.digest ?? "—"}</code>
        </p>
        <p>
          <Link href="/">
            {zh.errors.goHome} · <span lang="en">{en.errors.goHome}</span>
          </Link>
        </p>
      </body>
    </html>
  );
}
