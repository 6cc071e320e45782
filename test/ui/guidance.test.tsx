/**
 * @jest-environment jsdom
 */
/**
 * Issue 16: every state explained. A disabled control says why and what to do, the page finds its
 * table on opening, step 4 names the first real blocker, defaults come from the data.
 */
import { act, fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import { App } from "../../src/taskpane/App";
import { testIds } from "../../src/taskpane/testIds";
import { FileWorkbook } from "../../src/workbook/exceljs/fileWorkbook";
import { StalePlan } from "../../src/workbook/port";
import { memoryWorkbook } from "../support/memoryWorkbook";

const TODAY = "2025-01-15";

async function renderPane(
  lang: "nl" | "fr" | "en",
  port: FileWorkbook = memoryWorkbook(),
  host: "excel" | "standalone" = "excel",
) {
  await act(async () => {
    render(<App host={host} autoDetect={host === "standalone"} initialLang={lang} port={port} today={TODAY} />);
  });
  return port;
}
const openStep = (id: string) => fireEvent.click(screen.getByTestId(testIds.stepTab(id)));
const why = (id: string) => screen.getByTestId(`${id}-why`);

/** The sample's shape: two title rows, the header on row 3. */
function titledWorkbook(title: string): FileWorkbook {
  const inner = memoryWorkbook(60);
  const data = inner.workbook.sheets[0]!.values;
  const values = [[title], [], ...data];
  return new FileWorkbook({ sheets: [{ name: "Personeel", values, styles: [], columnWidths: [], state: "visible" }] });
}

describe("a disabled control says why, in the user's language", () => {
  test("before any data: recode, check and generate are grey and say to detect first (nl)", async () => {
    await renderPane("nl");
    openStep("describe");
    expect(screen.getByTestId(testIds.recode)).toBeDisabled();
    expect(why(testIds.recode)).toHaveTextContent(/Nog geen gegevens gevonden: .*Detecteren vanaf de selectie/);
    expect(why(testIds.runCheck)).toHaveTextContent(/Nog geen gegevens gevonden/);
    // The reason is the button's description for screen readers too.
    expect(screen.getByTestId(testIds.recode)).toHaveAttribute("aria-describedby", why(testIds.recode).id);
    openStep("request");
    expect(screen.getByTestId(testIds.generate)).toBeDisabled();
    expect(why(testIds.generate)).toHaveTextContent(/Nog geen gegevens gevonden/);
  });

  test("step 4 names the first real blocker before the missing answers (fr)", async () => {
    await renderPane("fr");
    openStep("request");
    const status = screen.getByTestId(testIds.status);
    const blocker = screen.getByTestId(testIds.firstBlocker);
    expect(blocker).toHaveTextContent(/Aucune donnée trouvée pour l’instant/);
    // First in the status, before the count of missing answers.
    expect(status.textContent!.indexOf("Aucune donnée")).toBeLessThan(status.textContent!.indexOf("Brouillon"));
  });

  test("once the data are found, the reasons go and the buttons work; the same variable twice cannot make a table", async () => {
    await renderPane("en");
    fireEvent.click(screen.getByTestId(testIds.detect));
    await waitFor(() => expect(screen.getByTestId(testIds.source)).toHaveTextContent(/400 rows/));
    openStep("describe");
    expect(screen.getByTestId(testIds.recode)).toBeEnabled();
    expect(screen.queryByTestId(`${testIds.recode}-why`)).toBeNull();
    // First and second variable default to different ones; choose the same for both.
    fireEvent.click(screen.getByRole("combobox", { name: "Second variable" }));
    fireEvent.click(screen.getByRole("option", { name: "Origin group" }));
    expect(screen.getByTestId(testIds.addTable)).toBeDisabled();
    expect(why(testIds.addTable)).toHaveTextContent("Choose two different variables.");
    openStep("request");
    expect(screen.queryByTestId(testIds.firstBlocker)).toBeNull();
    expect(screen.getByTestId(testIds.generate)).toBeEnabled();
  });

  test("nothing to recode when no requested variable has a column", async () => {
    await renderPane("nl");
    fireEvent.click(screen.getByTestId(testIds.detect));
    await waitFor(() => expect(screen.getByTestId(testIds.source)).toHaveTextContent(/400 rijen/));
    // Ask for no KSZ variable and no own variable.
    for (const name of ["Geslacht", "Leeftijdsklasse", "Herkomstgroep", "Dienst", "Functieniveau"]) {
      const box = screen.queryByRole("checkbox", { name });
      if (box && (box as HTMLInputElement).checked) fireEvent.click(box);
    }
    openStep("describe");
    expect(screen.getByTestId(testIds.recode)).toBeDisabled();
    expect(why(testIds.recode)).toHaveTextContent(/Niets te hercoderen/);
  });
});

describe("the standalone page", () => {
  test("finds the table as soon as the file is open, and its button says so (no selection on a page)", async () => {
    await renderPane("nl", memoryWorkbook(), "standalone");
    await waitFor(() => expect(screen.getByTestId(testIds.source)).toHaveTextContent(/400 rijen/));
    expect(screen.getByTestId(testIds.detect)).toHaveTextContent("Gegevens opnieuw zoeken in het bestand");
    openStep("describe");
    expect(screen.getByTestId(testIds.recode)).toBeEnabled();
  });

  test("a file without a table says what the page looks for, not to select a cell", async () => {
    const empty = new FileWorkbook({
      sheets: [{ name: "Leeg", values: [], styles: [], columnWidths: [], state: "visible" }],
    });
    await renderPane("fr", empty, "standalone");
    await waitFor(() => expect(screen.getByTestId(testIds.message)).toHaveTextContent(/La page cherche une feuille/));
    expect(screen.getByTestId(testIds.message)).not.toHaveTextContent(/Sélectionnez une cellule/);
    openStep("request");
    expect(screen.getByTestId(testIds.firstBlocker)).toHaveTextContent(
      /Aucun tableau du personnel trouvé dans ce fichier/,
    );
  });
});

describe("defaults from the data", () => {
  test("the reference date comes from the export's title, and the field says where it came from", async () => {
    await renderPane("nl", titledWorkbook("Personeelsexport op 30/06/2024"), "standalone");
    await waitFor(() => expect(screen.getByTestId(testIds.source)).toHaveTextContent(/kolomkoppen op rij 3/));
    expect((screen.getByLabelText(/Referentiedatum/) as HTMLInputElement).value).toBe("2024-06-30");
    expect(
      screen.getByText(/Referentiedatum 30\/06\/2024, overgenomen uit de titel van de export/),
    ).toBeInTheDocument();
  });

  test("without a date in the title, the default rule stays (31 December of last year)", async () => {
    await renderPane("nl", titledWorkbook("Personeelsexport"), "standalone");
    await waitFor(() => expect(screen.getByTestId(testIds.source)).toHaveTextContent(/kolomkoppen op rij 3/));
    expect((screen.getByLabelText(/Referentiedatum/) as HTMLInputElement).value).toBe("2024-12-31");
  });

  test("the purpose starts on the first ready-made one; delivery, key and retention offer choices and worked examples", async () => {
    await renderPane("nl");
    openStep("motivate");
    expect(screen.getByRole("radio", { name: "Nulmeting" })).toBeChecked();
    openStep("request");
    // Own text, where the example shows what the CBSS expects.
    for (const name of [/Leveringskanaal|Transmissiekanaal|kanaal/i, /Bewaartermijn/])
      fireEvent.click(within(screen.getByRole("radiogroup", { name })).getByRole("radio", { name: "Eigen tekst" }));
    expect(screen.getByRole("textbox", { name: /Leveringskanaal|Transmissiekanaal|kanaal/i })).toHaveAttribute(
      "placeholder",
      "Bijvoorbeeld: Versleutelde tabellen per e-mail aan de contactpersoon",
    );
    expect(screen.getByRole("textbox", { name: /Bewaartermijn/ })).toHaveAttribute(
      "placeholder",
      expect.stringMatching(/Zolang het diversiteitsplan loopt/),
    );
    expect(screen.getByText(/Kleopatra/)).toBeInTheDocument();
  });
});

describe("a sheet that changed under the pane", () => {
  test("recoding after the analyst sorted: nothing is written, the pane says so and asks to find the data again", async () => {
    const port = memoryWorkbook();
    port.writeColumns = async () => {
      throw new StalePlan("Personeel");
    };
    await renderPane("nl", port);
    fireEvent.click(screen.getByTestId(testIds.detect));
    await waitFor(() => expect(screen.getByTestId(testIds.source)).toHaveTextContent(/400 rijen/));
    openStep("describe");
    fireEvent.click(screen.getByTestId(testIds.recode));
    await waitFor(() => expect(screen.getByTestId(testIds.message)).toHaveTextContent(/Het blad is veranderd/));
    expect(why(testIds.recode)).toHaveTextContent(/Nog geen gegevens gevonden/);
  });
});

describe("messages never cover the form", () => {
  test("the result of Generate shows inline under the button, and no toast is drawn", async () => {
    await renderPane("nl");
    fireEvent.click(screen.getByTestId(testIds.detect));
    await waitFor(() => expect(screen.getByTestId(testIds.source)).toHaveTextContent(/400 rijen/));
    openStep("request");
    fireEvent.click(screen.getByTestId(testIds.generate));
    await waitFor(() => expect(screen.getByTestId(testIds.message)).toHaveTextContent(/als ontwerp/));
    const button = screen.getByTestId(testIds.generate);
    // The message follows the button in the document: inline, in the step, not in an overlay.
    expect(
      button.compareDocumentPosition(screen.getByTestId(testIds.message)) & Node.DOCUMENT_POSITION_FOLLOWING,
    ).toBeTruthy();
    expect(screen.getByTestId(testIds.stepPanel("request"))).toContainElement(screen.getByTestId(testIds.message));
    expect(document.querySelector("[data-toast], .fui-Toast, .fui-Toaster")).toBeNull();
  });
});
