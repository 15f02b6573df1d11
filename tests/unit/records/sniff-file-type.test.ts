import { describe, expect, it } from "vitest";
import { sniffFileType } from "~/server/services/uploads/sniff-file-type";

const bytes = (...parts: (string | number[])[]) =>
  new Uint8Array(parts.flatMap((p) => (typeof p === "string" ? [...p].map((c) => c.charCodeAt(0)) : p)));

describe("file type by magic bytes", () => {
  it("recognises PDFs, images and office files", () => {
    expect(sniffFileType(bytes("%PDF-1.7\n"), "letter.pdf")?.mime).toBe("application/pdf");
    expect(sniffFileType(bytes([0x89], "PNG", [0x0d, 0x0a, 0x1a, 0x0a]), "x.png")?.mime).toBe("image/png");
    expect(sniffFileType(bytes([0xff, 0xd8, 0xff, 0xe0]), "photo.jpeg")?.mime).toBe("image/jpeg");
    expect(sniffFileType(bytes("RIFF", [0, 0, 0, 0], "WEBP"), "a.webp")?.mime).toBe("image/webp");
    expect(sniffFileType(bytes("PK", [3, 4]), "brief.docx")?.ext).toBe("docx");
    expect(sniffFileType(bytes([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), "old.xls")?.ext).toBe("xls");
  });

  it("ignores what the name claims and refuses everything else", () => {
    expect(sniffFileType(bytes("<html><script>"), "evil.pdf")).toBeNull();
    expect(sniffFileType(bytes("<svg onload=x>"), "image.png")).toBeNull();
    expect(sniffFileType(bytes("PK", [3, 4]), "archive.zip")).toBeNull();
    expect(sniffFileType(bytes("MZ"), "setup.docx")).toBeNull();
    expect(sniffFileType(bytes("%PDF-1.4"), "renamed.exe")?.mime).toBe("application/pdf");
  });
});
