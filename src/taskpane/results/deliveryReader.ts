/**
 * The KSZ's answer files as the analyst picks them in the pane or the page: sheets of cells, or the
 * reason a file cannot be read (encrypted with PGP, an old .xls, neither .xlsx nor CSV), in words.
 * ExcelJS is fetched only when an .xlsx answer is opened: step 5 never weighs on the pane's start.
 */
import type { DeliverySheet, MessageKey } from "../../core";
import { csvDelivery, xlsxDelivery } from "../../workbook/deliveryFiles";
import { HEAD_BYTES, kindOfBytes, unreadableKey } from "../../workbook/fileKind";

export type DeliveryFileRead =
  { ok: true; sheets: DeliverySheet[] } | { ok: false; key: MessageKey; params: { file: string } };

export async function readDeliveryFile(name: string, bytes: ArrayBuffer): Promise<DeliveryFileRead> {
  const view = new Uint8Array(bytes);
  const kind = kindOfBytes(view.subarray(0, HEAD_BYTES), name);
  if (kind === "csv") return { ok: true, sheets: csvDelivery(view, name) };
  if (kind === "xlsx") {
    try {
      const { readXlsxBuffer } = await import(
        /* webpackChunkName: "xlsx-reader" */ "../../workbook/exceljs/readBuffer"
      );
      return { ok: true, sheets: xlsxDelivery(await readXlsxBuffer(bytes, name), name) };
    } catch {
      return { ok: false, key: "cli.error.damaged", params: { file: name } };
    }
  }
  if (kind === "unknown") return { ok: false, key: "cli.error.deliveryKind", params: { file: name } };
  return { ok: false, key: unreadableKey(kind), params: { file: name } };
}
