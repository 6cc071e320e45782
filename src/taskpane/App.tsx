import { useCallback, useMemo, useState } from "react";
import {
  Body1,
  Caption1,
  Dropdown,
  Field,
  FluentProvider,
  Option,
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
import { LANGS, t, type Lang } from "../core/i18n";
import { STEPS, type StepId } from "./steps";
import { testIds } from "./testIds";

export type Host = "excel" | "standalone";

export interface AppProps {
  host: Host;
  initialLang: Lang;
  dark?: boolean;
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
  panel: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  footer: { marginTop: "auto", color: tokens.colorNeutralForeground3 },
});

export function App({ host, initialLang, dark = false }: AppProps) {
  const styles = useStyles();
  const [lang, setLang] = useState<Lang>(initialLang);
  const [step, setStep] = useState<StepId>("decide");
  const tr = useCallback(
    (key: Parameters<typeof t>[1], params?: Parameters<typeof t>[2]) => t(lang, key, params),
    [lang],
  );
  const current = useMemo(() => STEPS.findIndex((s) => s.id === step), [step]);
  const def = STEPS[current] ?? STEPS[0]!;

  return (
    <FluentProvider theme={dark ? webDarkTheme : webLightTheme} lang={lang}>
      <main className={styles.root} data-testid={testIds.app}>
        <header className={styles.header}>
          <div className={styles.headerRow}>
            <Title3 as="h1">{tr("app.title")}</Title3>
            <Field label={tr("lang.label")} className={styles.language} size="small">
              <Dropdown
                data-testid={testIds.languageSwitch}
                size="small"
                value={tr(`lang.${lang}`)}
                selectedOptions={[lang]}
                onOptionSelect={(_, data) => {
                  const next = LANGS.find((l) => l === data.optionValue);
                  if (next) setLang(next);
                }}
              >
                {LANGS.map((l) => (
                  <Option key={l} value={l} text={t(l, `lang.${l}`)}>
                    {t(l, `lang.${l}`)}
                  </Option>
                ))}
              </Dropdown>
            </Field>
          </div>
          <Caption1>{tr("app.tagline")}</Caption1>
          <Caption1>{tr(host === "excel" ? "host.excel" : "host.standalone")}</Caption1>
        </header>

        <nav aria-label={tr("steps.label")}>
          <TabList
            data-testid={testIds.stepNav}
            selectedValue={step}
            onTabSelect={(_, data) => setStep(data.value as StepId)}
            size="small"
          >
            {STEPS.map((s, i) => (
              <Tab key={s.id} value={s.id} data-testid={testIds.stepTab(s.id)}>
                {`${i + 1}. ${tr(s.title)}`}
              </Tab>
            ))}
          </TabList>
        </nav>

        <section
          className={styles.panel}
          role="tabpanel"
          aria-labelledby={undefined}
          aria-label={tr(def.title)}
          data-testid={testIds.stepPanel(def.id)}
        >
          <Text size={200}>{tr("step.position", { n: current + 1, total: STEPS.length })}</Text>
          <Subtitle2 as="h2">{tr(def.title)}</Subtitle2>
          <Body1>{tr(def.summary)}</Body1>
        </section>

        <footer className={styles.footer}>
          <Caption1>{tr("app.privacy")}</Caption1>
        </footer>
      </main>
    </FluentProvider>
  );
}
