// Local drafts: what is kept, what is refused when read back, and that signing out removes them all.
import { describe, expect, it } from "vitest";
import { DRAFT_MAX_AGE_MS, DRAFT_PREFIX, readDraft, removeAllDrafts, removeDraft, writeDraft } from "~/components/forms/form-draft";

/** The Web Storage interface over a Map: the browser's localStorage in a test without a browser. */
class MemoryStorage implements Storage {
  private items = new Map<string, string>();
  get length() {
    return this.items.size;
  }
  clear() {
    this.items.clear();
  }
  getItem(key: string) {
    return this.items.get(key) ?? null;
  }
  key(index: number) {
    return [...this.items.keys()][index] ?? null;
  }
  removeItem(key: string) {
    this.items.delete(key);
  }
  setItem(key: string, value: string) {
    this.items.set(key, value);
  }
}

const draft = (savedAt: number) => ({
  savedAt,
  fields: [["title", "Meeting with the ministry"], ["visibility", "coalition"]] as [string, string][],
  state: { measures: ["appoint-focal-point"], units: ["a-72-884#45"] },
});

describe("local drafts", () => {
  it("reads back what was written, until removed", () => {
    const storage = new MemoryStorage();
    writeDraft(storage, "action:new", draft(1000));
    expect(readDraft(storage, "action:new", 2000)).toEqual(draft(1000));
    expect(readDraft(storage, "record:new:commitment", 2000)).toBeNull();
    removeDraft(storage, "action:new");
    expect(readDraft(storage, "action:new", 2000)).toBeNull();
  });

  it("drops a draft older than a week, or one that is not a draft", () => {
    const storage = new MemoryStorage();
    writeDraft(storage, "old", draft(0));
    expect(readDraft(storage, "old", DRAFT_MAX_AGE_MS + 1)).toBeNull();
    expect(storage.length).toBe(0);
    storage.setItem(`${DRAFT_PREFIX}bad`, JSON.stringify({ savedAt: 1, fields: [["a", 1]], state: {} }));
    expect(readDraft(storage, "bad", 2)).toBeNull();
    storage.setItem(`${DRAFT_PREFIX}garbled`, "{not json");
    expect(readDraft(storage, "garbled", 2)).toBeNull();
    storage.setItem(`${DRAFT_PREFIX}proto`, '{"__proto__": {"savedAt": 1}}');
    expect(readDraft(storage, "proto", 2)).toBeNull();
  });

  it("removes every draft, and nothing else, on sign-out", () => {
    const storage = new MemoryStorage();
    writeDraft(storage, "action:new", draft(1));
    writeDraft(storage, "record:new:commitment", draft(1));
    storage.setItem("other", "kept");
    removeAllDrafts(storage);
    expect(storage.length).toBe(1);
    expect(storage.getItem("other")).toBe("kept");
  });
});
