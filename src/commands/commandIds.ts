/** FunctionName values of the ribbon's ExecuteFunction buttons; manifest.xml uses the same names. */
export const COMMAND_IDS = ["recodeAges", "recodeNationalities", "checkSmallCells", "generateRequest"] as const;
export type CommandId = (typeof COMMAND_IDS)[number];
