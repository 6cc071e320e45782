/*
 * The ribbon commands' message dialog: one catalogue message in the user's language, with a Close
 * button. Parameters arrive in the query string; only known message keys are shown.
 */
import { createRoot } from "react-dom/client";
import { Body1, Button, FluentProvider, makeStyles, tokens, webLightTheme } from "@fluentui/react-components";
import { t, type Lang } from "../core";
import { noticeText } from "./noticeText";

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    alignItems: "flex-start",
    gap: tokens.spacingVerticalL,
    padding: tokens.spacingHorizontalL,
  },
});

function Notice({ lang, text, onClose }: { lang: Lang; text: string; onClose: () => void }) {
  const styles = useStyles();
  return (
    <FluentProvider theme={webLightTheme} lang={lang}>
      <main className={styles.root}>
        <Body1 role="status" aria-live="polite">
          {text}
        </Body1>
        {/* The dialog opens on this button, so Enter or Escape-then-Enter closes it from the keyboard. */}
        <Button appearance="primary" onClick={onClose} autoFocus>
          {t(lang, "notice.close")}
        </Button>
      </main>
    </FluentProvider>
  );
}

Office.onReady(() => {
  const { lang, text } = noticeText(window.location.search);
  document.documentElement.lang = lang;
  const root = document.getElementById("root");
  if (!root) throw new Error("notice.html has no #root element");
  createRoot(root).render(<Notice lang={lang} text={text} onClose={() => Office.context.ui.messageParent("close")} />);
});
