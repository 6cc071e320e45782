import { Button, MessageBar, MessageBarBody } from "@fluentui/react-components";
import { SaveRegular } from "@fluentui/react-icons";
import { useTr } from "../i18n";
import { testIds } from "../testIds";
import type { PaneApi } from "../usePane";

/**
 * What Excel's undo keeps, said before the first step that writes (on this host: each step one undo
 * step, or every write clearing the history), the choices that are not in the workbook yet, with a
 * way to save them now, a co-author's choices saved meanwhile, with the analyst's two ways on, and a
 * workbook open read-only, where what is written is kept only in a copy. Nothing on a file, where the
 * input is never written.
 */
export function WorkbookNotes({ pane }: { pane: PaneApi }) {
  const { tr } = useTr();
  if (pane.host !== "excel") return null;
  return (
    <>
      {pane.detected?.source.readOnly && (
        <MessageBar intent="warning" data-testid={testIds.readOnly}>
          <MessageBarBody>{tr("pane.readOnly")}</MessageBarBody>
        </MessageBar>
      )}
      {pane.undoSupport && !pane.wroteThisSession && (
        <MessageBar intent={pane.undoSupport === "cleared" ? "warning" : "info"} data-testid={testIds.undoNotice}>
          <MessageBarBody>{tr(pane.undoSupport === "cleared" ? "undo.cleared" : "undo.steps")}</MessageBarBody>
        </MessageBar>
      )}
      {pane.conflict && (
        // A co-author saved since the pane read the choices: nothing of theirs is overwritten unasked.
        <MessageBar intent="warning" data-testid={testIds.conflict}>
          <MessageBarBody>
            {tr("error.changedElsewhere")}
            <div style={{ display: "flex", gap: 8, flexWrap: "wrap" }}>
              <Button disabled={pane.busy !== null} onClick={() => void pane.resolveConflict("theirs")}>
                {tr("pane.conflict.theirs")}
              </Button>
              <Button disabled={pane.busy !== null} onClick={() => void pane.resolveConflict("mine")}>
                {tr("pane.conflict.mine")}
              </Button>
            </div>
          </MessageBarBody>
        </MessageBar>
      )}
      {pane.unsaved && !pane.conflict && (
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
