/*
 * Ribbon commands (ExecuteFunction). Each is registered under the FunctionName that manifest.xml
 * names. Their jobs (recode, check, generate) are wired to the engine by the task-pane issue; until
 * then each one opens the task pane, where the job is done, and always completes the event so the
 * ribbon button does not stay busy.
 */
import { COMMAND_IDS, type CommandId } from "./commandIds";

async function openPane(event: Office.AddinCommands.Event): Promise<void> {
  try {
    await Office.addin.showAsTaskpane();
  } catch (error) {
    // showAsTaskpane needs the shared runtime; without it the user opens the pane from the ribbon.
    console.error("Diversity Request: could not open the task pane", error);
  } finally {
    event.completed();
  }
}

const handlers: Record<CommandId, (event: Office.AddinCommands.Event) => Promise<void>> = {
  recodeAges: openPane,
  recodeNationalities: openPane,
  checkSmallCells: openPane,
  generateRequest: openPane,
};

Office.onReady(() => {
  for (const id of COMMAND_IDS) Office.actions.associate(id, handlers[id]);
});
