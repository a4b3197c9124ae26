import { describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { CLOUD_REGIONS, type Provider } from '../src/catalog/data/cloud-regions.js';
import { INSTANCE_TYPES } from '../src/catalog/data/instances.js';

// docs/data.md states how many regions and instance types the catalog holds; these tests count them from the data,
// so that the page cannot drift from the tables again.
const doc = readFileSync('docs/data.md', 'utf8');
const count = (rows: readonly { provider: Provider }[], provider: Provider): number =>
  rows.filter((r) => r.provider === provider).length;

describe('docs/data.md counts', () => {
  it("states each provider's number of regions as the catalog holds them", () => {
    for (const [provider, label] of [
      ['aws', 'Amazon Web Services (`aws:`)'],
      ['gcp', 'Google Cloud (`gcp:`)'],
      ['azure', 'Microsoft Azure (`azure:`)'],
    ] as const) {
      const row = doc.split('\n').find((line) => line.startsWith(`| ${label} |`));
      expect({ provider, regions: row?.match(/\| (\d+) \|$/)?.[1] }).toEqual({
        provider,
        regions: String(count(CLOUD_REGIONS, provider)),
      });
    }
    expect(doc).toContain(
      `${count(CLOUD_REGIONS, 'aws')} AWS, ${count(CLOUD_REGIONS, 'gcp')} Google Cloud and\n  ` +
        `${count(CLOUD_REGIONS, 'azure')} Azure regions`,
    );
  });

  it('states the number of instance types, in total and per provider', () => {
    expect(doc).toContain(
      `${INSTANCE_TYPES.length} types (AWS ${count(INSTANCE_TYPES, 'aws')}, ` +
        `Google Cloud ${count(INSTANCE_TYPES, 'gcp')},\n  Azure ${count(INSTANCE_TYPES, 'azure')},`,
    );
  });

  it('lists in the footer of instances.ts no instance type that the table holds', () => {
    const source = readFileSync('src/catalog/data/instances.ts', 'utf8');
    const footer = source.slice(source.lastIndexOf('];'));
    for (const t of INSTANCE_TYPES)
      expect({ id: t.id, inFooter: footer.includes(`${t.id} `) }).toEqual({ id: t.id, inFooter: false });
  });
});
