import { describe, expect, it } from '@jest/globals';
import electricityMaps from '@tgwf/co2/data/electricity-maps';
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { ACCELERATORS } from '../src/catalog/data/accelerators.js';
import { CLOUD_REGIONS } from '../src/catalog/data/cloud-regions.js';
import { CO2JS_VERSION, ELECTRICITY_MAPS } from '../src/catalog/data/grid-intensity-source.js';
import { EQUIVALENCES } from '../src/catalog/data/equivalences.js';
import { INDUSTRY_PUE, PROVIDER_PUE } from '../src/catalog/data/pue.js';
import { resolveLocation } from '../src/catalog/regions.js';
import { jsonSchema } from '../src/config/schema.js';
import { readInputs } from '../src/github/settings.js';
import { VERSION } from '../src/version.js';
import { reportOf, yaml } from './helpers/workspace.js';

describe('data provenance', () => {
  it('gives every accelerator a source with title, URL, year and licence', () => {
    for (const a of ACCELERATORS) {
      expect(a.source.url).toMatch(/^https:\/\//);
      expect(a.source.year).toBeGreaterThanOrEqual(2014); // the K80 board specification
      expect(a.source.licence.length).toBeGreaterThan(0);
      // A vendor that publishes no power figure is said so, and then the workload gives `power`.
      if (a.tdpW === undefined) expect(a.note).toMatch(/publishes no power figure/);
      else expect(a.tdpW).toBeGreaterThan(0);
    }
    expect(new Set(ACCELERATORS.map((a) => a.id)).size).toBe(ACCELERATORS.length);
  });

  it('maps every cloud region onto a grid zone that has a figure in every year', () => {
    const years = ELECTRICITY_MAPS.years.map((y) => electricityMaps[`yearly${y}`].data);
    for (const r of CLOUD_REGIONS) {
      for (const data of years)
        expect({ region: r.region, zone: data[r.zone]?.zone.zoneName !== undefined }).toEqual({
          region: r.region,
          zone: true,
        });
    }
  });

  it('covers the main regions of each provider', () => {
    for (const id of [
      'aws:us-east-1',
      'aws:eu-west-1',
      'gcp:us-central1',
      'gcp:europe-west4',
      'azure:eastus',
      'azure:westeurope',
    ]) {
      expect(resolveLocation(id).ok).toBe(true);
    }
  });

  it('cites a source for every PUE default and equivalence', () => {
    for (const p of [...Object.values(PROVIDER_PUE), INDUSTRY_PUE]) {
      expect(p.url).toMatch(/^https:\/\//);
      expect(p.value).toBeGreaterThanOrEqual(1);
    }
    for (const e of EQUIVALENCES) expect(e.url).toMatch(/^https:\/\//);
  });

  it('records the installed CO2.js version and carbon-budget version', () => {
    const installed = JSON.parse(readFileSync('node_modules/@tgwf/co2/package.json', 'utf8')) as { version: string };
    expect(CO2JS_VERSION).toBe(installed.version);
    expect(VERSION).toBe((JSON.parse(readFileSync('package.json', 'utf8')) as { version: string }).version);
  });
});

describe('regions', () => {
  it('reads countries by alpha-2 and alpha-3 code to the same zone', () => {
    const a2 = resolveLocation('country:FR');
    const a3 = resolveLocation('country:fra');
    expect(a2).toEqual(a3);
    expect(a2).toMatchObject({ ok: true, value: { id: 'country:FR', zone: 'FR' } });
  });

  it('suggests the provider prefix for a bare region', () => {
    expect(resolveLocation('us-east-1')).toMatchObject({
      ok: false,
      message: expect.stringContaining('(did you mean `aws:us-east-1`?)'),
    });
    expect(resolveLocation('europe-west4')).toEqual({
      ok: false,
      message:
        '`europe-west4` needs a prefix: write `aws:REGION`, `gcp:REGION`, `azure:REGION`, `country:CODE`, ' +
        '`zone:ZONE` or `on-prem:CODE` (did you mean `gcp:europe-west4`?)',
    });
  });
});

describe('published JSON Schema', () => {
  it('is the one generated from the zod schema (run `npm run schema` after changing it)', () => {
    expect(JSON.parse(readFileSync('schema/carbon-budget.schema.json', 'utf8'))).toEqual(jsonSchema());
  });

  it('declares every workload field with a description', () => {
    type Field = { description?: string };
    type Variant = { properties: Record<string, Field> };
    type ArraySchema = { type?: string; items?: { oneOf?: Variant[]; anyOf?: Variant[] } };
    const schema = jsonSchema() as { properties: { workloads: { anyOf?: ArraySchema[] } & ArraySchema } };
    const workloads = schema.properties.workloads.anyOf?.find((s) => s.type === 'array') ?? schema.properties.workloads;
    const variants = workloads.items?.oneOf ?? workloads.items?.anyOf ?? [];
    expect(variants).toHaveLength(2);
    for (const variant of variants) {
      for (const [key, field] of Object.entries(variant.properties))
        expect({ key, described: (field.description ?? '').length > 0 }).toEqual({ key, described: true });
    }
  });
});

describe('action.yml', () => {
  it('runs the bundle on node24 and declares the inputs and outputs main.ts uses', () => {
    const action = parse(readFileSync('action.yml', 'utf8')) as {
      runs: { using: string; main: string };
      inputs: Record<string, unknown>;
      outputs: Record<string, unknown>;
    };
    expect(action.runs).toEqual({ using: 'node24', main: 'dist/index.js' });
    const read: string[] = [];
    readInputs((name) => {
      read.push(name);
      return '';
    });
    expect(read.sort()).toEqual(Object.keys(action.inputs).sort());
    const main = readFileSync('src/main.ts', 'utf8');
    const outputs = [...main.matchAll(/setOutput\('([^']+)'/g)].map((m) => m[1]);
    expect([...new Set(outputs)].sort()).toEqual(Object.keys(action.outputs).sort());
  });
});

describe('accelerator names', () => {
  it('accepts ids, ids without the vendor, and names as nvidia-smi prints them', async () => {
    const { findAccelerator } = await import('../src/catalog/accelerators.js');
    for (const written of ['nvidia-a100-sxm4-80gb', 'a100-sxm4-80gb', 'NVIDIA A100-SXM4-80GB']) {
      expect(findAccelerator(written)).toMatchObject({ ok: true, value: { id: 'nvidia-a100-sxm4-80gb' } });
    }
    expect(findAccelerator('Tesla T4')).toMatchObject({ ok: true, value: { id: 'nvidia-t4-16gb', tdpW: 70 } });
    expect(findAccelerator('NVIDIA H100 80GB HBM3')).toMatchObject({
      ok: true,
      value: { id: 'nvidia-h100-sxm5-80gb' },
    });
    expect(findAccelerator('quantum-9000')).toEqual({
      ok: false,
      message:
        'unknown accelerator `quantum-9000`. Or give its measured average draw with `power` (e.g. `power: 330 W`). ' +
        '`carbon-budget catalog` lists every id.',
    });
  });
});

describe('markdown from untrusted names', () => {
  it('shows markup as typed, keeps tables whole and notifies nobody', async () => {
    const { renderMarkdown } = await import('../src/report/markdown.js');
    const report = await reportOf({
      'carbon-budget.yml': yaml(
        'workloads:',
        '  - { name: "**a|b** <details> @octocat", kind: training, power: 1 kW, accelerator-hours: 1, ' +
          'intensity: 1, pue: 1 }',
      ),
    });
    const markdown = renderMarkdown(report);
    expect(markdown).toContain('| \\*\\*a\\|b\\*\\* \\<details\\> @\u200boctocat | training |');
    expect(markdown).not.toContain('@octocat');
  });

  it('escapes budget names in headlines, file names in code spans, and every string of a forged report', async () => {
    const { renderMarkdown } = await import('../src/report/markdown.js');
    const report = await reportOf({
      'carbon-budget.yml': yaml(
        'workloads:',
        '  - { name: "evil @octocat <img src=x> [click](https://attacker.example)", kind: training, power: 1 kW, accelerator-hours: 20, intensity: 1000, pue: 1, budget: 10 kg }',
      ),
    });
    const forged = {
      ...report,
      config: 'carbon-budget.yml`\n\n## EVIL @octocat',
      workloads: report.workloads.map((w) => ({
        ...w,
        file: 'x` @octocat <img src=x> `.yml',
        assumptions: {
          ...w.assumptions,
          intensity: { ...w.assumptions.intensity, basis: 'grid-data', source: '<img src=y> @octocat' },
        },
      })),
      equivalents: report.equivalents.map((e) => ({
        ...e,
        count: 5,
        text: '[Approve](https://attacker.example) @octocat',
      })),
      data: { ...report.data, co2js: '@octocat', gridIntensity: [{ source: '<b>x</b>', url: 'javascript:alert(1)' }] },
    };
    const markdown = renderMarkdown(forged);
    // In a code span nothing renders and nobody is notified: what matters is the text outside them.
    const outsideCode = markdown.replace(/(`+)[\s\S]*?\1/g, '');
    expect(outsideCode).not.toMatch(/(^|[^\u200b])@octocat/m);
    // Markup shows as typed: every `<` and `]` that could open a tag or a link is escaped.
    expect(outsideCode).not.toMatch(/(^|[^\\])(<img|<b>|\]\(https:\/\/attacker)|javascript:/m);
    expect(markdown.split('\n')[0]).toBe('### ❌ carbon-budget ``carbon-budget.yml`  ## EVIL @octocat``: Over budget');
    expect(markdown).toContain('(``x` @octocat <img src=x> `.yml:2``)');
  });
});

describe('generated grid data', () => {
  it('holds exactly the figures @tgwf/co2 publishes (run `npm run grid-data` after upgrading it)', async () => {
    const { ZONES, YEARS, EMBER, GENERATED_FROM } = await import('../src/catalog/data/grid-intensity.generated.js');
    const { averageIntensity } = await import('@tgwf/co2/data');
    expect(GENERATED_FROM).toBe(`@tgwf/co2 ${CO2JS_VERSION}`);
    expect([...YEARS]).toEqual([...ELECTRICITY_MAPS.years]);
    for (const year of YEARS) {
      const published = electricityMaps[`yearly${year}`].data;
      expect(Object.keys(ZONES).sort()).toEqual(Object.keys(published).sort());
      for (const [zone, record] of Object.entries(published)) {
        expect({ zone, year, value: ZONES[zone]?.[YEARS.indexOf(year) + 1], name: ZONES[zone]?.[0] }).toEqual({
          zone,
          year,
          value: record.carbonIntensity.value,
          name: record.zone.zoneName,
        });
      }
    }
    expect(EMBER).toEqual(averageIntensity.data);
  });
});
