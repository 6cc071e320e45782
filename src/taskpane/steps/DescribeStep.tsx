import {
  Combobox,
  Field,
  Input,
  MessageBar,
  MessageBarBody,
  Option,
  ProgressBar,
  SpinButton,
  Subtitle2,
  Text,
} from "@fluentui/react-components";
import { useMemo, useState } from "react";
import {
  AGE_SCHEMES,
  ALL_COUNTRIES,
  countryName,
  DETAILED_GROUPS,
  ORIGIN_SCHEME_IDS,
  OWN_ROLES,
  categoryLabel,
  parseAgeScheme,
  reasonText,
  reasonsText,
  type JobSettings,
  type MessageKey,
  type OwnRole,
  type WrittenColumn,
} from "../../core";
import { ActionButton } from "../components/ActionButton";
import { ChoiceDropdown } from "../components/ChoiceDropdown";
import { useTr } from "../i18n";
import { testIds } from "../testIds";
import type { PaneApi } from "../usePane";
import { SmallCellCheck } from "./SmallCellCheck";
import { useStepStyles as useStyles } from "./stepStyles";

const BUILT_IN = Object.keys(AGE_SCHEMES);

/** Step 3: schemes, one-click recode with category bars, unknown values, groupings, and the small-cell check. */
export function DescribeStep({ pane }: { pane: PaneApi }) {
  const { tr } = useTr();
  const styles = useStyles();
  const { settings } = pane;
  const custom = !BUILT_IN.includes(settings.ageScheme);
  const [bounds, setBounds] = useState(custom ? settings.ageScheme.replace(/^custom:/, "") : "25,35,45,55");
  const boundsCheck = parseAgeScheme(`custom:${bounds}`);

  return (
    <div className={styles.stack}>
      <Field label={tr("describe.ageScheme")}>
        <ChoiceDropdown
          choices={[
            ...BUILT_IN.map((id) => ({ value: id, text: tr(`ageScheme.${id}` as MessageKey) })),
            { value: "custom", text: tr("describe.custom") },
          ]}
          value={custom ? "custom" : settings.ageScheme}
          onChange={(value) => pane.update({ ageScheme: value === "custom" ? `custom:${bounds}` : value })}
        />
      </Field>
      {custom && (
        <Field
          label={tr("describe.customBounds")}
          validationState={boundsCheck.ok ? "none" : "error"}
          validationMessage={boundsCheck.ok ? undefined : tr(`ageScheme.error.${boundsCheck.reason}` as MessageKey)}
        >
          <Input
            value={bounds}
            onChange={(_, data) => {
              setBounds(data.value);
              if (parseAgeScheme(`custom:${data.value}`).ok) pane.update({ ageScheme: `custom:${data.value}` });
            }}
          />
        </Field>
      )}
      <Field label={tr("describe.originScheme")}>
        <ChoiceDropdown
          choices={ORIGIN_SCHEME_IDS.map((id) => ({ value: id, text: tr(`originScheme.${id}`) }))}
          value={settings.originScheme}
          onChange={(originScheme) => pane.update({ originScheme })}
        />
      </Field>
      <MessageBar intent="info">
        <MessageBarBody>{tr("recode.nationalityIsProxy")}</MessageBarBody>
      </MessageBar>
      <ActionButton
        appearance="primary"
        onClick={() => void pane.recode()}
        blocker={pane.why("recode")}
        testId={testIds.recode}
      >
        {tr("describe.recode")}
      </ActionButton>

      {pane.recoded?.written.map((w) => (
        <Distribution key={w.header} column={w} pane={pane} />
      ))}
      {pane.recoded && <Groupings pane={pane} />}
      <SmallCellCheck pane={pane} />
    </div>
  );
}

function Distribution({ column, pane }: { column: WrittenColumn; pane: PaneApi }) {
  const { tr, num, lang } = useTr();
  const styles = useStyles();
  const total = Object.values(column.column.counts).reduce((a, b) => a + b, 0) || 1;
  const firstInvalid = column.column.invalid[0];
  return (
    <section
      className={styles.card}
      aria-label={tr("describe.distribution", { title: column.header })}
      data-testid={testIds.bars(column.header)}
    >
      <Subtitle2 as="h3">{tr("describe.distribution", { title: column.header })}</Subtitle2>
      {column.column.categories.map((id, i) => {
        const count = column.column.counts[id] ?? 0;
        return (
          <Field key={id} label={tr("format.labelValue", { label: column.labels[i]!, value: num(count) })}>
            <ProgressBar
              value={count / total}
              thickness="large"
              aria-label={tr("format.labelValue", { label: column.labels[i]!, value: num(count) })}
            />
          </Field>
        );
      })}
      {firstInvalid && (
        <Text block>
          {tr("describe.invalid", {
            count: num(column.column.invalid.length),
            // The unreadable cells are the source column's: named by its header (Geboortedatum).
            column: pane.table?.headers[column.source] || column.header,
            row: firstInvalid.row,
            reason: reasonsText(column.column.invalid, lang),
          })}
        </Text>
      )}
      {column.kind === "origin" && column.column.unknown.length > 0 && (
        <>
          <Text weight="semibold" block>
            {tr("describe.unknown")}
          </Text>
          {column.column.unknown
            .filter((u) => u.value !== "")
            .slice(0, 30)
            .map((u) => (
              <Field key={u.value} label={`${u.value} (${num(u.count)}): ${reasonText(u.reason, lang)}`}>
                <PlaceValue pane={pane} value={u.value} />
              </Field>
            ))}
        </>
      )}
    </section>
  );
}

/**
 * Place a value the lookup could not: in an origin group, or as a country (typed to filter the list).
 * The answer is saved with the workbook and applies to every row holding that value.
 */
function PlaceValue({ pane, value }: { pane: PaneApi; value: string }) {
  const { tr, lang } = useTr();
  const [query, setQuery] = useState<string | null>(null);
  const chosen = pane.settings.originOverrides[value];
  const labelOf = (id: string) =>
    (DETAILED_GROUPS as readonly string[]).includes(id) ? categoryLabel("origin", id, lang) : countryName(id, lang);
  const options = useMemo(() => {
    const groups = DETAILED_GROUPS.filter((g) => g !== "unknown").map((g) => ({
      id: g,
      text: categoryLabel("origin", g, lang),
    }));
    const collator = new Intl.Collator(lang);
    const countries = ALL_COUNTRIES.map((c) => ({ id: c, text: countryName(c, lang) })).sort((a, b) =>
      collator.compare(a.text, b.text),
    );
    return [...groups, ...countries];
  }, [lang]);
  const folded = (query ?? "").trim().toLowerCase();
  const shown = folded
    ? options.filter((o) => o.text.toLowerCase().includes(folded)).slice(0, 50)
    : options.slice(0, 60);
  const set = (id: string) => {
    const overrides = { ...pane.settings.originOverrides };
    if (id) overrides[value] = id;
    else delete overrides[value];
    pane.update({ originOverrides: overrides });
  };
  return (
    <Combobox
      aria-label={tr("describe.assign", { value })}
      value={query ?? (chosen ? labelOf(chosen) : tr("describe.assign.none"))}
      selectedOptions={chosen ? [chosen] : []}
      onChange={(e) => setQuery((e.target as HTMLInputElement).value)}
      onOptionSelect={(_, data) => {
        // Typing clears the selection (optionValue undefined): only a chosen option is an answer.
        if (data.optionValue === undefined) return;
        set(data.optionValue);
        setQuery(null);
      }}
    >
      <Option value="">{tr("describe.assign.none")}</Option>
      {shown.map((o) => (
        <Option key={o.id} value={o.id}>
          {o.text}
        </Option>
      ))}
    </Combobox>
  );
}

function Groupings({ pane }: { pane: PaneApi }) {
  const { tr } = useTr();
  const styles = useStyles();
  const own = OWN_ROLES.filter((role) => pane.settings.own.includes(role) && pane.recoded?.variables[role]);
  return (
    <>
      {own.map((role) => {
        const grouping = pane.settings.groupings[role] ?? {};
        const setGrouping = (patch: Partial<NonNullable<JobSettings["groupings"][OwnRole]>>) =>
          pane.update({ groupings: { ...pane.settings.groupings, [role]: { ...grouping, ...patch } } });
        const values = [
          ...new Set(
            pane.table?.columns[pane.detected!.roles[role]!]?.map((v) => String(v ?? "").trim()).filter(Boolean),
          ),
        ]
          .sort()
          .slice(0, 80);
        return (
          <section
            key={role}
            className={styles.card}
            aria-label={tr("describe.groupings", { variable: tr(`role.${role}`) })}
          >
            <Subtitle2 as="h3">{tr("describe.groupings", { variable: tr(`role.${role}`) })}</Subtitle2>
            <Field label={tr("describe.mergeUnder")}>
              <SpinButton
                min={0}
                max={1000}
                value={grouping.mergeUnder ?? 0}
                onChange={(_, data) => {
                  const n = data.value ?? Number(data.displayValue);
                  if (Number.isInteger(n) && n >= 0) setGrouping({ mergeUnder: n > 0 ? n : undefined });
                }}
              />
            </Field>
            {values.map((value) => (
              <Field key={value} label={tr("describe.rename", { value })}>
                <Input
                  value={grouping.map?.[value] ?? value}
                  onChange={(_, data) => {
                    const map = { ...(grouping.map ?? {}) };
                    if (data.value.trim() === "" || data.value === value) delete map[value];
                    else map[value] = data.value;
                    setGrouping({ map });
                  }}
                />
              </Field>
            ))}
          </section>
        );
      })}
    </>
  );
}
