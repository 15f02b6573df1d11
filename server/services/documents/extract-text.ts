// Text out of an uploaded file: plain text must be valid UTF-8; a PDF's text layer is read with
// unpdf (pdf.js). A file we cannot read is refused whole, with the reason, and nothing is saved.
import { extractText as extractPdfText, getDocumentProxy } from "unpdf";
import { AppError } from "~/server/errors";

const unreadable = (reason: string, messageKey = "fileUnreadable") =>
  new AppError("BAD_REQUEST", `the file could not be read: ${reason}`, {
    messageKey,
    details: { field: "file", reason },
  });

export function decodeBase64(contentBase64: string): Uint8Array {
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(contentBase64)) throw unreadable("not base64");
  return new Uint8Array(Buffer.from(contentBase64, "base64"));
}

async function pdfText(bytes: Uint8Array): Promise<string> {
  let pages: string[];
  try {
    const pdf = await getDocumentProxy(new Uint8Array(bytes));
    ({ text: pages } = await extractPdfText(pdf, { mergePages: false }));
  } catch {
    throw unreadable("not a readable PDF");
  }
  // Pages become blank-line separated, the way the vendored texts were extracted.
  const text = pages.join("\n\n").replace(/\r\n?/g, "\n");
  // A scanned PDF has no text layer: say so instead of saving an empty document.
  if (text.trim() === "") throw unreadable("no text layer", "pdfNoText");
  return text;
}

export async function extractText(fileName: string, bytes: Uint8Array): Promise<string> {
  const isPdf = /\.pdf$/i.test(fileName);
  const looksPdf = Buffer.from(bytes.subarray(0, 5)).toString("latin1") === "%PDF-";
  if (isPdf || looksPdf) {
    if (!looksPdf) throw unreadable("not a PDF");
    return pdfText(bytes);
  }
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    throw unreadable("not UTF-8 text");
  }
  // A NUL byte means a binary file that happens to decode.
  if (text.includes("\u0000")) throw unreadable("binary content");
  text = text.replace(/^\uFEFF/, "").replace(/\r\n?/g, "\n");
  if (text.trim() === "") throw unreadable("empty", "fileEmpty");
  return text;
}
