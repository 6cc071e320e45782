import { Button, MessageBar, MessageBarBody } from "@fluentui/react-components";
import { SaveRegular } from "@fluentui/react-icons";
import { useTr } from "../i18n";
import { testIds } from "../testIds";
import type { PaneApi } from "../usePane";

/**
 * What Excel's undo keeps, said before the first step that writes (on this host: each step one undo
 * step, or every write clearing the history), and the choices that are not in the workbook yet, with
 * a way to save them now. Nothing on a file, where the input is never written.
 */
export function WorkbookNotes({ pane }: { pane: PaneApi }) {
  const { tr } = useTr();
  if (pane.host !== "excel") return null;
  return (
    <>
      {pane.undoSupport && !pane.wroteThisSession && (
        <MessageBar intent={pane.undoSupport === "cleared" ? "warning" : "info"} data-testid={testIds.undoNotice}>
          <MessageBarBody>{tr(pane.undoSupport === "cleared" ? "undo.cleared" : "undo.steps")}</MessageBarBody>
        </MessageBar>
      )}
      {pane.unsaved && (
        <MessageBar intent="info" data-testid={testIds.unsaved}>
          <MessageBarBody>
            {tr("pane.unsaved")}
            <div>
              <Button
                icon={<SaveRegular />}
                disabled={pane.busy !== null}
                onClick={() => void pane.saveChoices()}
                data-testid={testIds.saveChoices}
              >
                {tr("pane.saveChoices")}
              </Button>
            </div>
          </MessageBarBody>
        </MessageBar>
      )}
    </>
  );
}
