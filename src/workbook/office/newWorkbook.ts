/** A new workbook in Excel from .xlsx bytes (Excel.createWorkbook, ExcelApi 1.8): the copy to send. */

/** Excel.createWorkbook where the host has it; null below ExcelApi 1.8 or outside Office. */
export function defaultNewWorkbook(): ((base64: string) => Promise<void>) | null {
  if (typeof Office === "undefined" || typeof Excel === "undefined") return null;
  if (!Office.context?.requirements?.isSetSupported("ExcelApi", "1.8")) return null;
  return (base64) => Excel.createWorkbook(base64);
}

/** Base64 of bytes, in slices so a large file never overflows the argument list. */
export function base64Of(bytes: ArrayBuffer): string {
  const view = new Uint8Array(bytes);
  let text = "";
  for (let i = 0; i < view.length; i += 0x8000) text += String.fromCharCode(...view.subarray(i, i + 0x8000));
  return btoa(text);
}
