"use client";
// Last resort when the layout itself fails: no translations are available here, so both languages.
export default function GlobalError({ error }: { error: Error & { digest?: string } }) {
  return (
    <html lang="zh-CN">
      <body style={{ fontFamily: "system-ui, sans-serif", padding: "2rem" }}>
        <h1>出了点问题 · Something went wrong</h1>
        <p>参考编号 · Reference: {error.digest ?? "—"}</p>
        <p>
          <a href="/">首页 · Home</a>
        </p>
      </body>
    </html>
  );
}
