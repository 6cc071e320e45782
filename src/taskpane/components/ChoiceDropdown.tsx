import { Dropdown, Option, type DropdownProps } from "@fluentui/react-components";

export interface Choice<T extends string> {
  value: T;
  text: string;
}

/**
 * A Fluent Dropdown over a fixed list of choices, each shown by its label: the shape of every
 * "pick one of these" in the pane (schemes, roles, languages, table variables).
 */
export function ChoiceDropdown<T extends string>({
  choices,
  value,
  onChange,
  ...rest
}: {
  choices: readonly Choice<T>[];
  value: T;
  onChange: (value: T) => void;
} & Omit<DropdownProps, "value" | "selectedOptions" | "onOptionSelect" | "onChange" | "children">) {
  const text = choices.find((c) => c.value === value)?.text ?? value;
  return (
    <Dropdown
      {...rest}
      value={text}
      selectedOptions={[value]}
      onOptionSelect={(_, data) => {
        const chosen = choices.find((c) => c.value === data.optionValue);
        if (chosen) onChange(chosen.value);
      }}
    >
      {choices.map((c) => (
        <Option key={c.value} value={c.value} text={c.text}>
          {c.text}
        </Option>
      ))}
    </Dropdown>
  );
}
