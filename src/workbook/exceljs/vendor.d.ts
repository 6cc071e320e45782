/** The few entry points used of packages that ship no types (Node build only). */
declare module "unzipper" {
  interface CentralDirectory {
    files: { path: string; type: "File" | "Directory"; uncompressedSize: number; stream(): NodeJS.ReadableStream }[];
  }
  const unzipper: { Open: { file(path: string): Promise<CentralDirectory> } };
  export default unzipper;
}

declare module "exceljs/lib/stream/xlsx/worksheet-reader" {
  import type ExcelJS from "exceljs";
  class WorksheetReader implements AsyncIterable<ExcelJS.Row[]> {
    constructor(init: { workbook: unknown; id: number; iterator: AsyncIterable<unknown>; options: object });
    name: string;
    state?: string;
    [Symbol.asyncIterator](): AsyncIterator<ExcelJS.Row[]>;
  }
  export = WorksheetReader;
}

declare module "exceljs/lib/utils/iterate-stream" {
  function iterateStream(stream: NodeJS.ReadableStream): AsyncIterable<unknown>;
  export = iterateStream;
}

declare module "exceljs/lib/xlsx/xform/core/relationships-xform" {
  class RelationshipsXform {
    parseStream(
      stream: AsyncIterable<unknown>,
    ): Promise<{ Id: string; Type: string; Target: string; TargetMode?: string }[]>;
  }
  export = RelationshipsXform;
}
