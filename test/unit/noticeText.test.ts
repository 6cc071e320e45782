import { noticeText } from "../../src/commands/noticeText";
import { t } from "../../src/core";

describe("the notice dialog's text from its query string", () => {
  test("a catalogue message in the asked language, with its parameters", () => {
    const params = encodeURIComponent(JSON.stringify({ command: "Hercoderen", detail: "klaar" }));
    expect(noticeText(`?lang=nl&key=command.done&params=${params}`).text).toBe(
      t("nl", "command.done", { command: "Hercoderen", detail: "klaar" }),
    );
  });

  test.each(["__proto__", "constructor", "toString", "hasOwnProperty", "", "no.such.key"])(
    "key=%s is not a message: the dialog shows the generic title, never a blank",
    (key) => {
      const { text } = noticeText(`?lang=fr&key=${encodeURIComponent(key)}`);
      expect(text).toBe(t("fr", "pane.error.title"));
      expect(text.trim()).not.toBe("");
    },
  );

  test("parameters that are not texts or numbers are left out, and an unknown language is English", () => {
    const params = encodeURIComponent('{"command": {"x": 1}, "__proto__": {"detail": "y"}}');
    const { lang, text } = noticeText(`?lang=xx&key=command.done&params=${params}`);
    expect(lang).toBe("en");
    expect(text).toContain("{command}");
    expect(text).not.toContain("[object Object]");
  });
});
