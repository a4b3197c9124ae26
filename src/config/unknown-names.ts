import { acceleratorIds } from '../catalog/accelerators.js';
import { nearest, orList } from '../text/suggest.js';

// What to say of a catalog name that names nothing, where the file says more than the catalog's
// own message can: a workload that gives its own `power`, a country written as people abbreviate it.

/**
 * Country codes in common use that ISO 3166-1 does not assign, each to the one country it means:
 * `UK` is reserved by ISO 3166-1 at the United Kingdom's request (its code is `GB`), and the
 * European Union writes `EL` for Greece (ISO `GR`). Each names one country only, so the code to use
 * is certain.
 */
const NON_ISO_COUNTRIES: Readonly<Record<string, { readonly iso: string; readonly name: string }>> = {
  UK: { iso: 'GB', name: 'the United Kingdom' },
  EL: { iso: 'GR', name: 'Greece' },
};

const COUNTRY_REGION = /^\s*(country|on-prem)\s*:\s*([A-Za-z]{2})\s*$/i;

function nonIsoCountry(written: string): string | undefined {
  const match = COUNTRY_REGION.exec(written);
  if (match === null) return undefined;
  const prefix = (match[1] ?? '').toLowerCase();
  const code = match[2] ?? '';
  const country = NON_ISO_COUNTRIES[code.toUpperCase()];
  if (country === undefined) return undefined;
  return (
    `\`${code}\` is not an ISO 3166-1 code: ${country.name} is \`${country.iso}\`, ` +
    `so write \`${prefix}:${country.iso}\``
  );
}

/**
 * The message for a `field` whose text names no catalog entry: the catalog's, unless the file says
 * more. `power`: the workload gives its own measured power, so the accelerator is only a label.
 */
export function unknownNameMessage(
  field: 'region' | 'accelerator' | 'instance',
  written: string,
  catalogMessage: string,
  power: boolean,
): string {
  if (field === 'region') return nonIsoCountry(written) ?? catalogMessage;
  if (field !== 'accelerator' || !power) return catalogMessage;
  const id = written.trim().toLowerCase();
  const ids = acceleratorIds();
  const containing = id.length < 2 ? [] : ids.filter((a) => a.includes(id));
  const near = (containing.length > 0 ? containing : nearest(id, ids, 4)).slice(0, 4);
  const guess = near.length > 0 ? ` (did you mean ${orList(near)}?)` : '';
  return (
    `unknown accelerator \`${written}\`${guess}. With \`power\` given, the accelerator only names the ` +
    'hardware in the report: remove `accelerator`, or use an id that `carbon-budget catalog` lists'
  );
}
