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

/** Picks the browser's own zone in selects marked data-detect, unless the person already chose one. */
export const DETECT_ZONE_SCRIPT = `
document.addEventListener("DOMContentLoaded",function(){
  try{var z=Intl.DateTimeFormat().resolvedOptions().timeZone;}catch(e){return}
  document.querySelectorAll("select[data-detect=yes]").forEach(function(s){
    if(z&&s.querySelector('option[value="'+z+'"]'))s.value=z;
  });
});`;
