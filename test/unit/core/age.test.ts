import { ageFromBirthDate, ageOn, bandOf, AGE_SCHEMES, parseAge, stamp } from "../../../src/core";

const END_2024 = stamp(2024, 12, 31);

describe("age in completed years on the reference date", () => {
  test("born 29/02/1980 is 44 on 31/12/2024", () =>
    expect(ageFromBirthDate("29/02/1980", END_2024)).toEqual({ ok: true, value: 44 }));
  test("born 29 Feb 1980 is 44 on 28 Feb 2025 and 45 on 1 Mar 2025 (birthday on 1 March in a non-leap year)", () => {
    expect(ageOn(stamp(1980, 2, 29), stamp(2025, 2, 28))).toBe(44);
    expect(ageOn(stamp(1980, 2, 29), stamp(2025, 3, 1))).toBe(45);
  });
  test("born 29 Feb 1980 turns 44 on 29 Feb 2024, a leap year", () => {
    expect(ageOn(stamp(1980, 2, 29), stamp(2024, 2, 28))).toBe(43);
    expect(ageOn(stamp(1980, 2, 29), stamp(2024, 2, 29))).toBe(44);
  });
  test("born 01/01/1970 is 54 on 31/12/2024, in band 45-54", () => {
    const age = ageFromBirthDate("01/01/1970", END_2024);
    expect(age).toEqual({ ok: true, value: 54 });
    expect(bandOf(54, AGE_SCHEMES.default)).toEqual({ ok: true, value: "45-54" });
  });
  test("born 31/12/1969 is 55 on 31/12/2024, in band 55+", () => {
    expect(ageFromBirthDate("31/12/1969", END_2024)).toEqual({ ok: true, value: 55 });
    expect(bandOf(55, AGE_SCHEMES.default)).toEqual({ ok: true, value: "55+" });
  });
  test("a birth date after the reference date is invalid", () =>
    expect(ageFromBirthDate("01/01/2025", END_2024)).toEqual({ ok: false, reason: "birth_in_future" }));
  test("ages under 14 or over 100 are implausible for staff", () => {
    expect(ageFromBirthDate("01/06/2012", END_2024)).toEqual({ ok: false, reason: "age_too_low" });
    expect(ageFromBirthDate("01/06/1920", END_2024)).toEqual({ ok: false, reason: "age_too_high" });
  });
  test("an age given directly is accepted as a whole number", () => {
    expect(parseAge(37)).toEqual({ ok: true, value: 37 });
    expect(parseAge("41")).toEqual({ ok: true, value: 41 });
    expect(parseAge(37.9)).toEqual({ ok: true, value: 37 });
    expect(parseAge("veertig")).toEqual({ ok: false, reason: "not_an_age" });
    expect(parseAge(7)).toEqual({ ok: false, reason: "age_too_low" });
  });
});
