// Both languages have every message, and the navigation only offers what each role may open.
import { describe, expect, it } from "vitest";
import { navItemsFor } from "~/components/layout/nav-items";
import type { Role } from "~/server/auth/policy";
import { messageFiles, messagesByLocale, serverTranslator } from "~/server/i18n/translator";

const { zh, en } = messagesByLocale;

const keys = (o: object, prefix = ""): string[] =>
  Object.entries(o).flatMap(([k, v]) => (typeof v === "object" && v ? keys(v, `${prefix}${k}.`) : [`${prefix}${k}`]));

describe("message files", () => {
  it("have the same keys in Chinese and English", () => {
    expect(keys(zh).sort()).toEqual(keys(en).sort());
  });

  it("define each namespace in one file only", () => {
    for (const files of Object.values(messageFiles)) {
      const namespaces = files.flatMap((file) => Object.keys(file));
      expect(namespaces.length).toBe(new Set(namespaces).size);
    }
  });

  it("have no empty message", () => {
    for (const [name, messages] of [["zh", zh], ["en", en]] as const) {
      const flat = keys(messages);
      for (const key of flat) {
        const value = key.split(".").reduce<unknown>((o, k) => (o as Record<string, unknown>)[k], messages);
        expect(String(value).trim(), `${name}:${key}`).not.toBe("");
      }
    }
  });

  it("render the emails in each language with their links", () => {
    const link = "http://app.test/zh/invitations/abc";
    const zhBody = serverTranslator("zh")("mail.invitation.body", { inviter: "甲", role: "秘书处", link });
    expect(zhBody).toContain(link);
    expect(zhBody).toContain("甲");
    const enBody = serverTranslator("en")("mail.passwordReset.body", { link });
    expect(enBody).toContain(link);
  });
});

describe("navigation", () => {
  it("offers Admin to staff only", () => {
    const has = (role: Role | null) =>
      navItemsFor(role && { id: "u", email: "u@example.test", name: "U", role, organizationId: null, countryIso3: null, locale: "en", mustEnrolTwoFactor: false })
        .some((i) => i.key === "admin");
    expect(has(null)).toBe(false);
    expect(has("member")).toBe(false);
    expect(has("parliamentarian")).toBe(false);
    expect(has("secretariat")).toBe(true);
    expect(has("admin")).toBe(true);
  });

  it("shows public sections to anonymous visitors", () => {
    expect(navItemsFor(null).map((i) => i.key)).toContain("countries");
  });
});
