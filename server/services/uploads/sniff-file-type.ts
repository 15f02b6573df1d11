// What a file really is, from its first bytes: the name and the browser's claim are not trusted.
// Only PDFs, raster images and office documents are accepted; HTML, SVG and scripts never are.

export interface SniffedType {
  mime: string;
  ext: string;
}

// Maps, not object literals: the extension comes from the uploader, and a plain object would answer
// "x.constructor" with an inherited function instead of "not an office type".
const OFFICE_ZIP = new Map<string, string>(Object.entries({
  docx: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
  xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  pptx: "application/vnd.openxmlformats-officedocument.presentationml.presentation",
  odt: "application/vnd.oasis.opendocument.text",
  ods: "application/vnd.oasis.opendocument.spreadsheet",
  odp: "application/vnd.oasis.opendocument.presentation",
}));
const OFFICE_OLE = new Map<string, string>(Object.entries({
  doc: "application/msword",
  xls: "application/vnd.ms-excel",
  ppt: "application/vnd.ms-powerpoint",
}));

const startsWith = (bytes: Uint8Array, sig: number[], at = 0) => sig.every((b, i) => bytes[at + i] === b);
const ascii = (s: string) => [...s].map((c) => c.charCodeAt(0));

/** The type by magic bytes, checked against the name's extension for containers (zip, OLE); null when refused. */
export function sniffFileType(bytes: Uint8Array, fileName: string): SniffedType | null {
  const ext = fileName.toLowerCase().split(".").pop() ?? "";
  if (startsWith(bytes, ascii("%PDF-"))) return { mime: "application/pdf", ext: "pdf" };
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return { mime: "image/png", ext: "png" };
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return { mime: "image/jpeg", ext: "jpg" };
  if (startsWith(bytes, ascii("GIF87a")) || startsWith(bytes, ascii("GIF89a"))) return { mime: "image/gif", ext: "gif" };
  if (startsWith(bytes, ascii("RIFF")) && startsWith(bytes, ascii("WEBP"), 8)) return { mime: "image/webp", ext: "webp" };
  // Office Open XML and OpenDocument are zip files: the zip signature plus a matching extension.
  const zipMime = OFFICE_ZIP.get(ext);
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04]) && zipMime) return { mime: zipMime, ext };
  const oleMime = OFFICE_OLE.get(ext);
  if (startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]) && oleMime) return { mime: oleMime, ext };
  return null;
}
