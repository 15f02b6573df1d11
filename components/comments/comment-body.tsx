// A comment's text as React elements: the safe markup subset (server/markup/comment-markup.ts),
// never HTML. Mentions show the person's current name when the server sent it.
import { Fragment } from "react";
import { parseCommentBody } from "~/server/markup/comment-markup";

export function CommentBody({ body, names = {} }: { body: string; names?: Record<string, string> }) {
  const lines = parseCommentBody(body);
  return (
    <div className="text-sm leading-6 break-words">
      {lines.map((segments, i) => (
        <Fragment key={i}>
          {i > 0 && <br />}
          {segments.map((s, j) => {
            switch (s.type) {
              case "bold":
                return <strong key={j}>{s.text}</strong>;
              case "italic":
                return <em key={j}>{s.text}</em>;
              case "link":
                return (
                  <a key={j} href={s.href} rel="noopener noreferrer nofollow" target="_blank" className="text-brand-700 underline">
                    {s.text}
                  </a>
                );
              case "mention":
                return (
                  <span key={j} className="rounded bg-brand-50 px-1 font-medium text-brand-800">
                    @{names[s.userId] ?? s.text}
                  </span>
                );
              default:
                return <Fragment key={j}>{s.text}</Fragment>;
            }
          })}
        </Fragment>
      ))}
    </div>
  );
}
