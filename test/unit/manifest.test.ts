/**
 * @jest-environment jsdom
 */
// What the XSD cannot check: resids resolve, ids fit, URLs are https, every locale has every string,
// the ribbon's function names are the ones commands.ts registers, and the shared runtime's <Runtimes>
// (newer than the 2020 XSDs, so left out of the XSD check) follows Microsoft's documented rules.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { COMMAND_IDS } from "../../src/commands/commandIds";

const xml = readFileSync(join(__dirname, "../../manifest.xml"), "utf8");
const doc = new DOMParser().parseFromString(xml, "application/xml");
const all = (): Element[] => Array.from(doc.getElementsByTagName("*"));
const byLocalName = (name: string): Element[] => all().filter((e) => e.localName === name);

describe("manifest.xml", () => {
  test("parses as XML", () => {
    expect(doc.getElementsByTagName("parsererror")).toHaveLength(0);
    expect(doc.documentElement.localName).toBe("OfficeApp");
  });

  test("every resid is defined once in Resources", () => {
    const resources = byLocalName("Resources")[0]!;
    const defined = Array.from(resources.getElementsByTagName("*"))
      .filter((e) => ["Image", "Url", "String"].includes(e.localName))
      .map((e) => e.getAttribute("id")!);
    expect(new Set(defined).size).toBe(defined.length);
    const used = all()
      .map((e) => e.getAttribute("resid"))
      .filter((r): r is string => r !== null);
    expect(used.length).toBeGreaterThan(10);
    expect(used.filter((r) => !defined.includes(r))).toEqual([]);
  });

  test("ids and resids are at most 32 characters", () => {
    const ids = all()
      .flatMap((e) => [e.getAttribute("id"), e.getAttribute("resid")])
      .filter((v): v is string => !!v);
    expect(ids.filter((id) => id.length > 32)).toEqual([]);
  });

  test("every URL is https", () => {
    const urls = all()
      .flatMap((e) => [
        // Namespace URIs are names, never fetched: only attribute values and text that Office loads count.
        ...Array.from(e.attributes)
          .filter((a) => a.name !== "xmlns" && a.prefix !== "xmlns")
          .map((a) => a.value),
        e.children.length === 0 ? (e.textContent ?? "") : "",
      ])
      .filter((v) => /^[a-z]+:\/\//i.test(v.trim()));
    expect(urls.length).toBeGreaterThan(5);
    expect(urls.filter((u) => !u.startsWith("https://"))).toEqual([]);
  });

  test("every locale has every string", () => {
    const localised = [
      ...byLocalName("DisplayName"),
      ...byLocalName("Description").filter((e) => e.hasAttribute("DefaultValue")),
      ...byLocalName("String"),
    ];
    const locales = new Set(byLocalName("Override").map((o) => o.getAttribute("Locale")));
    expect([...locales].sort()).toEqual(["fr-BE", "fr-FR", "nl-BE", "nl-NL"]);
    for (const element of localised) {
      const has = Array.from(element.children)
        .filter((c) => c.localName === "Override" && (c.getAttribute("Value") ?? "").trim() !== "")
        .map((c) => c.getAttribute("Locale"));
      expect({ id: element.getAttribute("id") ?? element.localName, locales: has.sort() }).toEqual({
        id: element.getAttribute("id") ?? element.localName,
        locales: [...locales].sort(),
      });
    }
  });

  test("asks for ExcelApi 1.7 and ties each ExecuteFunction to a registered command", () => {
    const set = byLocalName("Set").find((s) => s.getAttribute("Name") === "ExcelApi");
    expect(set?.getAttribute("MinVersion")).toBe("1.7");
    const functionNames = byLocalName("FunctionName").map((f) => f.textContent);
    expect(functionNames.sort()).toEqual([...COMMAND_IDS].sort());
  });

  test("short strings fit 125 characters and long strings 250", () => {
    const lengths = (tag: string) =>
      byLocalName(tag).flatMap((group) =>
        Array.from(group.getElementsByTagName("*")).flatMap((e) => [
          e.getAttribute("DefaultValue"),
          e.getAttribute("Value"),
        ]),
      );
    expect(lengths("ShortStrings").filter((v) => v && v.length > 125)).toEqual([]);
    expect(lengths("LongStrings").filter((v) => v && v.length > 250)).toEqual([]);
  });

  test("one shared runtime: Runtimes opens the Host, long-lived, on the page that is both the function file and the pane", () => {
    const host = byLocalName("Host").find((h) => h.getAttribute("xsi:type") === "Workbook")!;
    const children = Array.from(host.children).map((c) => c.localName);
    expect(children[0]).toBe("Runtimes");
    const runtimes = byLocalName("Runtime");
    expect(runtimes).toHaveLength(1);
    expect(runtimes[0]!.getAttribute("lifetime")).toBe("long");
    const page = runtimes[0]!.getAttribute("resid");
    // The runtime is only shared when every part names the same resid.
    expect(byLocalName("FunctionFile").map((f) => f.getAttribute("resid"))).toEqual([page]);
    const paneSources = byLocalName("Action")
      .filter((a) => a.getAttribute("xsi:type") === "ShowTaskpane")
      .map((a) =>
        Array.from(a.children)
          .find((c) => c.localName === "SourceLocation")
          ?.getAttribute("resid"),
      );
    expect(paneSources.length).toBeGreaterThan(0);
    expect(new Set(paneSources)).toEqual(new Set([page]));
    // Microsoft's shared-runtime guidance: no <Action> has a <TaskpaneId> (issue 31).
    expect(byLocalName("TaskpaneId")).toEqual([]);
    const url = byLocalName("Url")
      .find((u) => u.getAttribute("id") === page)
      ?.getAttribute("DefaultValue");
    expect(url).toMatch(/\/taskpane\.html$/);
    // SharedRuntime is detected at run time, not required: Excel 2016/2019 keep the add-in.
    expect(byLocalName("Set").map((e) => e.getAttribute("Name"))).toEqual(["ExcelApi"]);
  });

  test("the support URL is a help page, in the three languages, that runs nothing (issue 31)", () => {
    const support = byLocalName("SupportUrl")[0]!.getAttribute("DefaultValue");
    expect(support).toMatch(/\/help\.html$/);
    const help = readFileSync(join(__dirname, "../../src/help/help.html"), "utf8");
    for (const lang of ["nl", "fr", "en"]) expect(help).toContain(`<section id="${lang}" lang="${lang}">`);
    expect(help).not.toMatch(/<script/);
    expect(help).toMatch(/default-src 'none'/);
  });

  test("the shared runtime is declared for the pane's page, with a long lifetime", () => {
    const runtimes = byLocalName("Runtime");
    expect(runtimes.map((r) => [r.getAttribute("resid"), r.getAttribute("lifetime")])).toEqual([
      ["Taskpane.Url", "long"],
    ]);
  });
});
