/**
 * The request's status: ready to send only when every required answer is given and no consistency rule
 * is broken. Each rule is shown in both directions: the contradiction is found, and the fix clears it.
 */
import fc from "fast-check";
import {
  AGE_SCHEMES,
  ORIGIN_SCHEMES,
  buildRequest,
  duplicateInsz,
  requestStatus,
  type RequestAnswers,
  type RequestChoices,
  type RequestFacts,
} from "../../../src/core";
import answersFile from "../../../assets/sample/antwoorden-voorbeeld.json";

const complete = answersFile as RequestAnswers;

const base: RequestChoices = {
  referenceDate: 20241231,
  staffCount: 1200,
  sex: true,
  ageScheme: AGE_SCHEMES.default,
  originScheme: ORIGIN_SCHEMES.four,
  ownVariables: [{ name: "department", header: "Dienst", groups: [{ id: "ICT", label: "ICT", persons: 40 }] }],
  tables: [
    ["originGroup", "department"],
    ["ageBand", "department"],
  ],
  check: {
    date: "2025-01-15",
    threshold: 5,
    smallCells: 3,
    secondaryCells: 4,
    flagged: [],
    exposedCells: 0,
    unconfirmedCells: 0,
    kszOnly: { tables: [], variables: [] },
  },
  threshold: 5,
  linkage: true,
  generatedOn: "2025-01-15",
};

function statusOf(
  choices: Partial<RequestChoices> = {},
  answers: RequestAnswers = complete,
  facts: Partial<RequestFacts> = {},
) {
  const c = { ...base, ...choices };
  return requestStatus(
    // The answers are Dutch: the document is too (another language would be a problem of its own).
    buildRequest(c, answers, "nl"),
    { choices: c, answers, linkageAsked: c.linkage, inszColumn: true, ...facts },
    "en",
  );
}

const ids = (s: ReturnType<typeof statusOf>) => s.problems.map((p) => p.id);

describe("the request's status", () => {
  test("with every answer and nothing contradictory, it is ready to send", () => {
    expect(statusOf()).toEqual({ status: "ready", missing: [], problems: [] });
  });

  test("own variables without the INSZ list contradict the request; turning linkage on, or dropping them, fixes it", () => {
    const without = statusOf({ linkage: false });
    expect(without.status).toBe("draft");
    expect(ids(without)).toEqual(["ownNeedsLinkage"]);
    expect(without.problems[0]!.text).toMatch(/Department: own data.*Turn on the INSZ linkage list/);
    // Section 7 says so itself instead of "no own data are linked".
    const doc = buildRequest({ ...base, linkage: false }, complete, "nl");
    const key = doc.sections.find((s) => s.id === "ownData")!.fields.find((f) => f.id === "identificationKey")!;
    expect(key).toMatchObject({ value: expect.stringMatching(/nog geen INSZ-lijst gekoppeld/) });
    expect(statusOf({ linkage: false, ownVariables: [], tables: [["originGroup"]] }).status).toBe("ready");
  });

  test("own variables with linkage asked but no INSZ column: the list cannot be made", () => {
    expect(ids(statusOf({ linkage: false }, complete, { linkageAsked: true, inszColumn: false }))).toEqual([
      "ownNeedsInsz",
    ]);
  });

  test("a table over a variable the request does not ask for is a contradiction, until the variable is asked", () => {
    const s = statusOf({ ageScheme: null });
    expect(ids(s)).toEqual(["tableOutsideRequest"]);
    expect(s.problems[0]!.text).toMatch(/The table Age band × Department uses Age band/);
    expect(statusOf({ ageScheme: null, tables: [["originGroup", "department"]] }).status).toBe("ready");
  });

  test("a reference date after today cannot describe known staff", () => {
    expect(ids(statusOf({ referenceDate: 20251231 }))).toEqual(["referenceAfterToday"]);
    expect(statusOf({ referenceDate: 20250115 }).status).toBe("ready");
  });

  test("an ethics answer of No is shown as what it is, never counted as done", () => {
    const s = statusOf({}, { ...complete, staffInformed: false, representativesConsulted: false });
    expect(s.missing).toEqual([]); // answered...
    expect(s.status).toBe("draft"); // ...but not done
    expect(s.problems.map((p) => p.text)).toEqual([
      expect.stringMatching(/^Staff are informed of the measurement: answered No/),
      expect.stringMatching(/representatives.*: answered No/i),
    ]);
  });

  test("the small-cell result is part of the status: not run, not audited, or not passed is a draft", () => {
    expect(ids(statusOf({ check: null }))).toEqual(["checkMissing"]);
    expect(ids(statusOf({ check: { ...base.check!, exposedCells: null } }))).toEqual(["checkNotAudited"]);
    const failed = statusOf({ check: { ...base.check!, exposedCells: 2 } });
    expect(ids(failed)).toEqual(["auditFailed"]);
    expect(failed.problems[0]!.text).toMatch(/^2 small cells can still be computed back/);
    // Protected against the linear attacker, but the whole-number check ran out of time: not known to be safe.
    const unconfirmed = statusOf({ check: { ...base.check!, unconfirmedCells: 1 } });
    expect(unconfirmed.status).toBe("draft");
    expect(ids(unconfirmed)).toEqual(["auditUnconfirmed"]);
    expect(unconfirmed.problems[0]!.text).toMatch(
      /^For 1 small cell the audit could not finish .* it is not known to be safe/,
    );
  });

  test("a motivation drafted from earlier choices that no longer match is a problem, in any language", () => {
    // Drafted with the default 5 age bands and threshold 5; the request now has 4 bands and threshold 10.
    const drafted = buildRequest(base, complete, "nl").sections[3]!.fields[0]!;
    const text = drafted.kind === "answer" ? drafted.value : "";
    expect(text).toMatch(/Leeftijd wordt gevraagd in 5 klassen/);
    const fourBands = { ...AGE_SCHEMES.default, lowerBounds: [25, 40, 55] } as unknown as RequestChoices["ageScheme"];
    const changed = statusOf({ ageScheme: fourBands, threshold: 10 }, { ...complete, proportionality: text });
    expect(changed.status).toBe("draft");
    expect(ids(changed)).toEqual(["motivationStale", "motivationStale"]);
    expect(changed.problems[0]!.text).toMatch(
      /says “Leeftijd wordt gevraagd in 5 klassen.*now says “Leeftijd wordt gevraagd in 4 klassen/,
    );
    expect(changed.problems[1]!.text).toMatch(/minder dan 5 personen.*minder dan 10 personen/);
    // Age no longer asked at all.
    expect(
      ids(statusOf({ ageScheme: null, tables: [], check: null }, { ...complete, proportionality: text })),
    ).toContain("motivationNotAsked");
    // The same text with the current choices is fine; so is a motivation the analyst wrote in their own words.
    expect(ids(statusOf({}, { ...complete, proportionality: text }))).toEqual([]);
    expect(
      ids(statusOf({ threshold: 10 }, { ...complete, proportionality: "Eigen tekst over tien personen." })),
    ).toEqual([]);
  });

  test("answers that are no answer: a ready-made purpose without its action point, encryption without a key, a KBO or e-mail that cannot be", () => {
    expect(ids(statusOf({}, { ...complete, actionPoint: "" }))).toEqual(["purposeWithoutAction"]);
    const keyless = { ...complete, channelPreset: undefined, encryptionKey: undefined };
    expect(ids(statusOf({}, { ...keyless, channel: "Versleutelde e-mail (PGP)" }))).toEqual(["encryptedWithoutKey"]);
    // The ready-made encrypted channel asks for the key too, whatever language the sheet writes it in.
    expect(ids(statusOf({}, { ...keyless, channelPreset: "encryptedEmail" }))).toEqual(["encryptedWithoutKey"]);
    expect(
      ids(statusOf({}, { ...complete, channel: "Versleutelde e-mail (PGP)", encryptionKey: "ABCD 1234" })),
    ).toEqual([]);
    expect(ids(statusOf({}, { ...complete, kbo: "0123.456.789" }))).toEqual(["kboInvalid"]);
    expect(ids(statusOf({}, { ...complete, kbo: "BE 0123 456 749" }))).toEqual([]);
    expect(ids(statusOf({}, { ...complete, contactEmail: "hr at voorbeeld.be" }))).toEqual(["emailInvalid"]);
    expect(statusOf({}, { ...complete, kbo: "0000.000.000" }).problems[0]!.text).toMatch(
      /0000\.000\.000: not a valid number/,
    );
  });

  test("INSZ numbers on more than one row: rows are not persons, so the request is a draft", () => {
    const twice = statusOf({}, complete, { duplicates: { numbers: 2, extraRows: 3 } });
    expect(ids(twice)).toEqual(["duplicateInsz"]);
    expect(twice.problems[0]!.text).toMatch(/^2 INSZ numbers occur on more than one row \(3 rows more than persons\)/);
    expect(ids(statusOf({}, complete, { duplicates: { numbers: 0, extraRows: 0 } }))).toEqual([]);
    // Counted from the export's INSZ column, each number read in any writing; invalid ones are not numbers.
    expect(duplicateInsz(["85073003328", "85.07.30-033.28", 85073003328, "12345678901", "12345678901", ""])).toEqual({
      numbers: 1,
      extraRows: 2,
    });
  });

  test("a required answer missing makes a draft, and it is listed", () => {
    const s = statusOf({}, { ...complete, institution: "" });
    expect(s.status).toBe("draft");
    expect(s.missing.map((m) => m.field)).toEqual(["institution"]);
  });
});

describe("property: a request reported ready never contradicts itself and never misses a required answer", () => {
  const maybe = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: undefined });
  test("over random choices and answers", () => {
    fc.assert(
      fc.property(
        fc.record({
          linkage: fc.boolean(),
          inszColumn: fc.boolean(),
          withOwn: fc.boolean(),
          age: fc.boolean(),
          reference: fc.constantFrom(20231231, 20241231, 20250115, 20251231),
          exposed: fc.constantFrom<number | null>(0, 0, 1, null),
          checked: fc.boolean(),
          answers: fc.record({
            institution: maybe(fc.constantFrom("", "FOD X")),
            staffInformed: maybe(fc.boolean()),
            legitimatePurpose: maybe(fc.boolean()),
            transmission: maybe(fc.constantFrom("", "upload")),
          }),
        }),
        (r) => {
          const answers = { ...complete, ...r.answers } as RequestAnswers;
          const choices: RequestChoices = {
            ...base,
            linkage: r.linkage && r.inszColumn,
            ownVariables: r.withOwn ? base.ownVariables : [],
            ageScheme: r.age ? base.ageScheme : null,
            referenceDate: r.reference,
            check: r.checked ? { ...base.check!, exposedCells: r.exposed } : null,
          };
          const s = requestStatus(
            buildRequest(choices, answers, "nl"),
            { choices, answers, linkageAsked: r.linkage, inszColumn: r.inszColumn },
            "en",
          );
          if (s.status !== "ready") return;
          // Ready: checked independently of the rules' code, from the facts themselves.
          expect(r.checked && r.exposed === 0).toBe(true);
          expect(r.reference <= 20250115).toBe(true);
          if (r.withOwn) expect(r.linkage && r.inszColumn).toBe(true);
          if (!r.age) expect(choices.tables.some((t) => t.includes("ageBand"))).toBe(false);
          expect(answers.institution?.trim()).toBeTruthy();
          expect(answers.staffInformed).toBe(true);
          expect(answers.legitimatePurpose).toBe(true);
          if (choices.linkage) expect(answers.transmission?.trim()).toBeTruthy();
        },
      ),
      { numRuns: 500 },
    );
  });
});

describe("an impossible signing date (issue 34)", () => {
  test("2025-02-30 is a problem named with its value, and the request prints it as written, never rolled over", () => {
    const answers = { ...complete, signatureDate: "2025-02-30" };
    const status = statusOf({}, answers);
    expect(ids(status)).toContain("signatureDateInvalid");
    expect(status.problems.find((p) => p.id === "signatureDateInvalid")!.text).toMatch(/2025-02-30/);
    const field = buildRequest(base, answers, "nl")
      .sections.flatMap((s) => s.fields)
      .find((f) => f.id === "signatureDate") as { value: string };
    expect(field.value).toBe("2025-02-30");
    expect(field.value).not.toBe("02/03/2025");
    // A real date stays fine.
    expect(ids(statusOf({}, { ...complete, signatureDate: "2025-02-28" }))).not.toContain("signatureDateInvalid");
  });
});

describe("a signing date before the figures (issue 32)", () => {
  test("before the reference date, or before the check, is a problem; on or after both it is not", () => {
    const before = (date: string) => ids(statusOf({}, { ...complete, signatureDate: date }));
    // The base request refers to 2024-12-31 and was checked on 2025-01-15.
    expect(before("2024-12-30")).toContain("signatureBeforeReference");
    expect(before("2025-01-14")).toContain("signatureBeforeCheck");
    expect(before("2025-01-14")).not.toContain("signatureBeforeReference");
    expect(before("2025-01-15")).not.toContain("signatureBeforeCheck");
    expect(before("2025-02-01")).not.toContain("signatureBeforeCheck");
    const text = statusOf({}, { ...complete, signatureDate: "2025-01-14" }).problems.find(
      (p) => p.id === "signatureBeforeCheck",
    )!.text;
    expect(text).toMatch(/14\/01\/2025.*15\/01\/2025/);
  });
});
