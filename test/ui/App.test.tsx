/**
 * @jest-environment jsdom
 */
import { act, fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import { App } from "../../src/taskpane/App";
import { PaneBridge } from "../../src/taskpane/commandBridge";
import { testIds } from "../../src/taskpane/testIds";
import type { FileWorkbook } from "../../src/workbook/exceljs/fileWorkbook";
import { AbortError, SETTINGS_SHEET } from "../../src/workbook/port";
import { memoryWorkbook } from "../support/memoryWorkbook";

const TODAY = "2025-01-15";

/** Render the pane and let its saved settings come back inside act, as React asks of tests. */
async function renderPane(lang: "nl" | "fr" | "en" = "nl", port: FileWorkbook = memoryWorkbook()) {
  const goTo = jest.fn();
  await act(async () => {
    render(<App host="excel" initialLang={lang} port={port} today={TODAY} onGoToSheet={goTo} />);
  });
  return { port, goTo };
}

const openStep = (id: string) => fireEvent.click(screen.getByTestId(testIds.stepTab(id)));

/** Excel answers after a round trip: the saved settings come back only when released. */
function holdSettings(port: FileWorkbook): () => void {
  let release: () => void = () => undefined;
  const held = new Promise<void>((resolve) => (release = resolve));
  const load = port.loadSettings.bind(port);
  port.loadSettings = async () => {
    await held;
    return load();
  };
  return () => release();
}

/** The last 8 staff: one department, all Belgian (issue 21: "all 8 of Ombudsdienst are Belgian"). */
function ombudsdienstAllBelgian(): FileWorkbook {
  const port = memoryWorkbook();
  const values = port.workbook.sheets[0]!.values;
  for (let r = values.length - 8; r < values.length; r++) {
    values[r]![4] = "Belgische";
    values[r]![5] = "Ombudsdienst";
  }
  return port;
}

/** Choices wait in the pane until a step writes (issue 31: typing keeps Excel's undo): saved now. */
async function saveChoices() {
  fireEvent.click(screen.getByTestId(testIds.saveChoices));
  await waitFor(() => expect(screen.queryByTestId(testIds.unsaved)).toBeNull());
}

async function detectData() {
  fireEvent.click(screen.getByTestId(testIds.detect));
  await waitFor(() => expect(screen.getByTestId(testIds.source)).toHaveTextContent(/400 rijen|400 lignes|400 rows/));
}

describe("task pane shell", () => {
  test("shows the four steps of the request and the fifth, the results, in Dutch", async () => {
    await renderPane("nl");
    expect(screen.getAllByRole("tab")).toHaveLength(5);
    for (const name of [
      "1. Beslissen",
      "2. Motiveren",
      "3. Gegevens beschrijven",
      "4. Aanvraag indienen",
      "5. Resultaten",
    ]) {
      expect(screen.getByRole("tab", { name })).toBeInTheDocument();
    }
  });

  test("the language switch changes every label", async () => {
    await renderPane("en");
    fireEvent.click(screen.getByTestId(testIds.languageSwitch));
    fireEvent.click(screen.getByRole("option", { name: "Français" }));
    expect(screen.getByRole("tab", { name: "1. Décider" })).toBeInTheDocument();
    expect(screen.getByText(/restent sur cet ordinateur/)).toBeInTheDocument();
  });
});

describe("step 1, decide", () => {
  test("detecting shows the range, the header row, and each column's role with its confidence", async () => {
    await renderPane("nl");
    await detectData();
    expect(screen.getByTestId(testIds.source)).toHaveTextContent(
      "Bereik Personeel!A1:H401 (400 rijen), kolomkoppen op rij 1",
    );
    expect(screen.getByRole("combobox", { name: "Rol van kolom Geboortedatum" })).toHaveTextContent("Geboortedatum");
    expect(screen.getByRole("combobox", { name: "Rol van kolom Dienst" })).toHaveTextContent("Dienst");
    expect(screen.getAllByText(/% zeker/).length).toBeGreaterThan(3);
  });

  test("a role can be overridden, and the choice is saved in the workbook", async () => {
    const { port } = await renderPane("nl");
    await detectData();
    fireEvent.click(screen.getByRole("combobox", { name: "Rol van kolom Statuut" }));
    fireEvent.click(screen.getByRole("option", { name: "Andere" }));
    await saveChoices();
    await waitFor(async () => expect(await port.loadSettings()).toMatchObject({ roles: {} }), { timeout: 3000 });
    fireEvent.click(screen.getByRole("combobox", { name: "Rol van kolom Naam" }));
    fireEvent.click(screen.getByRole("option", { name: "Dienst" }));
    await saveChoices();
    await waitFor(async () => expect(await port.loadSettings()).toMatchObject({ roles: { department: "Naam" } }), {
      timeout: 3000,
    });
  });
});

describe("step 2, motivate", () => {
  test("a ready-made purpose fills the text, the proportionality is drafted, and ethics take yes or no", async () => {
    await renderPane("fr");
    openStep("motivate");
    fireEvent.click(screen.getByRole("radio", { name: "Mesure de référence" }));
    const value = (name: RegExp) => (screen.getByRole("textbox", { name }) as HTMLTextAreaElement).value;
    expect(value(/Objectif de la politique/)).toMatch(/^Une mesure de référence/);
    expect(value(/Pourquoi chaque variable/)).toMatch(/L’âge est demandé en 5 classes/);
    const informed = screen.getByRole("radiogroup", { name: /Le personnel a été informé/ });
    fireEvent.click(within(informed).getByRole("radio", { name: "Oui" }));
    expect(within(informed).getByRole("radio", { name: "Oui" })).toBeChecked();
  });
});

describe("step 2, motivate: own words", () => {
  test("a free-text purpose, the plan reference and an edited proportionality are kept; redrafting starts again from the choices", async () => {
    const { port } = await renderPane("en");
    openStep("motivate");
    const box = (name: RegExp) => screen.getByRole("textbox", { name }) as HTMLInputElement | HTMLTextAreaElement;
    fireEvent.click(screen.getByRole("radio", { name: "My own text" }));
    fireEvent.change(box(/Objective of the diversity/), { target: { value: "Measure where we stand in 2025." } });
    fireEvent.change(box(/Reference to the diversity plan/), { target: { value: "Diversity plan 2024-2027, p. 12" } });
    const drafted = box(/Why each variable/).value;
    expect(drafted.length).toBeGreaterThan(40);
    fireEvent.change(box(/Why each variable/), { target: { value: "Our own reasons." } });
    await saveChoices();
    await waitFor(
      async () =>
        expect(await port.loadSettings()).toMatchObject({
          answers: {
            purpose: "Measure where we stand in 2025.",
            diversityPlan: "Diversity plan 2024-2027, p. 12",
            proportionality: "Our own reasons.",
          },
        }),
      { timeout: 3000 },
    );
    fireEvent.click(screen.getByRole("button", { name: "Draft again from my choices" }));
    expect(box(/Why each variable/).value).toBe(drafted);
    expect(screen.getByRole("radio", { name: "My own text" })).toBeChecked();
  });
});

describe("step 3, describe the data", () => {
  test("one click recodes, writes the columns and shows each category as a bar with its count", async () => {
    const { port } = await renderPane("nl");
    await detectData();
    openStep("describe");
    fireEvent.click(screen.getByTestId(testIds.recode));
    await waitFor(() => expect(screen.getByTestId(testIds.message)).toHaveTextContent(/400 rijen gehercodeerd/));
    const bars = screen.getByTestId(testIds.bars("Leeftijdsklasse"));
    expect(within(bars).getAllByRole("progressbar").length).toBe(6);
    expect(within(bars).getByText(/^55 jaar en ouder: \d+$/)).toBeInTheDocument();
    expect(port.workbook.sheets[0]!.values[0]).toContain("Nationaliteitsgroep");
    expect(screen.getByText(/Een export bevat nationaliteit, geen herkomst/)).toBeInTheDocument();
  });

  test("a value the lookup could not place can be placed as a country, typed to filter, and the answer is saved", async () => {
    const { port } = await renderPane("nl");
    await detectData();
    openStep("describe");
    fireEvent.click(screen.getByTestId(testIds.recode));
    await waitFor(() => expect(screen.getByTestId(testIds.message)).toHaveTextContent(/gehercodeerd/));
    const place = screen.getByRole("combobox", { name: "Atlantis plaatsen" });
    fireEvent.change(place, { target: { value: "Marok" } });
    fireEvent.keyDown(place, { key: "ArrowDown" });
    fireEvent.click(await screen.findByRole("option", { name: "Marokko" }));
    await saveChoices();
    await waitFor(
      async () => expect(await port.loadSettings()).toMatchObject({ originOverrides: { Atlantis: "MA" } }),
      { timeout: 3000 },
    );
  });

  test("a whole group sharing one value is said under its table in the pane, not only on the check sheet", async () => {
    const port = ombudsdienstAllBelgian();
    await renderPane("nl", port);
    await detectData();
    openStep("describe");
    fireEvent.click(screen.getByTestId(testIds.runCheck));
    await waitFor(() => expect(screen.getByTestId(testIds.checkResults)).toBeInTheDocument());
    const findings = screen.getAllByTestId(testIds.fullGroup).map((f) => f.textContent);
    expect(findings).toContainEqual(expect.stringMatching(/Dienst: Ombudsdienst.*8.*Herkomstgroep: Belg/));
  });

  test("an export without nationality: origin tables are left to the KSZ, and nothing green says they are safe", async () => {
    // Issue 35: only the KSZ holds origin here, so those tables are predicted, never audited.
    const port = memoryWorkbook();
    for (const row of port.workbook.sheets[0]!.values) row.splice(4, 1);
    await port.saveSettings({
      version: 1,
      referenceDate: "2024-12-31",
      ksz: { sex: false, ageBand: false, originGroup: true },
    });
    await renderPane("nl", port);
    await detectData();
    openStep("describe");
    fireEvent.click(screen.getByTestId(testIds.runCheck));
    await waitFor(() => expect(screen.getByTestId(testIds.checkResults)).toBeInTheDocument());
    expect(screen.getByTestId(testIds.leftToKsz)).toHaveTextContent(
      /niet geauditeerd.*De KSZ moet die tabellen zelf beschermen/,
    );
    expect(screen.queryByTestId(testIds.auditVerdict)).toBeNull();
    expect(screen.getByTestId(testIds.checkResults)).not.toHaveTextContent(/Audit geslaagd|veilig/);
  });

  test("a French pane over a Dutch sheet names variables and categories in French; the check sheet stays Dutch", async () => {
    const port = ombudsdienstAllBelgian();
    await port.saveSettings({ version: 1, referenceDate: "2024-12-31", sheetLang: "nl" });
    await renderPane("fr", port);
    await detectData();
    openStep("describe");
    fireEvent.click(screen.getByTestId(testIds.runCheck));
    await waitFor(() => expect(screen.getByTestId(testIds.checkResults)).toBeInTheDocument());
    expect(screen.getByTestId(testIds.checkResults)).toHaveTextContent(/Groupe d’origine × Service/);
    expect(screen.getByTestId(testIds.checkResults)).not.toHaveTextContent(/Herkomstgroep|Dienst:|Belgisch/);
    const findings = screen.getAllByTestId(testIds.fullGroup).map((f) => f.textContent);
    expect(findings).toContainEqual(expect.stringMatching(/Service\s:\sOmbudsdienst.*8.*Groupe d’origine\s:\sBelge/));
    const cells = Array.from({ length: 60 }, (_, row) => ({ row, col: 0 }));
    const sheet = ((await port.readCells("Controle kleine cellen", cells)) ?? []).map((v) => String(v ?? ""));
    expect(sheet.some((v) => /Herkomstgroep/.test(v))).toBe(true);
  });

  test("the small-cell check lists results per table, writes the check sheet, and a suggestion applies with one click", async () => {
    const { port } = await renderPane("nl");
    await detectData();
    openStep("describe");
    fireEvent.click(screen.getByTestId(testIds.runCheck));
    await waitFor(() => expect(screen.getByTestId(testIds.checkResults)).toBeInTheDocument());
    expect(screen.getByTestId(testIds.checkResults)).toHaveTextContent(/Herkomstgroep × Dienst: \d+ klein/);
    await act(async () => {
      await new Promise((r) => setTimeout(r, 0));
    });
    expect(screen.getByTestId(testIds.auditVerdict)).toHaveTextContent(/Audit geslaagd/);
    expect(screen.getByTestId(testIds.checkResults)).toHaveTextContent(/Onderdrukt: een cel die de tabel niet toont/);
    const before = screen.getByTestId(testIds.checkResults).textContent;
    const suggestion = screen.getByTestId(testIds.suggestion(0));
    // Before applying: which groups become one, with their persons, and the parts add up to the whole.
    const merges = within(suggestion)
      .getAllByTestId(testIds.merge)
      .map((m) => m.textContent ?? "");
    expect(merges.length).toBeGreaterThan(0);
    for (const text of merges) {
      const [from, into] = text.split(" → ") as [string, string];
      const counts = (part: string) => [...part.matchAll(/\((\d+)\)/g)].map((m) => Number(m[1]));
      expect(counts(from).length).toBeGreaterThan(1);
      expect(counts(from).reduce((a, b) => a + b, 0)).toBe(counts(into)[0]);
    }
    fireEvent.click(within(suggestion).getByRole("button", { name: "Toepassen" }));
    // The effect shows on its own: recoded and checked again, the old result replaced.
    await waitFor(
      () => expect(screen.getByTestId(testIds.message)).toHaveTextContent(/opnieuw gehercodeerd en gecontroleerd/),
      {
        timeout: 10_000,
      },
    );
    expect(screen.getByTestId(testIds.checkResults).textContent).not.toBe(before);
    expect(screen.queryByTestId(testIds.suggestion(0))).toBeNull(); // the grouping applied has no small cells left
    await waitFor(async () => expect(await port.loadSettings()).toMatchObject({ groupings: expect.any(Object) }), {
      timeout: 3000,
    });
    const saved = (await port.loadSettings()) as {
      groupings: Record<string, { mergeUnder?: number }>;
      ageScheme: string;
    };
    expect(saved.ageScheme !== "default" || Object.values(saved.groupings).some((g) => (g.mergeUnder ?? 0) > 0)).toBe(
      true,
    );
  });
});

describe("step 4, request", () => {
  test("the completeness list shrinks as answers are typed, and generating writes the sheets", async () => {
    const { port, goTo } = await renderPane("nl");
    await detectData();
    openStep("request");
    const missing = () => screen.getByTestId(testIds.missing).querySelectorAll("li").length;
    const before = missing();
    fireEvent.change(screen.getByRole("textbox", { name: /Naam van de instelling/ }), {
      target: { value: "FOD Voorbeeld" },
    });
    expect(missing()).toBe(before - 1);
    fireEvent.click(screen.getByTestId(testIds.generate));
    await waitFor(() =>
      expect(screen.getByTestId(testIds.message)).toHaveTextContent(
        /Het aanvraagblad KSZ-aanvraag is geschreven als ontwerp: \d+ antwoorden ontbreken/,
      ),
    );
    fireEvent.click(screen.getByRole("button", { name: "Naar het blad" }));
    expect(goTo).toHaveBeenCalledWith("KSZ-aanvraag");
    // Which file to send: in Excel, the manual copy of the request sheet into a new workbook.
    expect(screen.getByTestId(testIds.sendAdvice)).toHaveTextContent(/Stuur nooit de hele werkmap/);
    expect(screen.getByTestId(testIds.sendAdvice)).toHaveTextContent(/KSZ-aanvraag > Verplaatsen of kopiëren/);
    // The status names what is still missing, and the draft is not called ready.
    expect(screen.getByTestId(testIds.status)).toHaveTextContent(/Ontwerp, nog niet klaar om te versturen/);
    // Problems name the columns as the analyst knows them, never internal ids.
    expect(screen.getByTestId(testIds.problems)).not.toHaveTextContent(/department|functionLevel/);
    expect(port.dataSheets()).toEqual(["Personeel"]);
  });

  test("answers picked from lists are kept as ids: a Dutch pane writes a French request all in French", async () => {
    const port = memoryWorkbook();
    await port.saveSettings({ version: 1, referenceDate: "2024-12-31", sheetLang: "fr", answers: {} });
    await renderPane("nl", port);
    await detectData();
    openStep("request");
    const channel = screen.getByRole("radiogroup", { name: /Leveringskanaal|Transmissiekanaal/ });
    // Nothing picked yet, and no text box until "own text" is.
    expect(
      within(channel)
        .getAllByRole("radio")
        .filter((r) => (r as HTMLInputElement).checked),
    ).toHaveLength(0);
    fireEvent.click(
      within(channel).getByRole("radio", { name: "Versleutelde tabellen per e-mail aan de contactpersoon" }),
    );
    fireEvent.click(
      within(screen.getByRole("radiogroup", { name: /Bewaartermijn/ })).getByRole("radio", {
        name: /^Zolang het diversiteitsplan loopt/,
      }),
    );
    fireEvent.click(screen.getByTestId(testIds.generate));
    await waitFor(() => expect(screen.getByTestId(testIds.message)).toHaveTextContent(/geschreven/));
    // The sheet as the workbook holds it, read back cell by cell.
    const cells = Array.from({ length: 120 }, (_, row) => Array.from({ length: 4 }, (_, col) => ({ row, col }))).flat();
    const texts = ((await port.readCells("Demande BCSS", cells)) ?? []).map((v) => String(v ?? ""));
    expect(texts).toContain("Tableaux chiffrés par e-mail à la personne de contact");
    expect(texts.some((v) => /^Pendant la durée du plan de diversité/.test(v))).toBe(true);
    expect(texts.some((v) => /Versleutelde|diversiteitsplan loopt/.test(v))).toBe(false);
    const saved = (await port.loadSettings()) as { answers: Record<string, unknown> };
    expect(saved.answers).toMatchObject({ channelPreset: "encryptedEmail", retentionPreset: "planDuration" });
    expect(saved.answers.channel).toBeUndefined();
    // "Own text" opens the text box; typing replaces the choice.
    fireEvent.click(within(channel).getByRole("radio", { name: "Eigen tekst" }));
    fireEvent.change(screen.getByRole("textbox", { name: /Leveringskanaal|Transmissiekanaal/ }), {
      target: { value: "Per koerier" },
    });
    await saveChoices();
    await waitFor(async () =>
      expect(((await port.loadSettings()) as { answers: Record<string, unknown> }).answers).toMatchObject({
        channel: "Per koerier",
      }),
    );
    expect(((await port.loadSettings()) as { answers: Record<string, unknown> }).answers.channelPreset).toBeUndefined();
  });

  test("a saved answer typed as own text comes back as own text, with its box open", async () => {
    const port = memoryWorkbook();
    await port.saveSettings({ version: 1, referenceDate: "2024-12-31", answers: { channel: "Per koerier" } });
    // Excel answers after a round trip: the step is open before the saved answers come back.
    const release = holdSettings(port);
    await renderPane("nl", port);
    openStep("request");
    await act(async () => release());
    const channel = screen.getByRole("radiogroup", { name: /Leveringskanaal|Transmissiekanaal/ });
    await waitFor(() => expect(within(channel).getByRole("radio", { name: "Eigen tekst" })).toBeChecked());
    expect(screen.getByRole("textbox", { name: /Leveringskanaal|Transmissiekanaal/ })).toHaveValue("Per koerier");
  });

  test("long work shows progress with Cancel; cancelling stops it, says so, and changes nothing", async () => {
    const port = memoryWorkbook();
    // A read that reports progress and then waits, as a large sheet would, until it is cancelled.
    port.readTable = (_source, _header, _columns, options) =>
      new Promise((_, reject) => {
        options?.onProgress?.(100, 400);
        options?.signal?.addEventListener("abort", () => reject(new AbortError()));
      });
    const save = jest.spyOn(port, "writeColumns");
    await renderPane("nl", port);
    fireEvent.click(screen.getByTestId(testIds.detect));
    await waitFor(() => expect(screen.getByTestId(testIds.busy)).toHaveTextContent("100 van 400"));
    expect(screen.getByRole("progressbar")).toBeInTheDocument();
    fireEvent.click(screen.getByRole("button", { name: "Annuleren" }));
    await waitFor(() =>
      expect(screen.getByTestId(testIds.message)).toHaveTextContent(
        "Gestopt. De geannuleerde stap heeft niets gewijzigd.",
      ),
    );
    expect(screen.queryByTestId(testIds.busy)).toBeNull();
    expect(save).not.toHaveBeenCalled();
    expect(port.dataSheets()).toEqual(["Personeel"]);
  });

  test("an Excel error the analyst can fix says how to fix it (here: a cell being edited)", async () => {
    const port = memoryWorkbook();
    port.writeColumns = () =>
      Promise.reject(Object.assign(new Error("The operation failed"), { code: "InvalidOperationInCellEditMode" }));
    await renderPane("nl", port);
    await detectData();
    openStep("describe");
    fireEvent.click(screen.getByTestId(testIds.recode));
    await waitFor(() =>
      expect(screen.getByTestId(testIds.message)).toHaveTextContent(
        "Excel is een cel aan het bewerken. Druk op Enter of Esc om de bewerking te beëindigen en probeer het opnieuw.",
      ),
    );
  });

  test("an error is shown in the user's language with what to do next, never swallowed", async () => {
    const port = memoryWorkbook();
    port.locateData = async () => {
      throw new Error("het werkblad is leeg");
    };
    await renderPane("nl", port);
    fireEvent.click(screen.getByTestId(testIds.detect));
    await waitFor(() =>
      expect(screen.getByTestId(testIds.message)).toHaveTextContent(
        /Geen gegevens gevonden: het werkblad is leeg\. Selecteer een cel/,
      ),
    );
  });
});

describe("settings", () => {
  test("opening the pane restores saved choices and writes nothing", async () => {
    const port = memoryWorkbook();
    await port.saveSettings({ version: 1, referenceDate: "2023-12-31", ageScheme: "flemish", sheetLang: "fr" });
    const save = jest.spyOn(port, "saveSettings");
    await renderPane("nl", port);
    openStep("describe");
    await waitFor(() =>
      expect(screen.getByRole("combobox", { name: "Leeftijdsklassen" })).toHaveTextContent(/Vlaamse overheid/),
    );
    await new Promise((r) => setTimeout(r, 900));
    expect(save).not.toHaveBeenCalled();
  });

  test("a change made before the saved choices come back is kept on top of them, and saved", async () => {
    const port = memoryWorkbook();
    await port.saveSettings({ version: 1, referenceDate: "2023-12-31", answers: { institution: "Stad Voorbeeld" } });
    // Excel answers after a round trip: hold the saved settings back until the analyst has typed.
    const load = port.loadSettings.bind(port);
    const release = holdSettings(port);
    await renderPane("en", port);
    openStep("motivate");
    fireEvent.change(screen.getByRole("textbox", { name: /Reference to the diversity plan/ }), {
      target: { value: "Plan 2025" },
    });
    await act(async () => release());
    await saveChoices();
    await waitFor(
      async () =>
        expect(await load()).toMatchObject({
          referenceDate: "2023-12-31",
          answers: { institution: "Stad Voorbeeld", diversityPlan: "Plan 2025" },
        }),
      { timeout: 3000 },
    );
    expect((screen.getByRole("textbox", { name: /Reference to the diversity plan/ }) as HTMLInputElement).value).toBe(
      "Plan 2025",
    );
  });

  test("settings that cannot be read are said plainly, and the pane goes on with the defaults", async () => {
    const port = memoryWorkbook();
    await port.saveSettings({ version: 1, referenceDate: "2023-12-31" });
    port.workbook.sheets.find((s) => s.name === SETTINGS_SHEET)!.values = [['{"version":1,"referen']];
    await renderPane("nl", port);
    await waitFor(() =>
      expect(screen.getByTestId(testIds.message)).toHaveTextContent(
        /konden niet gelezen worden .* de standaardwaarden worden gebruikt/,
      ),
    );
    expect(screen.getByRole("tab", { name: "1. Beslissen" })).toBeInTheDocument();
  });
});

describe("ribbon commands in a shared runtime", () => {
  test("a command saves the pane's pending choices first, its message opens the right step, and the pane rereads after", async () => {
    const port = memoryWorkbook();
    const bridge = new PaneBridge();
    render(<App host="excel" initialLang="nl" port={port} today={TODAY} bridge={bridge} />);
    await detectData();
    fireEvent.click(screen.getByRole("combobox", { name: "Rol van kolom Naam" }));
    fireEvent.click(screen.getByRole("option", { name: "Dienst" }));
    expect(await port.loadSettings()).toBeNull();
    // No wait for the debounced save: the command asks for it at once.
    let ready = false;
    await act(async () => {
      ready = await bridge.ready();
    });
    expect(ready).toBe(true);
    expect(await port.loadSettings()).toMatchObject({ roles: { department: "Naam" } });

    openStep("request");
    act(() =>
      bridge.show(
        {
          intent: "warning",
          key: "command.missingRole.inPane",
          params: { command: "Nationaliteiten hercoderen", role: "Nationaliteit" },
        },
        "decide",
      ),
    );
    expect(screen.getByTestId(testIds.stepPanel("decide"))).toBeInTheDocument();
    expect(screen.getByTestId(testIds.message)).toHaveTextContent(
      "Nationaliteiten hercoderen: geen kolom Nationaliteit gevonden, er is niets geschreven.",
    );

    await act(() => bridge.reload());
    expect(screen.getByTestId(testIds.source)).toHaveTextContent("Nog geen gegevens gevonden");
  });
});
