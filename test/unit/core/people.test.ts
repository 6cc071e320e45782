import { formatInsz, makeInsz, parseInsz, parseSex, stamp } from "../../../src/core";

describe("sex codes", () => {
  test.each([
    ["M", "M"],
    ["man", "M"],
    ["Homme", "M"],
    ["male", "M"],
    [1, "M"],
    ["V", "F"],
    ["vrouw", "F"],
    ["femme", "F"],
    ["F", "F"],
    ["female", "F"],
    [2, "F"],
    ["X", "X"],
  ])("%s is %s", (cell, sex) => expect(parseSex(cell)).toEqual({ ok: true, value: sex }));
  test("anything else is unknown, with the reason", () => {
    expect(parseSex("?")).toEqual({ ok: false, reason: "not_a_sex" });
    expect(parseSex(3)).toEqual({ ok: false, reason: "not_a_sex" });
    expect(parseSex("")).toEqual({ ok: false, reason: "empty" });
  });
});

describe("INSZ / NISS", () => {
  test("a man born 30 July 1985 with serial 033: 85.07.30-033.28", () => {
    const insz = makeInsz(1985, 7, 30, 33);
    expect(formatInsz(insz)).toBe("85.07.30-033.28");
    expect(parseInsz("85.07.30-033.28")).toEqual({
      ok: true,
      value: { digits: "85073003328", kind: "register", birthDate: stamp(1985, 7, 30), sex: "M" },
    });
  });
  test("someone born in 2003 takes the 2-prefixed check, and survives Excel dropping the leading zero", () => {
    const insz = makeInsz(2003, 4, 5, 122);
    expect(insz.startsWith("03")).toBe(true);
    const asNumber = Number(insz); // Excel stores it as 30405122xx
    const parsed = parseInsz(asNumber);
    expect(parsed.ok && parsed.value.birthDate).toBe(stamp(2003, 4, 5));
    expect(parsed.ok && parsed.value.sex).toBe("F");
  });
  test("a wrong check digit is refused", () => {
    const insz = makeInsz(1970, 1, 1, 1);
    const wrong = insz.slice(0, 9) + String((Number(insz.slice(9)) % 97) + 1).padStart(2, "0");
    expect(parseInsz(wrong)).toEqual({ ok: false, reason: "insz_checksum" });
  });
  test("BIS numbers: month + 40 keeps the sex, month + 20 leaves it unknown", () => {
    const bis40 = parseInsz(makeInsz(1990, 45, 12, 101));
    expect(bis40.ok && bis40.value).toEqual({
      digits: expect.any(String),
      kind: "bis",
      birthDate: stamp(1990, 5, 12),
      sex: "M",
    });
    const bis20 = parseInsz(makeInsz(1990, 25, 12, 102));
    expect(bis20.ok && bis20.value.sex).toBeNull();
  });
  test("an unknown birth date (month 00) still validates, without a date", () => {
    const parsed = parseInsz(makeInsz(1960, 0, 0, 45));
    expect(parsed.ok && parsed.value.birthDate).toBeNull();
  });
  test("lengths, text and impossible dates are reported", () => {
    expect(parseInsz("1234").ok).toBe(false);
    expect(parseInsz("abc")).toEqual({ ok: false, reason: "insz_length" });
    expect(parseInsz(makeInsz(1985, 2, 30, 10))).toEqual({ ok: false, reason: "insz_date" });
  });
});
