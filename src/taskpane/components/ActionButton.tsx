import { Button, Caption1, makeStyles, tokens, useId } from "@fluentui/react-components";
import type { ReactElement, ReactNode } from "react";
import { useTr } from "../i18n";
import type { Blocker } from "../blockers";

const useStyles = makeStyles({
  wrap: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXXS },
  why: { color: tokens.colorNeutralForeground3 },
});

/**
 * A button that, when it cannot be used, says why and what to do in a line under it (and to screen
 * readers, through aria-describedby): a grey button never leaves the analyst guessing.
 */
export function ActionButton({
  blocker,
  testId,
  onClick,
  icon,
  appearance,
  children,
}: {
  blocker: Blocker | null;
  testId: string;
  onClick: () => void;
  icon?: ReactElement;
  appearance?: "primary" | "secondary";
  children: ReactNode;
}) {
  const { tr } = useTr();
  const styles = useStyles();
  const id = useId("why");
  return (
    <div className={styles.wrap}>
      <Button
        appearance={appearance ?? "secondary"}
        icon={icon}
        onClick={onClick}
        disabled={blocker !== null}
        aria-describedby={blocker ? id : undefined}
        data-testid={testId}
      >
        {children}
      </Button>
      {blocker && (
        <Caption1 id={id} className={styles.why} data-testid={`${testId}-why`}>
          {tr(blocker.key, blocker.params)}
        </Caption1>
      )}
    </div>
  );
}
