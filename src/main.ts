import { writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import * as core from '@actions/core';
import { analyse } from './analyse.js';
import { formatDiagnostic } from './config/diagnostics.js';
import { fileSystemSource } from './io/fs-source.js';
import { formatMass } from './report/format.js';
import { renderMarkdown } from './report/markdown.js';
import { budgetSentence } from './report/verdict-text.js';

function round3(value: number): number {
  return Math.round(value * 1000) / 1000;
}

const FAIL_ON = ['over', 'warn', 'never'] as const;
type FailOn = (typeof FAIL_ON)[number];

/**
 * The action: estimate the workload file, write the job summary, outputs and JSON report, and
 * fail per `fail-on`. (Pull-request comments and the base-branch comparison are built on this.)
 */
export async function run(): Promise<void> {
  const workspace = (process.env.GITHUB_WORKSPACE ?? process.cwd()).replace(/\\/g, '/');
  const config = core.getInput('config') || 'carbon-budget.yml';
  const failOn = (core.getInput('fail-on') || 'over') as FailOn;
  if (!FAIL_ON.includes(failOn)) {
    core.setFailed(`fail-on must be over, warn or never; got \`${failOn}\``);
    return;
  }

  const analysis = await analyse([resolve(workspace, config).replace(/\\/g, '/')], { root: workspace, source: fileSystemSource });
  if (!analysis.ok) {
    for (const d of analysis.diagnostics) {
      core.error(d.message, { file: d.file, ...(d.line > 0 ? { startLine: d.line, startColumn: d.column } : {}) });
    }
    core.setOutput('status', 'invalid');
    core.setFailed(`${analysis.diagnostics.length} problem(s) in the workload files:\n${analysis.diagnostics.map(formatDiagnostic).join('\n')}`);
    return;
  }

  const { report } = analysis;
  const reportPath = join(process.env.RUNNER_TEMP ?? workspace, 'carbon-budget-report.json');
  await writeFile(reportPath, JSON.stringify(report, null, 2) + '\n');
  const markdown = renderMarkdown(report);
  await core.summary.addRaw(markdown).write();

  // Three decimals (grams, watt-hours) is finer than any input; float noise only confuses workflows.
  core.setOutput('co2e-kg', round3(report.totals.co2eKg));
  core.setOutput('energy-kwh', round3(report.totals.energyKwh));
  core.setOutput('status', report.status);
  core.setOutput('report-path', reportPath);

  for (const b of report.budgets) {
    if (b.status === 'ok') continue;
    const annotate = b.status === 'over' ? core.error : core.warning;
    annotate(budgetSentence(b), { file: b.file, startLine: b.line, title: `carbon budget ${b.status}` });
  }
  const failing = report.budgets.filter((b) => b.status === 'over' || (failOn === 'warn' && b.status === 'warn'));
  if (failOn !== 'never' && failing.length > 0) {
    core.setFailed(`Carbon budget ${failing.some((b) => b.status === 'over') ? 'exceeded' : 'nearly exceeded'}: ${failing.map(budgetSentence).join('; ')}`);
  } else {
    core.info(`carbon-budget: ${formatMass(report.totals.co2eKg)} in total, status ${report.status}`);
  }
}
