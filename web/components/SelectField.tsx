import { Field, Label, Select } from '@digdir/designsystemet-react';

/** A labelled select whose first choice, empty, means "no filter". */
export function SelectField({
  id,
  label,
  value,
  all,
  options,
  onChange,
}: {
  id: string;
  label: string;
  value: string;
  /** The text of the empty choice: "Alle", "Alle år" … */
  all: string;
  options: readonly (readonly [value: string, label: string])[];
  onChange: (e: { target: { value: string } }) => void;
}) {
  return (
    <Field>
      <Label htmlFor={id}>{label}</Label>
      <Select id={id} value={value} onChange={onChange}>
        <Select.Option value="">{all}</Select.Option>
        {options.map(([v, text]) => (
          <Select.Option key={v} value={v}>
            {text}
          </Select.Option>
        ))}
      </Select>
    </Field>
  );
}
