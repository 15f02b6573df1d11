// An arrow that points along the reading direction: "back" points to where the reader came from
// (left in English, right in Arabic), "forward" to where they go next. Unicode does not mirror
// arrows in right-to-left text, so the glyph is flipped by CSS when the page is right to left.
// Decorative: the link text says where it goes.
export function Arrow({ direction }: { direction: "back" | "forward" }) {
  return (
    <span aria-hidden="true" data-arrow={direction} className="inline-block rtl:-scale-x-100">
      {direction === "back" ? "←" : "→"}
    </span>
  );
}
