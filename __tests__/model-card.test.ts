import { describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { cardBlockYaml, readModelCard, updateModelCard, type CardBlock } from '../src/adapters/model-card.js';
import { runCli } from '../src/cli.js';
import { workspace, yaml } from './helpers/workspace.js';

// `carbon-budget model-card`: the block, and the card updated in place with every other byte kept.

const BLOCK: CardBlock = {
  emissions: 6000,
  source: 'carbon-budget estimate',
  training_type: 'fine-tuning',
  geographical_location: 'Germany',
  hardware_used: '4 x NVIDIA A100 SXM4 40 GB',
};

function updated(text: string, block: CardBlock = BLOCK): string {
  const result = updateModelCard(text, block);
  if (!result.ok) throw new Error(result.message);
  return result.text;
}

describe('updating a card in place', () => {
  it('sets the keys of an existing mapping and changes no other byte', () => {
    const card = readFileSync(join('__tests__/fixtures/model-cards/hub-keys-mapping.md'), 'utf8');
    const expected = card
      .replace('  emissions: 6100\n', '  emissions: 6000\n')
      .replace('  source: "ACME training logs"\n', '  source: carbon-budget estimate\n')
      .replace('  geographical_location: Hesse, Germany\n', '  geographical_location: Germany\n')
      .replace('  hardware_used: 4 A100 GPUs\n', '  hardware_used: 4 x NVIDIA A100 SXM4 40 GB\n');
    expect(expected).not.toBe(card);
    expect(updated(card)).toBe(expected);
    // Nothing to change the second time.
    expect(updated(expected)).toBe(expected);
  });

  it('keeps comments, quoting, key order and CRLF line ends, and adds missing keys under the last one', () => {
    const card = [
      '---',
      'license: mit   # weights only',
      'co2_eq_emissions:   # what training emitted',
      '  emissions: 12  # grams',
      "  source: 'old'",
      '  custom: kept',
      'tags: [a, b]',
      '---',
      'Body with co2_eq_emissions: 1 in prose.',
      '',
    ].join('\r\n');
    const block: CardBlock = { emissions: 6000, source: 'carbon-budget estimate', hardware_used: '4 GPUs' };
    expect(updated(card, block)).toBe(
      [
        '---',
        'license: mit   # weights only',
        'co2_eq_emissions:   # what training emitted',
        '  emissions: 6000  # grams',
        '  source: carbon-budget estimate',
        '  custom: kept',
        '  hardware_used: 4 GPUs',
        'tags: [a, b]',
        '---',
        'Body with co2_eq_emissions: 1 in prose.',
        '',
      ].join('\r\n'),
    );
  });

  it('turns the plain number form into the mapping, keeping the key line comment', () => {
    const card = readFileSync(join('__tests__/fixtures/model-cards/autotrain-number.md'), 'utf8');
    expect(updated(card, { emissions: 6000, source: 'carbon-budget estimate' })).toBe(
      card.replace(
        'co2_eq_emissions: 6500\n',
        'co2_eq_emissions:\n  emissions: 6000\n  source: carbon-budget estimate\n',
      ),
    );
    expect(updated('---\nco2_eq_emissions: 6500  # grams\nlanguage: en\n---\n', { emissions: 7, source: 's' })).toBe(
      '---\nco2_eq_emissions:  # grams\n  emissions: 7\n  source: s\nlanguage: en\n---\n',
    );
  });

  it('adds the key at the end of a front matter without it, and a front matter to a card without one', () => {
    expect(updated('---\nlicense: mit\n---\n# Card\n', { emissions: 7, source: 's' })).toBe(
      '---\nlicense: mit\nco2_eq_emissions:\n  emissions: 7\n  source: s\n---\n# Card\n',
    );
    expect(updated('# Card\n\nText.\n', { emissions: 7, source: 's' })).toBe(
      '---\nco2_eq_emissions:\n  emissions: 7\n  source: s\n---\n# Card\n\nText.\n',
    );
  });

  it('quotes text in a flow mapping, where a comma would end a value', () => {
    const text = updated('---\nco2_eq_emissions: {emissions: 5, source: x}\n---\n', {
      emissions: 7,
      source: 's',
      geographical_location: 'Eemshaven, Netherlands',
    });
    expect(text).toBe(
      '---\nco2_eq_emissions: {emissions: 7, source: "s", geographical_location: "Eemshaven, Netherlands" }\n---\n',
    );
    expect(readModelCard(text, 'c.md').figure?.geographicalLocation).toBe('Eemshaven, Netherlands');
  });

  it('refuses a front matter it cannot read rather than guess', () => {
    expect(updateModelCard('---\nlicense: [mit\n---\n', BLOCK)).toMatchObject({ ok: false });
    expect(updateModelCard('---\n- a list\n---\n', BLOCK)).toMatchObject({ ok: false });
  });
});

describe('carbon-budget model-card', () => {
  // 4 x 400 W (A100 SXM4 40 GB TDP) x 10 h = 16 kWh IT x PUE 1 = 16 kWh x 375 g/kWh = 6 kg = 6,000 g.
  const files = {
    'carbon-budget.yml': yaml(
      'workloads:',
      '  - name: acme-finetune',
      '    kind: training',
      '    accelerator: nvidia-a100-sxm4-40gb',
      '    count: 4',
      '    hours: 10',
      '    pue: 1',
      '    intensity: 375 g/kWh',
      '  - name: serve',
      '    kind: inference',
      '    requests: 1/s',
      '    energy-per-request: 1 Wh',
      '    period: 1d',
      '    intensity: 100',
    ),
    'models/README.md': readFileSync(join('__tests__/fixtures/model-cards/hub-keys-mapping.md'), 'utf8'),
  };

  async function run(args: string[], cwd: string) {
    let out = '';
    let err = '';
    const code = await runCli(args, { cwd, out: (t) => (out += t), err: (t) => (err += t) });
    return { code, out, err };
  }

  it('prints the block in grams for the one training workload', async () => {
    const result = await run(['model-card', '-t', 'fine-tuning'], workspace(files));
    expect(result).toEqual({
      code: 0,
      out: cardBlockYaml({
        emissions: 6000,
        source: 'carbon-budget estimate',
        training_type: 'fine-tuning',
        hardware_used: '4 x NVIDIA A100 SXM4 40 GB',
      }),
      err: '',
    });
    expect(result.out).toBe(
      'co2_eq_emissions:\n  emissions: 6000\n  source: carbon-budget estimate\n  training_type: fine-tuning\n' +
        '  hardware_used: 4 x NVIDIA A100 SXM4 40 GB\n',
    );
  });

  it('writes the card in place, keeping its training_type and every other line', async () => {
    const root = workspace(files);
    const before = files['models/README.md'];
    const result = await run(['model-card', 'acme-finetune', '--write', 'models/README.md'], root);
    expect(result.err).toBe('');
    expect(result.out).toBe(
      'carbon-budget: models/README.md: co2_eq_emissions now reads 6,000 g (acme-finetune, carbon-budget estimate)\n',
    );
    expect(readFileSync(join(root, 'models/README.md'), 'utf8')).toBe(
      before
        .replace('  emissions: 6100\n', '  emissions: 6000\n')
        .replace('  source: "ACME training logs"\n', '  source: carbon-budget estimate\n')
        .replace('  hardware_used: 4 A100 GPUs\n', '  hardware_used: 4 x NVIDIA A100 SXM4 40 GB\n'),
    );
  });

  it('names the training workloads when none or a wrong one is given', async () => {
    const root = workspace(files);
    expect((await run(['model-card', 'serve'], root)).err).toMatch(
      /^carbon-budget: model-card: no training workload `serve` \(training workloads: `acme-finetune`\)/,
    );
    const missing = await run(['model-card', 'acme-finetune', '-w', 'models/NONE.md'], root);
    expect(missing).toMatchObject({ code: 2, err: 'carbon-budget: cannot update models/NONE.md: no such file\n' });
  });
});
