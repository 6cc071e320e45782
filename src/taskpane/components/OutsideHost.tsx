/**
 * The pane opened outside Excel (a browser tab, a preview): Office.js starts with no host, and every
 * workbook call would fail ("Excel is not defined"). Say where the pane runs, and link the standalone
 * page, which does the same work on an .xlsx file in the browser.
 */
import {
  FluentProvider,
  Link,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  webLightTheme,
} from "@fluentui/react-components";
import { t, type Lang } from "../../core";

export function OutsideHost({ lang }: { lang: Lang }) {
  return (
    <FluentProvider theme={webLightTheme} lang={lang}>
      <MessageBar intent="info" data-testid="outside-host">
        <MessageBarBody>
          <MessageBarTitle>{t(lang, "outside.title")}</MessageBarTitle>
          {t(lang, "outside.body")}{" "}
          <Link href="standalone.html" data-testid="outside-host-link">
            {t(lang, "outside.link")}
          </Link>
        </MessageBarBody>
      </MessageBar>
    </FluentProvider>
  );
}
