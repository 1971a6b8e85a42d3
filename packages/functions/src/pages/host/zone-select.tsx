import { invalid, type Errors } from "../form-fields.tsx";

const ZONES = Intl.supportedValuesOf("timeZone");

/** Every IANA zone, with the current one kept selectable even when ICU lists it under an older name. */
export function ZoneSelect(p: { id: string; name: string; value: string; errors: Errors; detect?: boolean }) {
  const zones = ZONES.includes(p.value) ? ZONES : [...ZONES, p.value].sort();
  return (
    <select id={p.id} name={p.name} data-detect={p.detect ? "yes" : undefined} {...invalid(p.errors, p.name)}>
      {zones.map((z) => (
        <option value={z} selected={z === p.value}>
          {z.replaceAll("_", " ")}
        </option>
      ))}
    </select>
  );
}
