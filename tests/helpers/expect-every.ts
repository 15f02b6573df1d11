// `items.every(p)` is true of an empty list: a filter that returns nothing would pass. These checks
// fail on an empty list first, and name the items that break the rule instead of printing `false`.
import { expect } from "vitest";

/** Asserts the list is non-empty and every item satisfies the predicate; the failing items are shown. */
export function expectEvery<T>(items: readonly T[], predicate: (item: T) => boolean) {
  expect(items.length, "the list must not be empty").toBeGreaterThan(0);
  expect(items.filter((item) => !predicate(item))).toEqual([]);
}
