// Snippet text with its matches wrapped in <mark>, built as React nodes (never as HTML). The marks are
// styled by their list (search-results.css), not each by its own utilities.
export function Highlighted({ text, matches }: { text: string; matches: [number, number][] }) {
  const parts: React.ReactNode[] = [];
  let at = 0;
  matches.forEach(([start, end], i) => {
    if (start < at || end > text.length) return;
    if (start > at) parts.push(text.slice(at, start));
    parts.push(
      <mark key={i}>{text.slice(start, end)}</mark>,
    );
    at = end;
  });
  if (at < text.length) parts.push(text.slice(at));
  return <>{parts}</>;
}
