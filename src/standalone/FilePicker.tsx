/** The page's file picker: open (button or drop), the refusal if any, and Download once a file is open. */
import {
  Button,
  Caption1,
  MessageBar,
  MessageBarBody,
  Spinner,
  Tooltip,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { ArrowDownloadRegular, FolderOpenRegular } from "@fluentui/react-icons";
import { useRef } from "react";
import type { Translator } from "../taskpane/i18n";
import { testIds } from "../taskpane/testIds";

const useStyles = makeStyles({
  drop: {
    border: `2px dashed ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusLarge,
    padding: tokens.spacingHorizontalXL,
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
    alignItems: "flex-start",
  },
  fileRow: { display: "flex", alignItems: "center", gap: tokens.spacingHorizontalM, flexWrap: "wrap" },
});

export function FilePicker({
  tr,
  onOpen,
  loading,
  error,
  opened,
  saving,
  onDownload,
}: {
  tr: Translator["tr"];
  onOpen: (file: File) => void;
  loading: boolean;
  error: string | null;
  /** The open file's name, or null. */
  opened: string | null;
  saving: boolean;
  onDownload: () => void;
}) {
  const styles = useStyles();
  const input = useRef<HTMLInputElement>(null);
  return (
    <div
      className={styles.drop}
      onDragOver={(e) => e.preventDefault()}
      onDrop={(e) => {
        e.preventDefault();
        const file = e.dataTransfer.files[0];
        if (file) onOpen(file);
      }}
    >
      <input
        ref={input}
        id="xlsx-file"
        type="file"
        accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
        data-testid={testIds.fileInput}
        aria-label={tr("standalone.open")}
        style={{ display: "none" }}
        onChange={(e) => {
          const file = e.currentTarget.files?.[0];
          if (file) onOpen(file);
          e.currentTarget.value = "";
        }}
      />
      <Button appearance="primary" icon={<FolderOpenRegular />} onClick={() => input.current?.click()}>
        {tr("standalone.open")}
      </Button>
      <Caption1>{tr("standalone.drop")}</Caption1>
      {loading && <Spinner size="tiny" label={tr("pane.busy.open")} />}
      {error && (
        <MessageBar intent="error">
          <MessageBarBody>{error}</MessageBarBody>
        </MessageBar>
      )}
      {opened && (
        <div className={styles.fileRow}>
          <Caption1>{tr("standalone.file", { name: opened })}</Caption1>
          <Tooltip content={tr("standalone.downloadHint")} relationship="description">
            <Button
              icon={saving ? <Spinner size="tiny" /> : <ArrowDownloadRegular />}
              disabled={saving}
              onClick={onDownload}
              data-testid={testIds.downloadNow}
            >
              {tr(saving ? "standalone.saving" : "standalone.download")}
            </Button>
          </Tooltip>
        </div>
      )}
    </div>
  );
}
