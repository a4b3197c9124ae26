import type { Budget, Workload } from '../model.js';
import { printable } from '../text/printable.js';
import type { Diagnostic } from './diagnostics.js';
import { sourceRef, type LoadedFile } from './load.js';
import type { FileEnvelope } from './schema.js';

/** The smallest limit a budget may have: 1 gCO2e. */
const MIN_LIMIT_KG = 0.001;

/** The default warn threshold: a budget warns once it is this full. */
export const DEFAULT_WARN_AT = 0.8;

/** A file with what the budgets it declares need: its warn threshold and the workloads it resolved to. */
export interface FileBudgets {
  readonly file: LoadedFile;
  /** What its `budgets` declares: nothing for a file that did not validate. */
  readonly budgets: FileEnvelope['budgets'];
  /** Its `budgets.warn`, or the one it inherits. */
  readonly warn: number | undefined;
  readonly workloads: readonly Workload[];
}

/**
 * The budgets of a set of files, in the order reports list them: the set's total, the increase a
 * change may add, each included file's total, then each workload's own. A file's total covers its
 * workloads and those of every file it includes, so the totals are listed once all are resolved.
 */
export function listBudgets(files: readonly FileBudgets[]): { budgets: Budget[]; diagnostics: Diagnostic[] } {
  const roots = files.filter(({ file }) => file.parent === undefined);
  const budgets: Budget[] = [];
  const diagnostics: Diagnostic[] = [];
  for (const { file, budgets: declared, warn } of files) {
    const total = declared?.total;
    if (total === undefined) continue;
    budgets.push({
      name: file.parent === undefined && roots.length === 1 ? 'total' : `total of ${file.file}`,
      scope: file.parent === undefined ? 'total' : 'file',
      limitKg: total,
      warnAt: warn ?? DEFAULT_WARN_AT,
      workloads: files.filter((f) => isWithin(f.file, file)).flatMap((f) => f.workloads.map((w) => w.name)),
      at: sourceRef(file, ['budgets', 'total']),
    });
  }
  for (const { file, budgets: declared, warn } of files) {
    const increase = declared?.increase;
    if (increase === undefined) continue;
    const at = sourceRef(file, ['budgets', 'increase'], true);
    if (file.parent !== undefined) {
      diagnostics.push({
        ...at,
        message: '`increase` limits a whole pull request, so it belongs in the root workload file only',
      });
      continue;
    }
    if (budgets.some((b) => b.scope === 'increase')) {
      diagnostics.push({
        ...at,
        message: '`increase` limits a whole pull request: declare it in one root file of the set only',
      });
      continue;
    }
    budgets.push({
      name: 'increase',
      scope: 'increase',
      limitKg: increase,
      warnAt: warn ?? DEFAULT_WARN_AT,
      workloads: files.flatMap((f) => f.workloads.map((w) => w.name)),
      at: sourceRef(file, ['budgets', 'increase']),
    });
  }
  for (const { workloads, warn } of files) {
    for (const w of workloads) {
      if (w.budgetKg === undefined || w.budgetAt === undefined) continue;
      budgets.push({
        name: `workload ${w.name}`,
        scope: 'workload',
        limitKg: w.budgetKg,
        warnAt: warn ?? DEFAULT_WARN_AT,
        workloads: [w.name],
        at: w.budgetAt,
      });
    }
  }
  // A limit below a gram is a slipped unit: no workload fits, and a tiny one overflows the share.
  for (const budget of budgets) {
    if (budget.limitKg >= MIN_LIMIT_KG) continue;
    diagnostics.push({
      ...budget.at,
      message:
        `budget \`${printable(budget.name)}\`: ${String(Number(budget.limitKg.toPrecision(3)))} kg is below 1 gCO2e: ` +
        'check the unit (`800 kg`, `25 t`)',
    });
  }
  // Stable: within a scope, budgets keep the order of the files and workloads.
  return { budgets: budgets.sort((a, b) => SCOPE_ORDER[a.scope] - SCOPE_ORDER[b.scope]), diagnostics };
}

const SCOPE_ORDER = { total: 0, increase: 1, file: 2, workload: 3 } as const;

function isWithin(file: LoadedFile, ancestor: LoadedFile): boolean {
  for (let f: LoadedFile | undefined = file; f !== undefined; f = f.parent) if (f === ancestor) return true;
  return false;
}
