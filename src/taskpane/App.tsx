import { Suspense, useEffect, useMemo, useRef, useState, type ReactNode } from "react";
import {
  Body1,
  Caption1,
  FluentProvider,
  MessageBar,
  MessageBarBody,
  Spinner,
  Subtitle2,
  Tab,
  TabList,
  Text,
  Title3,
  makeStyles,
  tokens,
  webDarkTheme,
  webLightTheme,
} from "@fluentui/react-components";
import type { Lang, MessageKey } from "../core";
import type { WorkbookPort } from "../workbook/port";
import { usePaneBridge, type PaneBridge } from "./commandBridge";
import { LanguageSwitch } from "./components/LanguageSwitch";
import { StatusArea } from "./components/StatusArea";
import { WorkbookNotes } from "./components/WorkbookNotes";
import { TranslatorContext, translator, useTr } from "./i18n";
import { STEPS, type StepId } from "./steps";
import { DecideStep } from "./steps/DecideStep";
import { DescribeStep, MotivateStep, RequestStep, ResultsStep } from "./steps/stepSource";
import { usePageData } from "./pageData";
import { testIds } from "./testIds";
import { type Checker } from "../solver/checker";
import { workerChecker } from "../solver/workerChecker";
import { usePane } from "./usePane";
import type { Host } from "./blockers";

export type { Host } from "./blockers";

export interface AppProps {
  host: Host;
  initialLang: Lang;
  port: WorkbookPort;
  /** ISO yyyy-mm-dd: today, passed in so the pane is deterministic in tests. */
  today: string;
  dark?: boolean;
  /** After generating: go to the sheet (Excel) or download the workbook (standalone). */
  onGoToSheet?: (sheet: string) => void;
  goToLabel?: MessageKey;
  /** Shown above the steps (the standalone page's file picker). */
  top?: ReactNode;
  /** With a shared runtime: the ribbon commands' way into this pane. */
  bridge?: PaneBridge;
  /** Told when the analyst switches the language, so the page around the pane can follow. */
  onLangChange?: (lang: Lang) => void;
  /** Makes the copy to send (request sheet only), where the face can: the standalone page. */
  onSendCopy?: () => void;
  /** Runs the small-cell check and its audit: in a Web Worker unless a test says otherwise. */
  checker?: Checker;
  /** Find the data as soon as the pane opens: the standalone page has a file and no selection. */
  autoDetect?: boolean;
}

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalM,
    padding: tokens.spacingHorizontalM,
    minHeight: "100vh",
    boxSizing: "border-box",
  },
  header: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
  headerRow: {
    display: "flex",
    alignItems: "flex-end",
    justifyContent: "space-between",
    gap: tokens.spacingHorizontalM,
    flexWrap: "wrap",
  },
  language: { minWidth: "140px" },
  tabs: { flexWrap: "wrap" },
  panel: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  footer: { marginTop: "auto", color: tokens.colorNeutralForeground3 },
});

/** A later step while its code or data are still on their way (rarely seen: they load during step 1). */
function Loading() {
  const { tr } = useTr();
  return <Spinner size="small" label={tr("pane.loading")} data-testid={testIds.stepLoading} />;
}

export function App({
  host,
  initialLang,
  port,
  today,
  dark = false,
  onGoToSheet,
  goToLabel,
  top,
  bridge,
  onLangChange,
  checker = workerChecker,
  onSendCopy,
  autoDetect = false,
}: AppProps) {
  const styles = useStyles();
  const [lang, setLang] = useState<Lang>(initialLang);
  const [step, setStep] = useState<StepId>("decide");
  const tr = useMemo(() => translator(lang), [lang]);
  const pageData = usePageData();
  const pane = usePane(port, today, lang, checker, host, pageData.ready);
  usePaneBridge(bridge, pane, lang, setStep);
  const current = STEPS.findIndex((s) => s.id === step);

  // The page opened a file: its table is found at once, with the saved roles, once they are back.
  const detectedOnOpen = useRef(false);
  const { settingsReady, detectData } = pane;
  useEffect(() => {
    if (!autoDetect || !settingsReady || detectedOnOpen.current) return;
    detectedOnOpen.current = true;
    void detectData();
  }, [autoDetect, detectData, settingsReady]);

  const def = STEPS[current] ?? STEPS[0]!;

  return (
    <FluentProvider theme={dark ? webDarkTheme : webLightTheme} lang={lang}>
      <TranslatorContext.Provider value={tr}>
        <main className={styles.root} data-testid={testIds.app}>
          <header className={styles.header}>
            <div className={styles.headerRow}>
              <Title3 as="h1">{tr.tr("app.title")}</Title3>
              <LanguageSwitch
                className={styles.language}
                lang={lang}
                onChange={(next) => {
                  setLang(next);
                  onLangChange?.(next);
                }}
              />
            </div>
            <Caption1>{tr.tr("app.tagline")}</Caption1>
            <Caption1>{tr.tr(host === "excel" ? "host.excel" : "host.standalone")}</Caption1>
          </header>

          {top}

          <nav aria-label={tr.tr("steps.label")}>
            <TabList
              className={styles.tabs}
              data-testid={testIds.stepNav}
              selectedValue={step}
              onTabSelect={(_, data) => setStep(data.value as StepId)}
              size="small"
            >
              {STEPS.map((s, i) => (
                <Tab key={s.id} value={s.id} data-testid={testIds.stepTab(s.id)}>
                  {`${i + 1}. ${tr.tr(s.title)}`}
                </Tab>
              ))}
            </TabList>
          </nav>

          <WorkbookNotes pane={pane} />

          <StatusArea busy={pane.busy} message={pane.message} onCancel={pane.cancel} onDismiss={pane.dismiss} />

          <section
            className={styles.panel}
            role="tabpanel"
            aria-label={tr.tr(def.title)}
            data-testid={testIds.stepPanel(def.id)}
          >
            <Text size={200}>{tr.tr("step.position", { n: current + 1, total: STEPS.length })}</Text>
            <Subtitle2 as="h2">{tr.tr(def.title)}</Subtitle2>
            <Body1>{tr.tr(def.summary)}</Body1>
            {step === "decide" && <DecideStep pane={pane} />}
            {step !== "decide" && pageData.error !== null && (
              <MessageBar intent="error" data-testid={testIds.pageDataFailed}>
                <MessageBarBody>{tr.tr("pane.error.pageData")}</MessageBarBody>
              </MessageBar>
            )}
            {step !== "decide" && pageData.error === null && !pageData.ready && <Loading />}
            {step !== "decide" && pageData.ready && (
              <Suspense fallback={<Loading />}>
                {step === "motivate" && <MotivateStep pane={pane} />}
                {step === "describe" && <DescribeStep pane={pane} />}
                {step === "request" && (
                  <RequestStep
                    pane={pane}
                    host={host}
                    {...(onGoToSheet ? { onGoToSheet } : {})}
                    {...(goToLabel ? { goToLabel } : {})}
                    {...(onSendCopy
                      ? { onSendCopy }
                      : pane.sendCopy
                        ? { onSendCopy: () => void pane.sendCopy?.() }
                        : {})}
                  />
                )}
                {step === "results" && (
                  <ResultsStep
                    pane={pane}
                    port={port}
                    {...(onGoToSheet ? { onGoToSheet } : {})}
                    {...(goToLabel ? { goToLabel } : {})}
                  />
                )}
              </Suspense>
            )}
          </section>

          <footer className={styles.footer}>
            <Caption1>{tr.tr("app.privacy")}</Caption1>
          </footer>
        </main>
      </TranslatorContext.Provider>
    </FluentProvider>
  );
}
