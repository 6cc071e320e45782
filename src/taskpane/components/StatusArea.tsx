import {
  Button,
  Field,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  ProgressBar,
} from "@fluentui/react-components";
import { DismissRegular } from "@fluentui/react-icons";
import type { ReactNode } from "react";
import type { Busy, PaneMessage } from "../usePane";
import { useTr } from "../i18n";
import { testIds } from "../testIds";

/** Progress of long work, with Cancel; and the last message, in the user's language. */
export function StatusArea({
  busy,
  message: shown,
  onCancel,
  onDismiss,
  place = "top",
  children,
}: {
  busy: Busy | null;
  message: PaneMessage | null;
  onCancel: () => void;
  onDismiss: () => void;
  /** Which messages this area shows: those placed here (progress shows at the top only). */
  place?: "top" | "request";
  /** Actions under the message (go to the sheet). */
  children?: ReactNode;
}) {
  const { tr, num } = useTr();
  const message = shown && (shown.place ?? "top") === place ? shown : null;
  if (place !== "top") busy = null;
  return (
    <div aria-live="polite">
      {busy && (
        <div data-testid={testIds.busy} style={{ display: "flex", gap: 8, alignItems: "flex-end" }}>
          <Field
            label={tr(busy.label)}
            hint={busy.total > 0 ? tr("pane.progress", { done: num(busy.done), total: num(busy.total) }) : undefined}
            style={{ flexGrow: 1 }}
          >
            <ProgressBar value={busy.total > 0 ? busy.done / busy.total : undefined} />
          </Field>
          <Button onClick={onCancel} data-testid={testIds.cancel}>
            {tr("pane.cancel")}
          </Button>
        </div>
      )}
      {message && (
        <MessageBar intent={message.intent} data-testid={testIds.message}>
          <MessageBarBody>
            {message.intent === "error" && <MessageBarTitle>{tr("pane.error.title")}</MessageBarTitle>}
            {tr(message.key, {
              ...(message.params &&
                Object.fromEntries(
                  Object.entries(message.params).map(([k, v]) => [k, typeof v === "number" ? num(v) : v]),
                )),
              ...(message.detail && { detail: tr(message.detail.key, message.detail.params) }),
            })}
            {message.notes?.map((note) => (
              <div key={note.key} data-testid={testIds.messageNote}>
                {tr(note.key, note.params)}
              </div>
            ))}
            {children}
          </MessageBarBody>
          <MessageBarActions
            containerAction={
              <Button
                aria-label={tr("pane.dismiss")}
                appearance="transparent"
                icon={<DismissRegular />}
                onClick={onDismiss}
              />
            }
          />
        </MessageBar>
      )}
    </div>
  );
}
