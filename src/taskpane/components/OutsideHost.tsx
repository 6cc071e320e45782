/**
 * The pane opened outside Excel (a browser tab, a preview): Office.js starts with no host, and every
 * workbook call would fail ("Excel is not defined"). Say where the pane runs, and link the standalone
 * page, which does the same work on an .xlsx file in the browser. With `noOffice`: Office.js itself
 * did not load (a proxy that blocks Microsoft's CDN), which is said as such, not as a blank pane.
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

export function OutsideHost({ lang, noOffice = false }: { lang: Lang; noOffice?: boolean }) {
  return (
    <FluentProvider theme={webLightTheme} lang={lang}>
      <MessageBar intent={noOffice ? "warning" : "info"} data-testid={noOffice ? "no-office" : "outside-host"}>
        <MessageBarBody>
          <MessageBarTitle>{t(lang, noOffice ? "outside.noOffice.title" : "outside.title")}</MessageBarTitle>
          {t(lang, noOffice ? "outside.noOffice.body" : "outside.body")}{" "}
          <Link href="standalone.html" data-testid="outside-host-link">
            {t(lang, "outside.link")}
          </Link>
        </MessageBarBody>
      </MessageBar>
    </FluentProvider>
  );
}
