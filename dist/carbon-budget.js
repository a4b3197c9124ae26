import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);

// src/bin/young-generation.ts
process.getBuiltinModule("node:v8").setFlagsFromString("--semi-space-growth-factor=1");

// src/cli.ts
import { dirname as dirname2, resolve as resolve2 } from "node:path";
import { parseArgs } from "node:util";

// src/estimate/estimate.ts
function countedKg(e) {
  return e.co2eKg + (e.embodiedKg ?? 0);
}
function estimateWorkload(workload) {
  const { demand } = workload;
  let itEnergyKwh;
  let units;
  if (demand.type === "devices") {
    itEnergyKwh = demand.powerW / 1e3 * demand.deviceHoursPerRun * demand.runs;
    if (demand.functionalUnit !== void 0)
      units = demand.functionalUnit.ratePerHour * demand.functionalUnit.periodHours;
  } else {
    units = demand.ratePerHour * demand.periodHours;
    itEnergyKwh = units * demand.energyPerUnitKwh;
  }
  const hostEnergyKwh = workload.host === void 0 || demand.type !== "devices" ? void 0 : demand.deviceHoursPerRun * demand.runs / workload.host.acceleratorsPerInstance * (workload.host.wattsPerInstance / 1e3);
  itEnergyKwh += (workload.overheadEnergyKwh ?? 0) + (hostEnergyKwh ?? 0);
  const energyKwh = itEnergyKwh * workload.pue.value;
  const co2eKg = energyKwh * workload.intensity.gPerKwh / 1e3;
  const embodiedKg = embodiedOf(workload);
  return {
    workload,
    itEnergyKwh,
    energyKwh,
    co2eKg,
    ...units === void 0 ? {} : { units },
    ...embodiedKg === void 0 ? {} : { embodiedKg },
    ...hostEnergyKwh === void 0 ? {} : { hostEnergyKwh }
  };
}
function embodiedOf(workload) {
  const { embodied: embodied2, demand } = workload;
  if (embodied2 === void 0 || demand.type !== "devices") return void 0;
  const usedHours = embodied2.lifetimeHours * embodied2.usage;
  const acceleratorHours2 = demand.deviceHoursPerRun * demand.runs;
  return acceleratorHours2 * embodied2.acceleratorKg / usedHours + acceleratorHours2 / embodied2.acceleratorsPerServer * (embodied2.serverKg / usedHours);
}
function totalOf(estimates) {
  return estimates.reduce(
    (sum, e) => ({
      energyKwh: sum.energyKwh + e.energyKwh,
      co2eKg: sum.co2eKg + e.co2eKg,
      embodiedKg: sum.embodiedKg + (e.embodiedKg ?? 0)
    }),
    { energyKwh: 0, co2eKg: 0, embodiedKg: 0 }
  );
}

// src/budget/verdict.ts
var RANK = { ok: 0, warn: 1, over: 2 };
function worst(statuses) {
  return statuses.reduce((w, s) => RANK[s] > RANK[w] ? s : w, "ok");
}
var TOLERANCE = 1e-9;
function statusOf(usedKg, budget2) {
  const share = usedKg / budget2.limitKg;
  return share > 1 + TOLERANCE ? "over" : share >= budget2.warnAt - TOLERANCE ? "warn" : "ok";
}
function judge(budgets, estimates, baseline = { kind: "none" }) {
  const byName2 = new Map(estimates.map((e) => [e.workload.name, countedKg(e)]));
  const headTotal = estimates.reduce((sum, e) => sum + countedKg(e), 0);
  const results = [];
  for (const budget2 of budgets) {
    if (budget2.scope === "increase") {
      if (baseline.kind === "none") continue;
      if (baseline.kind === "invalid") {
        results.push({
          budget: budget2,
          usedKg: 0,
          share: 0,
          status: "ok",
          excessKg: 0,
          note: "not checked: the base branch's workload files are invalid"
        });
        continue;
      }
      const baseTotal = baseline.kind === "report" ? baseline.totalKg : 0;
      const usedKg2 = headTotal - baseTotal;
      const status2 = statusOf(usedKg2, budget2);
      results.push({
        budget: budget2,
        usedKg: usedKg2,
        share: usedKg2 / budget2.limitKg,
        status: status2,
        excessKg: status2 === "over" ? usedKg2 - budget2.limitKg : 0
      });
      continue;
    }
    const usedKg = budget2.workloads.reduce((sum, name) => sum + (byName2.get(name) ?? 0), 0);
    const base = baseline.kind === "report" ? baseline.budgets.get(budget2.name) : void 0;
    let status = statusOf(usedKg, budget2);
    let note;
    if (status === "over" && base?.status === "over" && usedKg <= base.usedKg * (1 + TOLERANCE)) {
      status = "warn";
      note = "already over on the base branch; this change does not make it worse";
    }
    results.push({
      budget: budget2,
      usedKg,
      share: usedKg / budget2.limitKg,
      status,
      excessKg: statusOf(usedKg, budget2) === "over" ? usedKg - budget2.limitKg : 0,
      ...base === void 0 ? {} : { baseUsedKg: base.usedKg },
      ...note === void 0 ? {} : { note }
    });
  }
  return { status: worst(results.map((r) => r.status)), budgets: results };
}

// src/cached.ts
function cached(cache, key, make) {
  let value = cache.get(key);
  if (value === void 0) {
    value = make();
    cache.set(key, value);
  }
  return value;
}

// src/compare/compare.ts
function baselineOf(base) {
  if (base === void 0) return { kind: "none" };
  if (base.state === "invalid") return { kind: "invalid" };
  if (base.state === "absent") return { kind: "absent" };
  return {
    kind: "report",
    totalKg: countedKg(base.report.totals),
    budgets: new Map(base.report.budgets.map((b) => [b.name, { usedKg: b.usedKg, status: b.status }]))
  };
}
function differs(a, b) {
  return Math.abs(a - b) > 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));
}
function compare(base, head) {
  const where2 = { ref: base.ref, ...base.sha === void 0 ? {} : { sha: base.sha }, state: base.state };
  if (base.state === "invalid") return { base: where2, deltaCo2eKg: null, deltaEnergyKwh: null, workloads: [] };
  const before = new Map((base.state === "compared" ? base.report.workloads : []).map((w) => [w.name, w]));
  const changes = [];
  for (const e of head) {
    const old = before.get(e.workload.name);
    before.delete(e.workload.name);
    const baseCo2eKg = old === void 0 ? 0 : countedKg(old);
    const headCo2eKg = countedKg(e);
    const baseEnergyKwh = old?.energyKwh ?? 0;
    const change = old === void 0 ? "added" : differs(baseCo2eKg, headCo2eKg) || differs(baseEnergyKwh, e.energyKwh) ? "changed" : "unchanged";
    changes.push({
      name: e.workload.name,
      change,
      baseCo2eKg,
      headCo2eKg,
      deltaCo2eKg: headCo2eKg - baseCo2eKg,
      baseEnergyKwh,
      headEnergyKwh: e.energyKwh,
      deltaEnergyKwh: e.energyKwh - baseEnergyKwh
    });
  }
  for (const old of before.values()) {
    changes.push({
      name: old.name,
      change: "removed",
      baseCo2eKg: countedKg(old),
      headCo2eKg: 0,
      deltaCo2eKg: -countedKg(old),
      baseEnergyKwh: old.energyKwh,
      headEnergyKwh: 0,
      deltaEnergyKwh: -old.energyKwh
    });
  }
  const baseTotals = base.state === "compared" ? base.report.totals : { co2eKg: 0, energyKwh: 0 };
  return {
    base: where2,
    deltaCo2eKg: head.reduce((sum, e) => sum + countedKg(e), 0) - countedKg(baseTotals),
    deltaEnergyKwh: head.reduce((sum, e) => sum + e.energyKwh, 0) - baseTotals.energyKwh,
    workloads: changes
  };
}

// src/text/printable.ts
var UNPRINTABLE = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/;
var UNPRINTABLE_ALL = new RegExp(UNPRINTABLE.source, "g");
var BREAKS = /\r\n|[\r\n\t\u2028\u2029]/g;
function codePoint(char) {
  return `\\u${(char.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, "0")}`;
}
function describeChar(char) {
  const code2 = char.codePointAt(0) ?? 0;
  const at = `(${codePoint(char)})`;
  if (code2 === 0) return `a NUL byte ${at}`;
  if (char === "\n" || char === "\r" || char === "\u2028" || char === "\u2029") return `a line break ${at}`;
  if (char === "	") return `a tab ${at}`;
  if (code2 === 27) return `an escape character ${at}, which starts terminal control sequences`;
  if (code2 < 32 || code2 >= 127 && code2 <= 159) return `a control character ${at}`;
  return `a bidirectional formatting character ${at}, which shows text in another order than it is written`;
}
function printable(text2) {
  if (!UNPRINTABLE.test(text2)) return text2;
  return text2.replace(BREAKS, " ").replace(UNPRINTABLE_ALL, codePoint);
}
var COMMAND_LIKE = /(?:^|\n)\s*::|##\[/;
function inert(text2) {
  if (!COMMAND_LIKE.test(text2)) return text2;
  return text2.replace(/^(\s*):(?=:)/gm, "$1\\u003A").replace(/##\[/g, "##\\u005B");
}

// src/config/diagnostics.ts
function problemCount(diagnostics) {
  return diagnostics.reduce((sum, d) => sum + (d.count ?? 1), 0);
}
function problemsText(diagnostics) {
  const n = problemCount(diagnostics);
  return `${n.toLocaleString("en-US")} problem${n === 1 ? "" : "s"}`;
}
function formatDiagnostic(d) {
  const file = printable(d.file);
  const message = printable(d.message);
  return inert(d.line > 0 ? `${file}:${d.line}:${d.column}: ${message}` : `${file}: ${message}`);
}
function byPosition(a, b) {
  return a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column;
}

// src/config/load.ts
import { posix as posix2 } from "node:path";

// src/config/file-source.ts
var MAX_FILE_BYTES = 1024 * 1024;
function formatBytes(bytes) {
  const mb = 1024 * 1024;
  return bytes < 10 * mb ? `${bytes.toLocaleString("en-US")} bytes` : `${(Math.ceil(bytes / mb * 10) / 10).toFixed(1)} MB`;
}
function problemText(problem) {
  switch (problem.problem) {
    case "missing":
      return "no such file";
    case "directory":
      return "is a directory, not a workload file";
    case "symlink":
      return "is a symbolic link; carbon-budget reads only regular files, so that a link cannot lead outside the repository";
    case "linked-directory":
      return `leads through \`${problem.link ?? "?"}\`, a symbolic link; carbon-budget reads no path through a link, so that none can lead outside the repository: name the file where it really is`;
    case "outside":
      return "is outside the repository; carbon-budget reads only files inside it";
    case "special":
      return "is not a regular file (a pipe, socket or device); carbon-budget reads only regular files";
    case "encoding":
      return "is not valid UTF-8: save the file as UTF-8";
    case "too-big":
      return `is ${formatBytes(problem.bytes ?? MAX_FILE_BYTES + 1)}; a workload file may be at most 1 MB (${MAX_FILE_BYTES.toLocaleString("en-US")} bytes): split it into several files with \`include\``;
  }
}

// src/text/suggest.ts
function editDistance(a, b) {
  const s = a.toLowerCase();
  const t = b.toLowerCase();
  let previous = Array.from({ length: t.length + 1 }, (_, j) => j);
  for (let i = 1; i <= s.length; i++) {
    const current = [i];
    for (let j = 1; j <= t.length; j++) {
      const cost = s[i - 1] === t[j - 1] ? 0 : 1;
      current[j] = Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + cost);
    }
    previous = current;
  }
  return previous[t.length] ?? 0;
}
function nearest(word, candidates2, limit = 3) {
  const needle = word.toLowerCase();
  const best = /* @__PURE__ */ new Map();
  for (const candidate of candidates2) {
    const lower = candidate.toLowerCase();
    if (best.has(lower)) continue;
    const distance = editDistance(needle, lower);
    const contains = needle.length >= 2 && (lower.includes(needle) || needle.includes(lower));
    const threshold = Math.max(2, Math.floor(Math.max(needle.length, lower.length) / 3));
    const score = Math.min(distance, contains ? 1 + Math.abs(lower.length - needle.length) / 100 : Infinity);
    if (distance <= threshold || contains) best.set(lower, { candidate, score });
  }
  return [...best.values()].sort((x, y) => x.score - y.score || x.candidate.localeCompare(y.candidate)).slice(0, limit).map((s) => s.candidate);
}
function didYouMean(word, candidates2, limit = 3) {
  const found = nearest(word, candidates2, limit);
  return found.length === 0 ? "" : ` (did you mean ${found.map((f) => `\`${f}\``).join(", ")}?)`;
}
function orList(items) {
  const quoted = items.map((i) => `\`${i}\``);
  if (quoted.length <= 1) return quoted.join("");
  return `${quoted.slice(0, -1).join(", ")} or ${quoted[quoted.length - 1] ?? ""}`;
}

// src/catalog/data/accelerators.ts
var FACT = "factual figure quoted from the vendor datasheet";
var V100 = {
  title: "NVIDIA Tesla V100 GPU Accelerator datasheet",
  publisher: "NVIDIA",
  url: "https://images.nvidia.com/content/technologies/volta/pdf/tesla-volta-v100-datasheet-letter-fnl-web.pdf",
  year: 2018,
  licence: FACT
};
var A100 = {
  title: "NVIDIA A100 Tensor Core GPU datasheet",
  publisher: "NVIDIA",
  url: "https://www.nvidia.com/content/dam/en-zz/Solutions/Data-Center/a100/pdf/nvidia-a100-datasheet-us-nvidia-1758950-r4-web.pdf",
  year: 2021,
  licence: FACT
};
var H100 = {
  title: "NVIDIA H100 Tensor Core GPU datasheet",
  publisher: "NVIDIA",
  url: "https://resources.nvidia.com/en-us-tensor-core/nvidia-tensor-core-gpu-datasheet",
  year: 2023,
  licence: FACT
};
var H200 = {
  title: "NVIDIA H200 Tensor Core GPU datasheet",
  publisher: "NVIDIA",
  url: "https://resources.nvidia.com/en-us-data-center-overview-mc/en-us-data-center-overview/hpc-datasheet-sc23-h200",
  year: 2024,
  licence: FACT
};
var L4 = {
  title: "NVIDIA L4 Tensor Core GPU datasheet",
  publisher: "NVIDIA",
  url: "https://resources.nvidia.com/en-us-data-center-overview/l4-gpu-datasheet",
  year: 2023,
  licence: FACT
};
var L40S = {
  title: "NVIDIA L40S GPU datasheet",
  publisher: "NVIDIA",
  url: "https://resources.nvidia.com/en-us-l40s/l40s-datasheet-28413",
  year: 2023,
  licence: FACT
};
var T4 = {
  title: "NVIDIA T4 Tensor Core GPU datasheet",
  publisher: "NVIDIA",
  url: "https://www.nvidia.com/content/dam/en-zz/Solutions/Data-Center/tesla-t4/t4-tensor-core-datasheet-951643.pdf",
  year: 2019,
  licence: FACT
};
var A10 = {
  title: "NVIDIA A10 Tensor Core GPU datasheet",
  publisher: "NVIDIA",
  url: "https://www.nvidia.com/content/dam/en-zz/Solutions/Data-Center/a10/pdf/a10-datasheet.pdf",
  year: 2021,
  licence: FACT
};
var A10G = {
  title: "nvidia-smi power limit reported on Amazon EC2 G5 instances (NVIDIA publishes no A10G datasheet)",
  publisher: "AWS / NVIDIA driver, as observed",
  url: "https://aws.amazon.com/ec2/instance-types/g5/",
  year: 2023,
  licence: "observed device value"
};
var H100_NVL = {
  title: "NVIDIA H100 NVL product brief / H100 datasheet",
  publisher: "NVIDIA",
  url: "https://www.nvidia.com/en-us/data-center/h100/",
  year: 2023,
  licence: FACT
};
var H200_NVL = { ...H200, title: "NVIDIA H200 Tensor Core GPU datasheet (H200 NVL column)" };
var B200 = {
  title: "NVIDIA Blackwell datasheet (HGX B200)",
  publisher: "NVIDIA",
  url: "https://resources.nvidia.com/en-us-blackwell-architecture/datasheet",
  year: 2024,
  licence: FACT
};
var MI300X = {
  title: "AMD Instinct MI300X accelerator specifications",
  publisher: "AMD",
  url: "https://www.amd.com/en/products/accelerators/instinct/mi300/mi300x.html",
  year: 2023,
  licence: FACT
};
var GOOGLE_TPU_V4 = {
  title: 'Cloud TPU documentation: TPU v4 (key specifications: "Measured min/mean/max power 90/170/192 W")',
  publisher: "Google Cloud",
  url: "https://cloud.google.com/tpu/docs/v4",
  year: 2026,
  licence: "factual figure quoted from the provider documentation"
};
var googleTpu = (version2) => ({
  title: `Cloud TPU documentation: TPU ${version2} (the specifications give no power figure)`,
  publisher: "Google Cloud",
  url: `https://cloud.google.com/tpu/docs/${version2}`,
  year: 2026,
  licence: "factual figures quoted from the provider documentation"
});
var neuron = (chip) => ({
  title: `AWS Neuron documentation: ${chip} architecture (compute and memory; no power figure)`,
  publisher: "Amazon Web Services",
  url: `https://awsdocs-neuron.readthedocs-hosted.com/en/latest/general/arch/neuron-hardware/${chip.toLowerCase()}.html`,
  year: 2026,
  licence: "factual figures quoted from the provider documentation"
});
var GAUDI_HOT_CHIPS = {
  title: 'Intel Gaudi 3 AI Accelerator: Architected for Gen AI Training and Inference (Hot Chips 2024), "TDP (OAM)" row; secondary: read in a third-party copy of the slides',
  publisher: "Intel",
  url: "https://www.sgpjbg.com/baogao/465025.html",
  year: 2024,
  licence: "factual figure quoted"
};
var GAUDI3_HL_SMI = {
  title: 'Intel Gaudi documentation: System Management Interface Tool (hl-smi), "For Gaudi 3: \u2026 Maximum power limit: 850W"',
  publisher: "Intel",
  url: "https://docs.habana.ai/en/latest/Management_and_Monitoring/Embedded_System_Tools_Guide/System_Management_Interface_Tool.html",
  year: 2026,
  licence: "factual figure quoted from the vendor documentation"
};
var GH200 = {
  title: 'NVIDIA GH200 Grace Hopper Superchip datasheet, "Power (Memory + CPU + GPU): Configurable 450 to 1000W"; secondary: read in a transcription of the datasheet',
  publisher: "NVIDIA",
  url: "https://nvdam.widen.net/s/rrgqqnpbz8/grace-datasheet-gh200-grace-hopper-superchip-3773000",
  year: 2024,
  licence: "factual figure quoted"
};
var MI250X = {
  title: "AMD Instinct MI250X product page: 500 W TDP, 560 W peak total board power; secondary: quoted by third parties, the AMD page not read",
  publisher: "AMD",
  url: "https://www.amd.com/en/products/accelerators/instinct/mi200/mi250x.html",
  year: 2021,
  licence: "factual figure quoted"
};
var NO_POWER = "the vendor publishes no power figure: give the measured average draw per chip with `power`";
var ACCELERATORS = [
  {
    id: "nvidia-v100-sxm2-16gb",
    aliases: ["Tesla V100-SXM2-16GB"],
    name: "NVIDIA V100 SXM2 16 GB",
    vendor: "NVIDIA",
    memoryGb: 16,
    tdpW: 300,
    source: V100
  },
  {
    id: "nvidia-v100-sxm2-32gb",
    aliases: ["Tesla V100-SXM2-32GB"],
    name: "NVIDIA V100 SXM2 32 GB",
    vendor: "NVIDIA",
    memoryGb: 32,
    tdpW: 300,
    source: V100
  },
  {
    id: "nvidia-v100-pcie-16gb",
    aliases: ["Tesla V100-PCIE-16GB"],
    name: "NVIDIA V100 PCIe 16 GB",
    vendor: "NVIDIA",
    memoryGb: 16,
    tdpW: 250,
    source: V100
  },
  {
    id: "nvidia-v100-pcie-32gb",
    aliases: ["Tesla V100-PCIE-32GB"],
    name: "NVIDIA V100 PCIe 32 GB",
    vendor: "NVIDIA",
    memoryGb: 32,
    tdpW: 250,
    source: V100
  },
  {
    id: "nvidia-a100-sxm4-40gb",
    aliases: ["NVIDIA A100-SXM4-40GB"],
    name: "NVIDIA A100 SXM4 40 GB",
    vendor: "NVIDIA",
    memoryGb: 40,
    tdpW: 400,
    source: A100
  },
  {
    id: "nvidia-a100-sxm4-80gb",
    aliases: ["NVIDIA A100-SXM4-80GB"],
    name: "NVIDIA A100 SXM4 80 GB",
    vendor: "NVIDIA",
    memoryGb: 80,
    tdpW: 400,
    source: A100
  },
  {
    id: "nvidia-a100-pcie-40gb",
    aliases: ["NVIDIA A100-PCIE-40GB"],
    name: "NVIDIA A100 PCIe 40 GB",
    vendor: "NVIDIA",
    memoryGb: 40,
    tdpW: 250,
    source: A100
  },
  {
    id: "nvidia-a100-pcie-80gb",
    aliases: ["NVIDIA A100 80GB PCIe"],
    name: "NVIDIA A100 PCIe 80 GB",
    vendor: "NVIDIA",
    memoryGb: 80,
    tdpW: 300,
    source: A100
  },
  {
    id: "nvidia-h100-sxm5-80gb",
    aliases: ["NVIDIA H100 80GB HBM3"],
    name: "NVIDIA H100 SXM5 80 GB",
    vendor: "NVIDIA",
    memoryGb: 80,
    tdpW: 700,
    source: H100,
    note: "datasheet: up to 700 W (configurable)"
  },
  {
    id: "nvidia-h100-pcie-80gb",
    aliases: ["NVIDIA H100 PCIe"],
    name: "NVIDIA H100 PCIe 80 GB",
    vendor: "NVIDIA",
    memoryGb: 80,
    tdpW: 350,
    source: H100,
    note: "datasheet: 300-350 W (configurable); the maximum is used"
  },
  {
    id: "nvidia-h100-nvl-94gb",
    aliases: ["NVIDIA H100 NVL"],
    name: "NVIDIA H100 NVL 94 GB",
    vendor: "NVIDIA",
    memoryGb: 94,
    tdpW: 400,
    source: H100_NVL,
    note: "datasheet: 350-400 W (configurable); the maximum is used"
  },
  {
    id: "nvidia-h200-sxm-141gb",
    aliases: ["NVIDIA H200"],
    name: "NVIDIA H200 SXM 141 GB",
    vendor: "NVIDIA",
    memoryGb: 141,
    tdpW: 700,
    source: H200,
    note: "datasheet: up to 700 W (configurable)"
  },
  {
    id: "nvidia-h200-nvl-141gb",
    aliases: ["NVIDIA H200 NVL"],
    name: "NVIDIA H200 NVL 141 GB",
    vendor: "NVIDIA",
    memoryGb: 141,
    tdpW: 600,
    source: H200_NVL,
    note: "datasheet: up to 600 W (configurable)"
  },
  {
    id: "nvidia-b200-180gb",
    aliases: ["NVIDIA B200"],
    name: "NVIDIA B200 180 GB (HGX)",
    vendor: "NVIDIA",
    memoryGb: 180,
    tdpW: 1e3,
    source: B200,
    note: "HGX B200 configuration; up to 1,200 W in GB200 systems"
  },
  {
    id: "nvidia-l4-24gb",
    aliases: ["NVIDIA L4"],
    name: "NVIDIA L4 24 GB",
    vendor: "NVIDIA",
    memoryGb: 24,
    tdpW: 72,
    source: L4
  },
  {
    id: "nvidia-l40s-48gb",
    aliases: ["NVIDIA L40S"],
    name: "NVIDIA L40S 48 GB",
    vendor: "NVIDIA",
    memoryGb: 48,
    tdpW: 350,
    source: L40S
  },
  {
    id: "nvidia-t4-16gb",
    aliases: ["Tesla T4"],
    name: "NVIDIA T4 16 GB",
    vendor: "NVIDIA",
    memoryGb: 16,
    tdpW: 70,
    source: T4
  },
  {
    id: "nvidia-a10-24gb",
    aliases: ["NVIDIA A10"],
    name: "NVIDIA A10 24 GB",
    vendor: "NVIDIA",
    memoryGb: 24,
    tdpW: 150,
    source: A10
  },
  {
    id: "nvidia-a10g-24gb",
    aliases: ["NVIDIA A10G"],
    name: "NVIDIA A10G 24 GB (AWS)",
    vendor: "NVIDIA",
    memoryGb: 24,
    tdpW: 300,
    source: A10G,
    note: "no vendor datasheet; 300 W is the power cap nvidia-smi reports on g5 instances. Some tools use 150 W, the A10 figure."
  },
  {
    id: "amd-mi300x-192gb",
    aliases: ["AMD Instinct MI300X"],
    name: "AMD Instinct MI300X 192 GB",
    vendor: "AMD",
    memoryGb: 192,
    tdpW: 750,
    source: MI300X,
    note: "total board power, 750 W peak"
  },
  {
    id: "amd-mi250x-128gb",
    aliases: ["AMD Instinct MI250X"],
    name: "AMD Instinct MI250X 128 GB",
    vendor: "AMD",
    memoryGb: 128,
    tdpW: 560,
    rating: "peak total board power",
    source: MI250X,
    note: "560 W peak total board power; the TDP is 500 W"
  },
  {
    id: "nvidia-gh200",
    aliases: ["NVIDIA GH200"],
    name: "NVIDIA GH200 Grace Hopper Superchip",
    vendor: "NVIDIA",
    tdpW: 1e3,
    rating: "module maximum, CPU and memory included",
    source: GH200,
    note: "configurable 450-1,000 W for the whole superchip (Grace CPU, Hopper GPU and memory); the maximum is used, and it already covers the host CPU"
  },
  {
    id: "google-tpu-v4",
    aliases: ["TPU v4"],
    name: "Google TPU v4",
    vendor: "Google",
    tdpW: 192,
    rating: "measured maximum",
    source: GOOGLE_TPU_V4,
    note: "Google publishes no TDP; measured per chip: 90 W minimum, 170 W mean, 192 W maximum. `power: 170 W` uses the mean"
  },
  {
    id: "google-tpu-v5e",
    aliases: ["TPU v5e", "TPU v5 lite"],
    name: "Google TPU v5e",
    vendor: "Google",
    source: googleTpu("v5e"),
    note: NO_POWER
  },
  {
    id: "google-tpu-v5p",
    aliases: ["TPU v5p"],
    name: "Google TPU v5p",
    vendor: "Google",
    source: googleTpu("v5p"),
    note: NO_POWER
  },
  {
    id: "google-tpu-v6e",
    aliases: ["TPU v6e", "Trillium"],
    name: "Google TPU v6e (Trillium)",
    vendor: "Google",
    memoryGb: 32,
    source: googleTpu("v6e"),
    note: NO_POWER
  },
  {
    id: "intel-gaudi2",
    aliases: ["Gaudi 2", "HL-225H"],
    name: "Intel Gaudi 2 (OAM)",
    vendor: "Intel",
    tdpW: 600,
    source: GAUDI_HOT_CHIPS,
    note: "Intel's datasheet was not found; 600 W is the OAM TDP on Intel's Hot Chips 2024 slide"
  },
  {
    id: "intel-gaudi3",
    aliases: ["Gaudi 3"],
    name: "Intel Gaudi 3 (OAM)",
    vendor: "Intel",
    tdpW: 850,
    rating: "maximum power limit",
    source: GAUDI3_HL_SMI,
    note: "hl-smi caps Gaudi 3 at 850 W (settable from 450 W); Intel's Hot Chips 2024 slide gives 900 W for the air-cooled OAM module and 1,200 W liquid-cooled"
  },
  {
    id: "aws-trainium",
    aliases: ["Trainium", "Trainium1"],
    name: "AWS Trainium (Trn1)",
    vendor: "AWS",
    memoryGb: 32,
    source: neuron("Trainium"),
    note: NO_POWER
  },
  {
    id: "aws-inferentia2",
    aliases: ["Inferentia2", "Inferentia 2"],
    name: "AWS Inferentia2 (Inf2)",
    vendor: "AWS",
    memoryGb: 32,
    source: neuron("Inferentia2"),
    note: NO_POWER
  }
];

// src/catalog/accelerators.ts
function normalise(written) {
  return written.trim().toLowerCase().replace(/[\s_]+/g, "-").replace(/-+/g, "-");
}
var byName = /* @__PURE__ */ new Map();
for (const a of ACCELERATORS) {
  byName.set(a.id, a);
  for (const alias of a.aliases ?? []) byName.set(normalise(alias), a);
}
function acceleratorIds() {
  return ACCELERATORS.map((a) => a.id);
}
function findAccelerator(written) {
  const id = normalise(written);
  const exact = byName.get(id) ?? ACCELERATORS.find((a) => a.id === `${a.vendor.toLowerCase()}-${id}`);
  if (exact !== void 0) return { ok: true, value: exact };
  const containing = ACCELERATORS.filter((a) => a.id.includes(id));
  const candidates2 = containing.length > 0 ? containing.map((a) => a.id) : nearest(id, acceleratorIds(), 4);
  const hint = candidates2.length > 0 ? `: did you mean ${orList(candidates2.slice(0, 6))}?` : ".";
  return {
    ok: false,
    message: `unknown accelerator \`${written}\`${hint} Or give its measured average draw with \`power\` (e.g. \`power: 330 W\`). \`carbon-budget catalog\` lists every id.`
  };
}

// src/catalog/data/instances.ts
var AWS_EC2_GUIDE = {
  title: "Amazon EC2 User Guide for Linux Instances: Accelerated computing instances (hardware specifications table)",
  publisher: "Amazon Web Services",
  url: "https://github.com/awsdocs/amazon-ec2-user-guide/blob/d289961421fa79447add68ca26e3ec5ae96fdf41/doc_source/accelerated-computing-instances.md",
  year: 2023,
  licence: "CC BY-SA 4.0 (awsdocs repository); factual figures quoted"
};
var AWS_BATCH_GPU = {
  title: "AWS Batch User Guide: Run GPU jobs (table of supported GPU instance types)",
  publisher: "Amazon Web Services",
  url: "https://docs.aws.amazon.com/batch/latest/userguide/gpu-jobs.html",
  year: 2026,
  licence: "factual figures quoted from the provider documentation"
};
var TORCHX = {
  title: 'torchx named_resources_aws.py: AWS instance types "taken from https://aws.amazon.com/ec2/instance-types/"',
  publisher: "Meta (meta-pytorch/torchx)",
  url: "https://github.com/meta-pytorch/torchx/blob/main/torchx/specs/named_resources_aws.py",
  year: 2025,
  licence: "BSD-3-Clause; factual figures quoted"
};
var RAPIDS_AWS = {
  title: "RAPIDS deployment documentation: Amazon Web Services (accelerated instance types table)",
  publisher: "RAPIDS (NVIDIA)",
  url: "https://github.com/rapidsai/deployment/blob/main/source/cloud/aws/index.md",
  year: 2026,
  licence: "factual figures quoted (repository licence not checked)"
};
var CCF_AWS = "vCPUs and memory from Cloud Carbon Footprint ccf-coefficients data/aws-instances-latest-2026.csv (secondary)";
var P3_NOTE = "V100 16 GB per GPU (AWS Batch GPU-jobs table); SXM2 because the guide says P3 supports NVLink";
var G5_NOTE = 'the guide: "G5 instances use NVIDIA A10G GPUs"';
var G6_NOTE = 'L4: AWS SDK release notes ("Amazon EC2 G6 instances powered by NVIDIA L4 Tensor Core GPUs", aws-sdk-go v1.51.15, 2024-04-04)';
var NEURON_TRN1 = {
  title: "AWS Neuron documentation: Trn1/Trn1n architecture (instance table: Trainium devices, vCPUs, memory)",
  publisher: "Amazon Web Services",
  url: "https://awsdocs-neuron.readthedocs-hosted.com/en/latest/general/arch/neuron-hardware/trn1-arch.html",
  year: 2023,
  licence: "factual figures quoted from the provider documentation"
};
var INF2_NOTE = "secondary: Inferentia2 device counts, vCPUs and memory from torchx (NEURON_DEVICE per type)";
var G6E_NOTE = "secondary: counts, vCPUs and memory from torchx; L40S from third-party lists (dstack gpuhunt issue 105, deploybase.ai), no AWS text seen";
var GCP_TOOLKIT = {
  title: "Cluster Toolkit pkg/config/machine_mappings.json (accelerator shorthand to machine type; machine family to GPU)",
  publisher: "Google (GoogleCloudPlatform/cluster-toolkit)",
  url: "https://github.com/GoogleCloudPlatform/cluster-toolkit/blob/d26f63542cfc5356d42cc7ece7c2a0087f66e392/pkg/config/machine_mappings.json",
  year: 2026,
  licence: "Apache-2.0; factual figures quoted"
};
var CCF_GCP = "vCPUs and memory from Cloud Carbon Footprint ccf-coefficients data/gcp-instances-latest-2026.csv (secondary)";
var A2_NOTE = `toolkit: a100-40gb-N is a2-highgpu-Ng; SXM4 is carbon-budget's reading (Google does not name the form factor); ${CCF_GCP}`;
var A2U_NOTE = `toolkit: a100-80gb-N is a2-ultragpu-Ng; SXM4 is carbon-budget's reading; ${CCF_GCP}`;
var A3_NOTE = `toolkit: h100-80gb-N is a3-highgpu-Ng; SXM5 is carbon-budget's reading; ${CCF_GCP}`;
var G2_ONE = `toolkit: the g2-standard family carries nvidia-l4 (l4-1 is g2-standard-12); one GPU on this size per a third-party table (secondary); ${CCF_GCP}`;
function azure(page, series, year2) {
  return {
    title: `${series} size series (Azure virtual machine sizes documentation)`,
    publisher: "Microsoft",
    url: `https://learn.microsoft.com/azure/virtual-machines/sizes/gpu-accelerated/${page}`,
    year: year2,
    licence: "CC BY 4.0 (Microsoft Learn documentation); factual figures quoted"
  };
}
var NCV3 = azure("ncv3-series", "NCv3", 2024);
var NC_A100_V4 = azure("nca100v4-series", "NC_A100_v4", 2024);
var NCADS_H100_V5 = azure("ncadsh100v5-series", "NCads_H100_v5", 2024);
var NCAST4_V3 = azure("ncast4v3-series", "NCasT4_v3", 2024);
var ND_A100_V4 = azure("ndasra100v4-series", "NDasrA100_v4", 2024);
var NDM_A100_V4 = azure("ndma100v4-series", "NDm_A100_v4", 2024);
var ND_H100_V5 = azure("ndh100v5-series", "ND-H100-v5", 2025);
var ND_H200_V5 = azure("nd-h200-v5-series", "ND-H200-v5", 2025);
var ND_MI300X_V5 = azure("ndmi300xv5-series", "ND-MI300X-v5", 2024);
var NCV3_NOTE = `Microsoft: "Nvidia Tesla V100 GPU (16GB)"; PCIe is carbon-budget's reading; the series was to be retired on 30 September 2025`;
var INSTANCE_TYPES = [
  // Amazon Web Services
  {
    provider: "aws",
    id: "p3.2xlarge",
    accelerator: "nvidia-v100-sxm2-16gb",
    acceleratorsPerInstance: 1,
    vcpus: 8,
    memoryGiB: 61,
    cpu: "broadwell",
    source: AWS_EC2_GUIDE,
    note: P3_NOTE
  },
  {
    provider: "aws",
    id: "p3.8xlarge",
    accelerator: "nvidia-v100-sxm2-16gb",
    acceleratorsPerInstance: 4,
    vcpus: 32,
    memoryGiB: 244,
    cpu: "broadwell",
    source: AWS_EC2_GUIDE,
    note: P3_NOTE
  },
  {
    provider: "aws",
    id: "p3.16xlarge",
    accelerator: "nvidia-v100-sxm2-16gb",
    acceleratorsPerInstance: 8,
    vcpus: 64,
    memoryGiB: 488,
    cpu: "broadwell",
    source: AWS_EC2_GUIDE,
    note: P3_NOTE
  },
  {
    provider: "aws",
    id: "p3dn.24xlarge",
    accelerator: "nvidia-v100-sxm2-32gb",
    acceleratorsPerInstance: 8,
    vcpus: 96,
    memoryGiB: 768,
    cpu: "skylake",
    source: AWS_EC2_GUIDE,
    note: "V100 32 GB per GPU (AWS Batch GPU-jobs table: 256 GiB across 8 GPUs); SXM2 because the guide says P3 supports NVLink"
  },
  {
    provider: "aws",
    id: "p4d.24xlarge",
    accelerator: "nvidia-a100-sxm4-40gb",
    acceleratorsPerInstance: 8,
    vcpus: 96,
    memoryGiB: 1152,
    cpu: "cascade-lake",
    source: AWS_EC2_GUIDE,
    note: 'the guide: "NVIDIA A100 GPUs" with NVSwitch interconnect (hence SXM4); 40 GB per GPU from the RAPIDS deployment docs (secondary)'
  },
  {
    provider: "aws",
    id: "p4de.24xlarge",
    accelerator: "nvidia-a100-sxm4-80gb",
    acceleratorsPerInstance: 8,
    vcpus: 96,
    memoryGiB: 1152,
    cpu: "cascade-lake",
    source: AWS_EC2_GUIDE,
    note: 'the guide: "P4de instances offer NVIDIA 80GB-A100s GPUs"'
  },
  {
    provider: "aws",
    id: "p5.48xlarge",
    accelerator: "nvidia-h100-sxm5-80gb",
    acceleratorsPerInstance: 8,
    vcpus: 192,
    memoryGiB: 2048,
    cpu: "epyc-3rd-gen",
    source: TORCHX,
    note: "secondary: count, vCPUs and memory from torchx (also CCF); H100 from the AWS SDK release notes (aws-sdk-cpp 1.11.140, 2023); 80 GB from the RAPIDS deployment docs"
  },
  {
    provider: "aws",
    id: "p5e.48xlarge",
    accelerator: "nvidia-h200-sxm-141gb",
    acceleratorsPerInstance: 8,
    vcpus: 192,
    memoryGiB: 2048,
    cpu: "epyc-3rd-gen",
    source: TORCHX,
    note: "secondary: count, vCPUs and memory from torchx (also CCF); H200 from third-party sources quoting the AWS P5 page, no AWS text seen"
  },
  {
    provider: "aws",
    id: "p5en.48xlarge",
    accelerator: "nvidia-h200-sxm-141gb",
    acceleratorsPerInstance: 8,
    vcpus: 192,
    memoryGiB: 2048,
    source: TORCHX,
    note: "secondary: count, vCPUs and memory from torchx (also CCF); H200 141 GB as the AWS API reports it in dstack pull request 4110 (2026)"
  },
  {
    provider: "aws",
    id: "g5.xlarge",
    accelerator: "nvidia-a10g-24gb",
    acceleratorsPerInstance: 1,
    vcpus: 4,
    memoryGiB: 16,
    cpu: "epyc-2nd-gen",
    source: AWS_EC2_GUIDE,
    note: G5_NOTE
  },
  {
    provider: "aws",
    id: "g5.2xlarge",
    accelerator: "nvidia-a10g-24gb",
    acceleratorsPerInstance: 1,
    vcpus: 8,
    memoryGiB: 32,
    cpu: "epyc-2nd-gen",
    source: AWS_EC2_GUIDE,
    note: G5_NOTE
  },
  {
    provider: "aws",
    id: "g5.4xlarge",
    accelerator: "nvidia-a10g-24gb",
    acceleratorsPerInstance: 1,
    vcpus: 16,
    memoryGiB: 64,
    cpu: "epyc-2nd-gen",
    source: AWS_EC2_GUIDE,
    note: G5_NOTE
  },
  {
    provider: "aws",
    id: "g5.8xlarge",
    accelerator: "nvidia-a10g-24gb",
    acceleratorsPerInstance: 1,
    vcpus: 32,
    memoryGiB: 128,
    cpu: "epyc-2nd-gen",
    source: AWS_EC2_GUIDE,
    note: G5_NOTE
  },
  {
    provider: "aws",
    id: "g5.12xlarge",
    accelerator: "nvidia-a10g-24gb",
    acceleratorsPerInstance: 4,
    vcpus: 48,
    memoryGiB: 192,
    cpu: "epyc-2nd-gen",
    source: AWS_EC2_GUIDE,
    note: G5_NOTE
  },
  {
    provider: "aws",
    id: "g5.16xlarge",
    accelerator: "nvidia-a10g-24gb",
    acceleratorsPerInstance: 1,
    vcpus: 64,
    memoryGiB: 256,
    cpu: "epyc-2nd-gen",
    source: AWS_EC2_GUIDE,
    note: G5_NOTE
  },
  {
    provider: "aws",
    id: "g5.24xlarge",
    accelerator: "nvidia-a10g-24gb",
    acceleratorsPerInstance: 4,
    vcpus: 96,
    memoryGiB: 384,
    cpu: "epyc-2nd-gen",
    source: AWS_EC2_GUIDE,
    note: G5_NOTE
  },
  {
    provider: "aws",
    id: "g5.48xlarge",
    accelerator: "nvidia-a10g-24gb",
    acceleratorsPerInstance: 8,
    vcpus: 192,
    memoryGiB: 768,
    cpu: "epyc-2nd-gen",
    source: AWS_EC2_GUIDE,
    note: G5_NOTE
  },
  {
    provider: "aws",
    id: "g6.xlarge",
    accelerator: "nvidia-l4-24gb",
    acceleratorsPerInstance: 1,
    vcpus: 4,
    memoryGiB: 16,
    cpu: "epyc-3rd-gen",
    source: AWS_BATCH_GPU,
    note: G6_NOTE
  },
  {
    provider: "aws",
    id: "g6.2xlarge",
    accelerator: "nvidia-l4-24gb",
    acceleratorsPerInstance: 1,
    vcpus: 8,
    memoryGiB: 32,
    cpu: "epyc-3rd-gen",
    source: AWS_BATCH_GPU,
    note: G6_NOTE
  },
  {
    provider: "aws",
    id: "g6.4xlarge",
    accelerator: "nvidia-l4-24gb",
    acceleratorsPerInstance: 1,
    vcpus: 16,
    memoryGiB: 64,
    cpu: "epyc-3rd-gen",
    source: AWS_BATCH_GPU,
    note: G6_NOTE
  },
  {
    provider: "aws",
    id: "g6.8xlarge",
    accelerator: "nvidia-l4-24gb",
    acceleratorsPerInstance: 1,
    vcpus: 32,
    memoryGiB: 128,
    cpu: "epyc-3rd-gen",
    source: AWS_BATCH_GPU,
    note: G6_NOTE
  },
  {
    provider: "aws",
    id: "g6.16xlarge",
    accelerator: "nvidia-l4-24gb",
    acceleratorsPerInstance: 1,
    vcpus: 64,
    memoryGiB: 256,
    cpu: "epyc-3rd-gen",
    source: AWS_BATCH_GPU,
    note: G6_NOTE
  },
  {
    provider: "aws",
    id: "g6.12xlarge",
    accelerator: "nvidia-l4-24gb",
    acceleratorsPerInstance: 4,
    vcpus: 48,
    memoryGiB: 192,
    cpu: "epyc-3rd-gen",
    source: AWS_BATCH_GPU,
    note: `${G6_NOTE}; ${CCF_AWS}`
  },
  {
    provider: "aws",
    id: "g6.24xlarge",
    accelerator: "nvidia-l4-24gb",
    acceleratorsPerInstance: 4,
    vcpus: 96,
    memoryGiB: 384,
    cpu: "epyc-3rd-gen",
    source: RAPIDS_AWS,
    note: `secondary: count and L4 from the RAPIDS docs; ${CCF_AWS}`
  },
  {
    provider: "aws",
    id: "g6.48xlarge",
    accelerator: "nvidia-l4-24gb",
    acceleratorsPerInstance: 8,
    vcpus: 192,
    memoryGiB: 768,
    cpu: "epyc-3rd-gen",
    source: RAPIDS_AWS,
    note: `secondary: count and L4 from the RAPIDS docs; ${CCF_AWS}`
  },
  {
    provider: "aws",
    id: "trn1.2xlarge",
    accelerator: "aws-trainium",
    acceleratorsPerInstance: 1,
    vcpus: 8,
    memoryGiB: 32,
    source: NEURON_TRN1
  },
  {
    provider: "aws",
    id: "trn1.32xlarge",
    accelerator: "aws-trainium",
    acceleratorsPerInstance: 16,
    vcpus: 128,
    memoryGiB: 512,
    source: NEURON_TRN1
  },
  {
    provider: "aws",
    id: "trn1n.32xlarge",
    accelerator: "aws-trainium",
    acceleratorsPerInstance: 16,
    vcpus: 128,
    memoryGiB: 512,
    source: NEURON_TRN1
  },
  {
    provider: "aws",
    id: "inf2.xlarge",
    accelerator: "aws-inferentia2",
    acceleratorsPerInstance: 1,
    vcpus: 4,
    memoryGiB: 16,
    cpu: "epyc-3rd-gen",
    source: TORCHX,
    note: INF2_NOTE
  },
  {
    provider: "aws",
    id: "inf2.8xlarge",
    accelerator: "aws-inferentia2",
    acceleratorsPerInstance: 1,
    vcpus: 32,
    memoryGiB: 128,
    cpu: "epyc-3rd-gen",
    source: TORCHX,
    note: INF2_NOTE
  },
  {
    provider: "aws",
    id: "inf2.24xlarge",
    accelerator: "aws-inferentia2",
    acceleratorsPerInstance: 6,
    vcpus: 96,
    memoryGiB: 384,
    cpu: "epyc-3rd-gen",
    source: TORCHX,
    note: INF2_NOTE
  },
  {
    provider: "aws",
    id: "inf2.48xlarge",
    accelerator: "aws-inferentia2",
    acceleratorsPerInstance: 12,
    vcpus: 192,
    memoryGiB: 768,
    cpu: "epyc-3rd-gen",
    source: TORCHX,
    note: INF2_NOTE
  },
  {
    provider: "aws",
    id: "g6e.xlarge",
    accelerator: "nvidia-l40s-48gb",
    acceleratorsPerInstance: 1,
    vcpus: 4,
    memoryGiB: 32,
    cpu: "epyc-3rd-gen",
    source: TORCHX,
    note: G6E_NOTE
  },
  {
    provider: "aws",
    id: "g6e.2xlarge",
    accelerator: "nvidia-l40s-48gb",
    acceleratorsPerInstance: 1,
    vcpus: 8,
    memoryGiB: 64,
    cpu: "epyc-3rd-gen",
    source: TORCHX,
    note: G6E_NOTE
  },
  {
    provider: "aws",
    id: "g6e.4xlarge",
    accelerator: "nvidia-l40s-48gb",
    acceleratorsPerInstance: 1,
    vcpus: 16,
    memoryGiB: 128,
    cpu: "epyc-3rd-gen",
    source: TORCHX,
    note: G6E_NOTE
  },
  {
    provider: "aws",
    id: "g6e.8xlarge",
    accelerator: "nvidia-l40s-48gb",
    acceleratorsPerInstance: 1,
    vcpus: 32,
    memoryGiB: 256,
    cpu: "epyc-3rd-gen",
    source: TORCHX,
    note: G6E_NOTE
  },
  {
    provider: "aws",
    id: "g6e.16xlarge",
    accelerator: "nvidia-l40s-48gb",
    acceleratorsPerInstance: 1,
    vcpus: 64,
    memoryGiB: 512,
    cpu: "epyc-3rd-gen",
    source: TORCHX,
    note: G6E_NOTE
  },
  {
    provider: "aws",
    id: "g6e.12xlarge",
    accelerator: "nvidia-l40s-48gb",
    acceleratorsPerInstance: 4,
    vcpus: 48,
    memoryGiB: 384,
    cpu: "epyc-3rd-gen",
    source: TORCHX,
    note: G6E_NOTE
  },
  {
    provider: "aws",
    id: "g6e.24xlarge",
    accelerator: "nvidia-l40s-48gb",
    acceleratorsPerInstance: 4,
    vcpus: 96,
    memoryGiB: 768,
    cpu: "epyc-3rd-gen",
    source: TORCHX,
    note: G6E_NOTE
  },
  {
    provider: "aws",
    id: "g6e.48xlarge",
    accelerator: "nvidia-l40s-48gb",
    acceleratorsPerInstance: 8,
    vcpus: 192,
    memoryGiB: 1536,
    cpu: "epyc-3rd-gen",
    source: TORCHX,
    note: G6E_NOTE
  },
  // Google Cloud
  {
    provider: "gcp",
    id: "a2-highgpu-1g",
    accelerator: "nvidia-a100-sxm4-40gb",
    acceleratorsPerInstance: 1,
    vcpus: 12,
    memoryGiB: 85,
    cpu: "cascade-lake",
    source: GCP_TOOLKIT,
    note: A2_NOTE
  },
  {
    provider: "gcp",
    id: "a2-highgpu-2g",
    accelerator: "nvidia-a100-sxm4-40gb",
    acceleratorsPerInstance: 2,
    vcpus: 24,
    memoryGiB: 170,
    cpu: "cascade-lake",
    source: GCP_TOOLKIT,
    note: A2_NOTE
  },
  {
    provider: "gcp",
    id: "a2-highgpu-4g",
    accelerator: "nvidia-a100-sxm4-40gb",
    acceleratorsPerInstance: 4,
    vcpus: 48,
    memoryGiB: 340,
    cpu: "cascade-lake",
    source: GCP_TOOLKIT,
    note: A2_NOTE
  },
  {
    provider: "gcp",
    id: "a2-highgpu-8g",
    accelerator: "nvidia-a100-sxm4-40gb",
    acceleratorsPerInstance: 8,
    vcpus: 96,
    memoryGiB: 680,
    cpu: "cascade-lake",
    source: GCP_TOOLKIT,
    note: A2_NOTE
  },
  {
    provider: "gcp",
    id: "a2-megagpu-16g",
    accelerator: "nvidia-a100-sxm4-40gb",
    acceleratorsPerInstance: 16,
    cpu: "cascade-lake",
    source: GCP_TOOLKIT,
    note: `Cluster Toolkit gpu_definition.tf (2023) maps megagpu to nvidia-tesla-a100, the 40 GB A100 (ultragpu to nvidia-a100-80gb), count from the "-16g" suffix; SXM4 is carbon-budget's reading; vCPUs and memory not found in a citable source`
  },
  {
    provider: "gcp",
    id: "a2-ultragpu-1g",
    accelerator: "nvidia-a100-sxm4-80gb",
    acceleratorsPerInstance: 1,
    vcpus: 12,
    cpu: "cascade-lake",
    source: GCP_TOOLKIT,
    note: `toolkit: a100-80gb-1 is a2-ultragpu-1g; SXM4 is carbon-budget's reading; memory left out because sources disagree (CCF 85 GB, another table 170 GB); ${CCF_GCP}`
  },
  {
    provider: "gcp",
    id: "a2-ultragpu-2g",
    accelerator: "nvidia-a100-sxm4-80gb",
    acceleratorsPerInstance: 2,
    vcpus: 24,
    memoryGiB: 340,
    cpu: "cascade-lake",
    source: GCP_TOOLKIT,
    note: A2U_NOTE
  },
  {
    provider: "gcp",
    id: "a2-ultragpu-4g",
    accelerator: "nvidia-a100-sxm4-80gb",
    acceleratorsPerInstance: 4,
    vcpus: 48,
    memoryGiB: 680,
    cpu: "cascade-lake",
    source: GCP_TOOLKIT,
    note: A2U_NOTE
  },
  {
    provider: "gcp",
    id: "a2-ultragpu-8g",
    accelerator: "nvidia-a100-sxm4-80gb",
    acceleratorsPerInstance: 8,
    vcpus: 96,
    memoryGiB: 1360,
    cpu: "cascade-lake",
    source: GCP_TOOLKIT,
    note: A2U_NOTE
  },
  {
    provider: "gcp",
    id: "a3-highgpu-1g",
    accelerator: "nvidia-h100-sxm5-80gb",
    acceleratorsPerInstance: 1,
    vcpus: 26,
    memoryGiB: 234,
    source: GCP_TOOLKIT,
    note: A3_NOTE
  },
  {
    provider: "gcp",
    id: "a3-highgpu-2g",
    accelerator: "nvidia-h100-sxm5-80gb",
    acceleratorsPerInstance: 2,
    vcpus: 52,
    memoryGiB: 468,
    source: GCP_TOOLKIT,
    note: A3_NOTE
  },
  {
    provider: "gcp",
    id: "a3-highgpu-4g",
    accelerator: "nvidia-h100-sxm5-80gb",
    acceleratorsPerInstance: 4,
    vcpus: 104,
    memoryGiB: 936,
    source: GCP_TOOLKIT,
    note: A3_NOTE
  },
  {
    provider: "gcp",
    id: "a3-highgpu-8g",
    accelerator: "nvidia-h100-sxm5-80gb",
    acceleratorsPerInstance: 8,
    vcpus: 208,
    memoryGiB: 1872,
    source: GCP_TOOLKIT,
    note: A3_NOTE
  },
  {
    provider: "gcp",
    id: "a3-megagpu-8g",
    accelerator: "nvidia-h100-sxm5-80gb",
    acceleratorsPerInstance: 8,
    vcpus: 208,
    memoryGiB: 1872,
    source: GCP_TOOLKIT,
    note: `toolkit: h100-mega-80gb-8 is a3-megagpu-8g ("H100 Mega" is Google's name for the A3 Mega machine's H100 80 GB); SXM5 is carbon-budget's reading; ${CCF_GCP}`
  },
  {
    provider: "gcp",
    id: "a3-ultragpu-8g",
    accelerator: "nvidia-h200-sxm-141gb",
    acceleratorsPerInstance: 8,
    vcpus: 224,
    memoryGiB: 2952,
    source: GCP_TOOLKIT,
    note: `toolkit: h200-141gb-8 is a3-ultragpu-8g (Cluster Toolkit v1.44.1 release: "8 NVIDIA H200 GPUs"); ${CCF_GCP}`
  },
  {
    provider: "gcp",
    id: "g2-standard-4",
    accelerator: "nvidia-l4-24gb",
    acceleratorsPerInstance: 1,
    vcpus: 4,
    memoryGiB: 16,
    cpu: "cascade-lake",
    source: GCP_TOOLKIT,
    note: G2_ONE
  },
  {
    provider: "gcp",
    id: "g2-standard-8",
    accelerator: "nvidia-l4-24gb",
    acceleratorsPerInstance: 1,
    vcpus: 8,
    memoryGiB: 32,
    cpu: "cascade-lake",
    source: GCP_TOOLKIT,
    note: G2_ONE
  },
  {
    provider: "gcp",
    id: "g2-standard-12",
    accelerator: "nvidia-l4-24gb",
    acceleratorsPerInstance: 1,
    vcpus: 12,
    memoryGiB: 48,
    cpu: "cascade-lake",
    source: GCP_TOOLKIT,
    note: `toolkit: l4-1 is g2-standard-12; ${CCF_GCP}`
  },
  {
    provider: "gcp",
    id: "g2-standard-16",
    accelerator: "nvidia-l4-24gb",
    acceleratorsPerInstance: 1,
    vcpus: 16,
    memoryGiB: 64,
    cpu: "cascade-lake",
    source: GCP_TOOLKIT,
    note: G2_ONE
  },
  {
    provider: "gcp",
    id: "g2-standard-24",
    accelerator: "nvidia-l4-24gb",
    acceleratorsPerInstance: 2,
    vcpus: 24,
    memoryGiB: 96,
    cpu: "cascade-lake",
    source: GCP_TOOLKIT,
    note: `toolkit: l4-2 is g2-standard-24; ${CCF_GCP}`
  },
  {
    provider: "gcp",
    id: "g2-standard-32",
    accelerator: "nvidia-l4-24gb",
    acceleratorsPerInstance: 1,
    vcpus: 32,
    memoryGiB: 128,
    cpu: "cascade-lake",
    source: GCP_TOOLKIT,
    note: G2_ONE
  },
  {
    provider: "gcp",
    id: "g2-standard-48",
    accelerator: "nvidia-l4-24gb",
    acceleratorsPerInstance: 4,
    vcpus: 48,
    memoryGiB: 192,
    cpu: "cascade-lake",
    source: GCP_TOOLKIT,
    note: `toolkit: l4-4 is g2-standard-48; ${CCF_GCP}`
  },
  {
    provider: "gcp",
    id: "g2-standard-96",
    accelerator: "nvidia-l4-24gb",
    acceleratorsPerInstance: 8,
    vcpus: 96,
    memoryGiB: 384,
    cpu: "cascade-lake",
    source: GCP_TOOLKIT,
    note: `toolkit: l4-8 is g2-standard-96; ${CCF_GCP}`
  },
  // Microsoft Azure
  {
    provider: "azure",
    id: "Standard_NC6s_v3",
    accelerator: "nvidia-v100-pcie-16gb",
    acceleratorsPerInstance: 1,
    vcpus: 6,
    memoryGiB: 112,
    cpu: "broadwell",
    source: NCV3,
    note: NCV3_NOTE
  },
  {
    provider: "azure",
    id: "Standard_NC12s_v3",
    accelerator: "nvidia-v100-pcie-16gb",
    acceleratorsPerInstance: 2,
    vcpus: 12,
    memoryGiB: 224,
    cpu: "broadwell",
    source: NCV3,
    note: NCV3_NOTE
  },
  {
    provider: "azure",
    id: "Standard_NC24s_v3",
    accelerator: "nvidia-v100-pcie-16gb",
    acceleratorsPerInstance: 4,
    vcpus: 24,
    memoryGiB: 448,
    cpu: "broadwell",
    source: NCV3,
    note: NCV3_NOTE
  },
  {
    provider: "azure",
    id: "Standard_NC24rs_v3",
    accelerator: "nvidia-v100-pcie-16gb",
    acceleratorsPerInstance: 4,
    vcpus: 24,
    memoryGiB: 448,
    cpu: "broadwell",
    source: NCV3,
    note: NCV3_NOTE
  },
  {
    provider: "azure",
    id: "Standard_NC24ads_A100_v4",
    accelerator: "nvidia-a100-pcie-80gb",
    acceleratorsPerInstance: 1,
    vcpus: 24,
    memoryGiB: 220,
    cpu: "epyc-3rd-gen",
    source: NC_A100_V4,
    note: 'Microsoft: "Nvidia PCIe A100 GPU (80GB)"'
  },
  {
    provider: "azure",
    id: "Standard_NC48ads_A100_v4",
    accelerator: "nvidia-a100-pcie-80gb",
    acceleratorsPerInstance: 2,
    vcpus: 48,
    memoryGiB: 440,
    cpu: "epyc-3rd-gen",
    source: NC_A100_V4,
    note: 'Microsoft: "Nvidia PCIe A100 GPU (80GB)"'
  },
  {
    provider: "azure",
    id: "Standard_NC96ads_A100_v4",
    accelerator: "nvidia-a100-pcie-80gb",
    acceleratorsPerInstance: 4,
    vcpus: 96,
    memoryGiB: 880,
    cpu: "epyc-3rd-gen",
    source: NC_A100_V4,
    note: 'Microsoft: "Nvidia PCIe A100 GPU (80GB)"'
  },
  {
    provider: "azure",
    id: "Standard_NC40ads_H100_v5",
    accelerator: "nvidia-h100-nvl-94gb",
    acceleratorsPerInstance: 1,
    vcpus: 40,
    memoryGiB: 320,
    source: NCADS_H100_V5,
    note: 'Microsoft: "Nvidia PCIe H100 GPU (94GB)", the H100 NVL board'
  },
  {
    provider: "azure",
    id: "Standard_NC80adis_H100_v5",
    accelerator: "nvidia-h100-nvl-94gb",
    acceleratorsPerInstance: 2,
    vcpus: 80,
    memoryGiB: 640,
    source: NCADS_H100_V5,
    note: 'Microsoft: "Nvidia PCIe H100 GPU (94GB)", the H100 NVL board'
  },
  {
    provider: "azure",
    id: "Standard_NC4as_T4_v3",
    accelerator: "nvidia-t4-16gb",
    acceleratorsPerInstance: 1,
    vcpus: 4,
    memoryGiB: 28,
    cpu: "epyc-2nd-gen",
    source: NCAST4_V3
  },
  {
    provider: "azure",
    id: "Standard_NC8as_T4_v3",
    accelerator: "nvidia-t4-16gb",
    acceleratorsPerInstance: 1,
    vcpus: 8,
    memoryGiB: 56,
    cpu: "epyc-2nd-gen",
    source: NCAST4_V3
  },
  {
    provider: "azure",
    id: "Standard_NC16as_T4_v3",
    accelerator: "nvidia-t4-16gb",
    acceleratorsPerInstance: 1,
    vcpus: 16,
    memoryGiB: 110,
    cpu: "epyc-2nd-gen",
    source: NCAST4_V3
  },
  {
    provider: "azure",
    id: "Standard_NC64as_T4_v3",
    accelerator: "nvidia-t4-16gb",
    acceleratorsPerInstance: 4,
    vcpus: 64,
    memoryGiB: 440,
    cpu: "epyc-2nd-gen",
    source: NCAST4_V3
  },
  {
    provider: "azure",
    id: "Standard_ND96asr_v4",
    accelerator: "nvidia-a100-sxm4-40gb",
    acceleratorsPerInstance: 8,
    vcpus: 96,
    memoryGiB: 900,
    cpu: "epyc-2nd-gen",
    source: ND_A100_V4,
    note: `ND A100 v4. Microsoft: "Nvidia A100 GPU (40GB)"; SXM4 is carbon-budget's reading`
  },
  {
    provider: "azure",
    id: "Standard_ND96amsr_A100_v4",
    accelerator: "nvidia-a100-sxm4-80gb",
    acceleratorsPerInstance: 8,
    vcpus: 96,
    memoryGiB: 1900,
    cpu: "epyc-2nd-gen",
    source: NDM_A100_V4,
    note: `NDm A100 v4. Microsoft: "Nvidia A100 GPU (80GB)"; SXM4 is carbon-budget's reading`
  },
  {
    provider: "azure",
    id: "Standard_ND96isr_H100_v5",
    accelerator: "nvidia-h100-sxm5-80gb",
    acceleratorsPerInstance: 8,
    vcpus: 96,
    memoryGiB: 1900,
    source: ND_H100_V5,
    note: `Microsoft: "Nvidia H100 GPU (80GB)"; SXM5 is carbon-budget's reading`
  },
  {
    provider: "azure",
    id: "Standard_ND96isr_H200_v5",
    accelerator: "nvidia-h200-sxm-141gb",
    acceleratorsPerInstance: 8,
    vcpus: 96,
    memoryGiB: 1850,
    source: ND_H200_V5,
    note: `Microsoft: "Nvidia H200 GPU (141GB)"; SXM is carbon-budget's reading`
  },
  {
    provider: "azure",
    id: "Standard_ND96isr_MI300X_v5",
    accelerator: "amd-mi300x-192gb",
    acceleratorsPerInstance: 8,
    vcpus: 96,
    memoryGiB: 1850,
    source: ND_MI300X_V5,
    note: 'Microsoft: "AMD Instinct MI300X GPU (192GB)"'
  }
];

// src/catalog/instances.ts
var byId = new Map(INSTANCE_TYPES.map((t) => [t.id.toLowerCase(), t]));
function findInstance(written) {
  const type2 = byId.get(written.trim().toLowerCase());
  if (type2 === void 0) {
    return {
      ok: false,
      message: `unknown instance type \`${written}\`${didYouMean(
        written,
        INSTANCE_TYPES.map((t) => t.id)
      )}; \`carbon-budget catalog instances\` lists them, or give \`accelerator\` and \`count\``
    };
  }
  const accelerator2 = findAccelerator(type2.accelerator);
  if (!accelerator2.ok)
    return {
      ok: false,
      message: `instance type \`${type2.id}\` names an accelerator the catalog lacks (${type2.accelerator})`
    };
  return { ok: true, value: { type: type2, accelerator: accelerator2.value } };
}
function instanceIds() {
  return INSTANCE_TYPES.map((t) => t.id);
}

// node_modules/iso-3166/1.js
var iso31661 = [
  {
    name: "Andorra",
    state: "assigned",
    alpha2: "AD",
    alpha3: "AND",
    numeric: "020"
  },
  {
    name: "United Arab Emirates",
    state: "assigned",
    alpha2: "AE",
    alpha3: "ARE",
    numeric: "784"
  },
  {
    name: "Afghanistan",
    state: "assigned",
    alpha2: "AF",
    alpha3: "AFG",
    numeric: "004"
  },
  {
    name: "Antigua and Barbuda",
    state: "assigned",
    alpha2: "AG",
    alpha3: "ATG",
    numeric: "028"
  },
  {
    name: "Anguilla",
    state: "assigned",
    alpha2: "AI",
    alpha3: "AIA",
    numeric: "660"
  },
  {
    name: "Albania",
    state: "assigned",
    alpha2: "AL",
    alpha3: "ALB",
    numeric: "008"
  },
  {
    name: "Armenia",
    state: "assigned",
    alpha2: "AM",
    alpha3: "ARM",
    numeric: "051"
  },
  {
    name: "Angola",
    state: "assigned",
    alpha2: "AO",
    alpha3: "AGO",
    numeric: "024"
  },
  {
    name: "Antarctica",
    state: "assigned",
    alpha2: "AQ",
    alpha3: "ATA",
    numeric: "010"
  },
  {
    name: "Argentina",
    state: "assigned",
    alpha2: "AR",
    alpha3: "ARG",
    numeric: "032"
  },
  {
    name: "American Samoa",
    state: "assigned",
    alpha2: "AS",
    alpha3: "ASM",
    numeric: "016"
  },
  {
    name: "Austria",
    state: "assigned",
    alpha2: "AT",
    alpha3: "AUT",
    numeric: "040"
  },
  {
    name: "Australia",
    state: "assigned",
    alpha2: "AU",
    alpha3: "AUS",
    numeric: "036"
  },
  {
    name: "Aruba",
    state: "assigned",
    alpha2: "AW",
    alpha3: "ABW",
    numeric: "533"
  },
  {
    name: "\xC5land Islands",
    state: "assigned",
    alpha2: "AX",
    alpha3: "ALA",
    numeric: "248"
  },
  {
    name: "Azerbaijan",
    state: "assigned",
    alpha2: "AZ",
    alpha3: "AZE",
    numeric: "031"
  },
  {
    name: "Bosnia and Herzegovina",
    state: "assigned",
    alpha2: "BA",
    alpha3: "BIH",
    numeric: "070"
  },
  {
    name: "Barbados",
    state: "assigned",
    alpha2: "BB",
    alpha3: "BRB",
    numeric: "052"
  },
  {
    name: "Bangladesh",
    state: "assigned",
    alpha2: "BD",
    alpha3: "BGD",
    numeric: "050"
  },
  {
    name: "Belgium",
    state: "assigned",
    alpha2: "BE",
    alpha3: "BEL",
    numeric: "056"
  },
  {
    name: "Burkina Faso",
    state: "assigned",
    alpha2: "BF",
    alpha3: "BFA",
    numeric: "854"
  },
  {
    name: "Bulgaria",
    state: "assigned",
    alpha2: "BG",
    alpha3: "BGR",
    numeric: "100"
  },
  {
    name: "Bahrain",
    state: "assigned",
    alpha2: "BH",
    alpha3: "BHR",
    numeric: "048"
  },
  {
    name: "Burundi",
    state: "assigned",
    alpha2: "BI",
    alpha3: "BDI",
    numeric: "108"
  },
  {
    name: "Benin",
    state: "assigned",
    alpha2: "BJ",
    alpha3: "BEN",
    numeric: "204"
  },
  {
    name: "Saint Barth\xE9lemy",
    state: "assigned",
    alpha2: "BL",
    alpha3: "BLM",
    numeric: "652"
  },
  {
    name: "Bermuda",
    state: "assigned",
    alpha2: "BM",
    alpha3: "BMU",
    numeric: "060"
  },
  {
    name: "Brunei Darussalam",
    state: "assigned",
    alpha2: "BN",
    alpha3: "BRN",
    numeric: "096"
  },
  {
    name: "Bolivia, Plurinational State of",
    state: "assigned",
    alpha2: "BO",
    alpha3: "BOL",
    numeric: "068"
  },
  {
    name: "Bonaire, Sint Eustatius and Saba",
    state: "assigned",
    alpha2: "BQ",
    alpha3: "BES",
    numeric: "535"
  },
  {
    name: "Brazil",
    state: "assigned",
    alpha2: "BR",
    alpha3: "BRA",
    numeric: "076"
  },
  {
    name: "Bahamas",
    state: "assigned",
    alpha2: "BS",
    alpha3: "BHS",
    numeric: "044"
  },
  {
    name: "Bhutan",
    state: "assigned",
    alpha2: "BT",
    alpha3: "BTN",
    numeric: "064"
  },
  {
    name: "Bouvet Island",
    state: "assigned",
    alpha2: "BV",
    alpha3: "BVT",
    numeric: "074"
  },
  {
    name: "Botswana",
    state: "assigned",
    alpha2: "BW",
    alpha3: "BWA",
    numeric: "072"
  },
  {
    name: "Belarus",
    state: "assigned",
    alpha2: "BY",
    alpha3: "BLR",
    numeric: "112"
  },
  {
    name: "Belize",
    state: "assigned",
    alpha2: "BZ",
    alpha3: "BLZ",
    numeric: "084"
  },
  {
    name: "Canada",
    state: "assigned",
    alpha2: "CA",
    alpha3: "CAN",
    numeric: "124"
  },
  {
    name: "Cocos (Keeling) Islands",
    state: "assigned",
    alpha2: "CC",
    alpha3: "CCK",
    numeric: "166"
  },
  {
    name: "Congo, Democratic Republic of the",
    state: "assigned",
    alpha2: "CD",
    alpha3: "COD",
    numeric: "180"
  },
  {
    name: "Central African Republic",
    state: "assigned",
    alpha2: "CF",
    alpha3: "CAF",
    numeric: "140"
  },
  {
    name: "Congo",
    state: "assigned",
    alpha2: "CG",
    alpha3: "COG",
    numeric: "178"
  },
  {
    name: "Switzerland",
    state: "assigned",
    alpha2: "CH",
    alpha3: "CHE",
    numeric: "756"
  },
  {
    name: "C\xF4te d'Ivoire",
    state: "assigned",
    alpha2: "CI",
    alpha3: "CIV",
    numeric: "384"
  },
  {
    name: "Cook Islands",
    state: "assigned",
    alpha2: "CK",
    alpha3: "COK",
    numeric: "184"
  },
  {
    name: "Chile",
    state: "assigned",
    alpha2: "CL",
    alpha3: "CHL",
    numeric: "152"
  },
  {
    name: "Cameroon",
    state: "assigned",
    alpha2: "CM",
    alpha3: "CMR",
    numeric: "120"
  },
  {
    name: "China",
    state: "assigned",
    alpha2: "CN",
    alpha3: "CHN",
    numeric: "156"
  },
  {
    name: "Colombia",
    state: "assigned",
    alpha2: "CO",
    alpha3: "COL",
    numeric: "170"
  },
  {
    name: "Costa Rica",
    state: "assigned",
    alpha2: "CR",
    alpha3: "CRI",
    numeric: "188"
  },
  {
    name: "Cuba",
    state: "assigned",
    alpha2: "CU",
    alpha3: "CUB",
    numeric: "192"
  },
  {
    name: "Cabo Verde",
    state: "assigned",
    alpha2: "CV",
    alpha3: "CPV",
    numeric: "132"
  },
  {
    name: "Cura\xE7ao",
    state: "assigned",
    alpha2: "CW",
    alpha3: "CUW",
    numeric: "531"
  },
  {
    name: "Christmas Island",
    state: "assigned",
    alpha2: "CX",
    alpha3: "CXR",
    numeric: "162"
  },
  {
    name: "Cyprus",
    state: "assigned",
    alpha2: "CY",
    alpha3: "CYP",
    numeric: "196"
  },
  {
    name: "Czechia",
    state: "assigned",
    alpha2: "CZ",
    alpha3: "CZE",
    numeric: "203"
  },
  {
    name: "Germany",
    state: "assigned",
    alpha2: "DE",
    alpha3: "DEU",
    numeric: "276"
  },
  {
    name: "Djibouti",
    state: "assigned",
    alpha2: "DJ",
    alpha3: "DJI",
    numeric: "262"
  },
  {
    name: "Denmark",
    state: "assigned",
    alpha2: "DK",
    alpha3: "DNK",
    numeric: "208"
  },
  {
    name: "Dominica",
    state: "assigned",
    alpha2: "DM",
    alpha3: "DMA",
    numeric: "212"
  },
  {
    name: "Dominican Republic",
    state: "assigned",
    alpha2: "DO",
    alpha3: "DOM",
    numeric: "214"
  },
  {
    name: "Algeria",
    state: "assigned",
    alpha2: "DZ",
    alpha3: "DZA",
    numeric: "012"
  },
  {
    name: "Ecuador",
    state: "assigned",
    alpha2: "EC",
    alpha3: "ECU",
    numeric: "218"
  },
  {
    name: "Estonia",
    state: "assigned",
    alpha2: "EE",
    alpha3: "EST",
    numeric: "233"
  },
  {
    name: "Egypt",
    state: "assigned",
    alpha2: "EG",
    alpha3: "EGY",
    numeric: "818"
  },
  {
    name: "Western Sahara",
    state: "assigned",
    alpha2: "EH",
    alpha3: "ESH",
    numeric: "732"
  },
  {
    name: "Eritrea",
    state: "assigned",
    alpha2: "ER",
    alpha3: "ERI",
    numeric: "232"
  },
  {
    name: "Spain",
    state: "assigned",
    alpha2: "ES",
    alpha3: "ESP",
    numeric: "724"
  },
  {
    name: "Ethiopia",
    state: "assigned",
    alpha2: "ET",
    alpha3: "ETH",
    numeric: "231"
  },
  {
    name: "Finland",
    state: "assigned",
    alpha2: "FI",
    alpha3: "FIN",
    numeric: "246"
  },
  {
    name: "Fiji",
    state: "assigned",
    alpha2: "FJ",
    alpha3: "FJI",
    numeric: "242"
  },
  {
    name: "Falkland Islands (Malvinas)",
    state: "assigned",
    alpha2: "FK",
    alpha3: "FLK",
    numeric: "238"
  },
  {
    name: "Micronesia, Federated States of",
    state: "assigned",
    alpha2: "FM",
    alpha3: "FSM",
    numeric: "583"
  },
  {
    name: "Faroe Islands",
    state: "assigned",
    alpha2: "FO",
    alpha3: "FRO",
    numeric: "234"
  },
  {
    name: "France",
    state: "assigned",
    alpha2: "FR",
    alpha3: "FRA",
    numeric: "250"
  },
  {
    name: "Gabon",
    state: "assigned",
    alpha2: "GA",
    alpha3: "GAB",
    numeric: "266"
  },
  {
    name: "United Kingdom of Great Britain and Northern Ireland",
    state: "assigned",
    alpha2: "GB",
    alpha3: "GBR",
    numeric: "826"
  },
  {
    name: "Grenada",
    state: "assigned",
    alpha2: "GD",
    alpha3: "GRD",
    numeric: "308"
  },
  {
    name: "Georgia",
    state: "assigned",
    alpha2: "GE",
    alpha3: "GEO",
    numeric: "268"
  },
  {
    name: "French Guiana",
    state: "assigned",
    alpha2: "GF",
    alpha3: "GUF",
    numeric: "254"
  },
  {
    name: "Guernsey",
    state: "assigned",
    alpha2: "GG",
    alpha3: "GGY",
    numeric: "831"
  },
  {
    name: "Ghana",
    state: "assigned",
    alpha2: "GH",
    alpha3: "GHA",
    numeric: "288"
  },
  {
    name: "Gibraltar",
    state: "assigned",
    alpha2: "GI",
    alpha3: "GIB",
    numeric: "292"
  },
  {
    name: "Greenland",
    state: "assigned",
    alpha2: "GL",
    alpha3: "GRL",
    numeric: "304"
  },
  {
    name: "Gambia",
    state: "assigned",
    alpha2: "GM",
    alpha3: "GMB",
    numeric: "270"
  },
  {
    name: "Guinea",
    state: "assigned",
    alpha2: "GN",
    alpha3: "GIN",
    numeric: "324"
  },
  {
    name: "Guadeloupe",
    state: "assigned",
    alpha2: "GP",
    alpha3: "GLP",
    numeric: "312"
  },
  {
    name: "Equatorial Guinea",
    state: "assigned",
    alpha2: "GQ",
    alpha3: "GNQ",
    numeric: "226"
  },
  {
    name: "Greece",
    state: "assigned",
    alpha2: "GR",
    alpha3: "GRC",
    numeric: "300"
  },
  {
    name: "South Georgia and the South Sandwich Islands",
    state: "assigned",
    alpha2: "GS",
    alpha3: "SGS",
    numeric: "239"
  },
  {
    name: "Guatemala",
    state: "assigned",
    alpha2: "GT",
    alpha3: "GTM",
    numeric: "320"
  },
  {
    name: "Guam",
    state: "assigned",
    alpha2: "GU",
    alpha3: "GUM",
    numeric: "316"
  },
  {
    name: "Guinea-Bissau",
    state: "assigned",
    alpha2: "GW",
    alpha3: "GNB",
    numeric: "624"
  },
  {
    name: "Guyana",
    state: "assigned",
    alpha2: "GY",
    alpha3: "GUY",
    numeric: "328"
  },
  {
    name: "Hong Kong",
    state: "assigned",
    alpha2: "HK",
    alpha3: "HKG",
    numeric: "344"
  },
  {
    name: "Heard Island and McDonald Islands",
    state: "assigned",
    alpha2: "HM",
    alpha3: "HMD",
    numeric: "334"
  },
  {
    name: "Honduras",
    state: "assigned",
    alpha2: "HN",
    alpha3: "HND",
    numeric: "340"
  },
  {
    name: "Croatia",
    state: "assigned",
    alpha2: "HR",
    alpha3: "HRV",
    numeric: "191"
  },
  {
    name: "Haiti",
    state: "assigned",
    alpha2: "HT",
    alpha3: "HTI",
    numeric: "332"
  },
  {
    name: "Hungary",
    state: "assigned",
    alpha2: "HU",
    alpha3: "HUN",
    numeric: "348"
  },
  {
    name: "Indonesia",
    state: "assigned",
    alpha2: "ID",
    alpha3: "IDN",
    numeric: "360"
  },
  {
    name: "Ireland",
    state: "assigned",
    alpha2: "IE",
    alpha3: "IRL",
    numeric: "372"
  },
  {
    name: "Israel",
    state: "assigned",
    alpha2: "IL",
    alpha3: "ISR",
    numeric: "376"
  },
  {
    name: "Isle of Man",
    state: "assigned",
    alpha2: "IM",
    alpha3: "IMN",
    numeric: "833"
  },
  {
    name: "India",
    state: "assigned",
    alpha2: "IN",
    alpha3: "IND",
    numeric: "356"
  },
  {
    name: "British Indian Ocean Territory",
    state: "assigned",
    alpha2: "IO",
    alpha3: "IOT",
    numeric: "086"
  },
  {
    name: "Iraq",
    state: "assigned",
    alpha2: "IQ",
    alpha3: "IRQ",
    numeric: "368"
  },
  {
    name: "Iran, Islamic Republic of",
    state: "assigned",
    alpha2: "IR",
    alpha3: "IRN",
    numeric: "364"
  },
  {
    name: "Iceland",
    state: "assigned",
    alpha2: "IS",
    alpha3: "ISL",
    numeric: "352"
  },
  {
    name: "Italy",
    state: "assigned",
    alpha2: "IT",
    alpha3: "ITA",
    numeric: "380"
  },
  {
    name: "Jersey",
    state: "assigned",
    alpha2: "JE",
    alpha3: "JEY",
    numeric: "832"
  },
  {
    name: "Jamaica",
    state: "assigned",
    alpha2: "JM",
    alpha3: "JAM",
    numeric: "388"
  },
  {
    name: "Jordan",
    state: "assigned",
    alpha2: "JO",
    alpha3: "JOR",
    numeric: "400"
  },
  {
    name: "Japan",
    state: "assigned",
    alpha2: "JP",
    alpha3: "JPN",
    numeric: "392"
  },
  {
    name: "Kenya",
    state: "assigned",
    alpha2: "KE",
    alpha3: "KEN",
    numeric: "404"
  },
  {
    name: "Kyrgyzstan",
    state: "assigned",
    alpha2: "KG",
    alpha3: "KGZ",
    numeric: "417"
  },
  {
    name: "Cambodia",
    state: "assigned",
    alpha2: "KH",
    alpha3: "KHM",
    numeric: "116"
  },
  {
    name: "Kiribati",
    state: "assigned",
    alpha2: "KI",
    alpha3: "KIR",
    numeric: "296"
  },
  {
    name: "Comoros",
    state: "assigned",
    alpha2: "KM",
    alpha3: "COM",
    numeric: "174"
  },
  {
    name: "Saint Kitts and Nevis",
    state: "assigned",
    alpha2: "KN",
    alpha3: "KNA",
    numeric: "659"
  },
  {
    name: "Korea, Democratic People's Republic of",
    state: "assigned",
    alpha2: "KP",
    alpha3: "PRK",
    numeric: "408"
  },
  {
    name: "Korea, Republic of",
    state: "assigned",
    alpha2: "KR",
    alpha3: "KOR",
    numeric: "410"
  },
  {
    name: "Kuwait",
    state: "assigned",
    alpha2: "KW",
    alpha3: "KWT",
    numeric: "414"
  },
  {
    name: "Cayman Islands",
    state: "assigned",
    alpha2: "KY",
    alpha3: "CYM",
    numeric: "136"
  },
  {
    name: "Kazakhstan",
    state: "assigned",
    alpha2: "KZ",
    alpha3: "KAZ",
    numeric: "398"
  },
  {
    name: "Lao People's Democratic Republic",
    state: "assigned",
    alpha2: "LA",
    alpha3: "LAO",
    numeric: "418"
  },
  {
    name: "Lebanon",
    state: "assigned",
    alpha2: "LB",
    alpha3: "LBN",
    numeric: "422"
  },
  {
    name: "Saint Lucia",
    state: "assigned",
    alpha2: "LC",
    alpha3: "LCA",
    numeric: "662"
  },
  {
    name: "Liechtenstein",
    state: "assigned",
    alpha2: "LI",
    alpha3: "LIE",
    numeric: "438"
  },
  {
    name: "Sri Lanka",
    state: "assigned",
    alpha2: "LK",
    alpha3: "LKA",
    numeric: "144"
  },
  {
    name: "Liberia",
    state: "assigned",
    alpha2: "LR",
    alpha3: "LBR",
    numeric: "430"
  },
  {
    name: "Lesotho",
    state: "assigned",
    alpha2: "LS",
    alpha3: "LSO",
    numeric: "426"
  },
  {
    name: "Lithuania",
    state: "assigned",
    alpha2: "LT",
    alpha3: "LTU",
    numeric: "440"
  },
  {
    name: "Luxembourg",
    state: "assigned",
    alpha2: "LU",
    alpha3: "LUX",
    numeric: "442"
  },
  {
    name: "Latvia",
    state: "assigned",
    alpha2: "LV",
    alpha3: "LVA",
    numeric: "428"
  },
  {
    name: "Libya",
    state: "assigned",
    alpha2: "LY",
    alpha3: "LBY",
    numeric: "434"
  },
  {
    name: "Morocco",
    state: "assigned",
    alpha2: "MA",
    alpha3: "MAR",
    numeric: "504"
  },
  {
    name: "Monaco",
    state: "assigned",
    alpha2: "MC",
    alpha3: "MCO",
    numeric: "492"
  },
  {
    name: "Moldova, Republic of",
    state: "assigned",
    alpha2: "MD",
    alpha3: "MDA",
    numeric: "498"
  },
  {
    name: "Montenegro",
    state: "assigned",
    alpha2: "ME",
    alpha3: "MNE",
    numeric: "499"
  },
  {
    name: "Saint Martin (French part)",
    state: "assigned",
    alpha2: "MF",
    alpha3: "MAF",
    numeric: "663"
  },
  {
    name: "Madagascar",
    state: "assigned",
    alpha2: "MG",
    alpha3: "MDG",
    numeric: "450"
  },
  {
    name: "Marshall Islands",
    state: "assigned",
    alpha2: "MH",
    alpha3: "MHL",
    numeric: "584"
  },
  {
    name: "North Macedonia",
    state: "assigned",
    alpha2: "MK",
    alpha3: "MKD",
    numeric: "807"
  },
  {
    name: "Mali",
    state: "assigned",
    alpha2: "ML",
    alpha3: "MLI",
    numeric: "466"
  },
  {
    name: "Myanmar",
    state: "assigned",
    alpha2: "MM",
    alpha3: "MMR",
    numeric: "104"
  },
  {
    name: "Mongolia",
    state: "assigned",
    alpha2: "MN",
    alpha3: "MNG",
    numeric: "496"
  },
  {
    name: "Macao",
    state: "assigned",
    alpha2: "MO",
    alpha3: "MAC",
    numeric: "446"
  },
  {
    name: "Northern Mariana Islands",
    state: "assigned",
    alpha2: "MP",
    alpha3: "MNP",
    numeric: "580"
  },
  {
    name: "Martinique",
    state: "assigned",
    alpha2: "MQ",
    alpha3: "MTQ",
    numeric: "474"
  },
  {
    name: "Mauritania",
    state: "assigned",
    alpha2: "MR",
    alpha3: "MRT",
    numeric: "478"
  },
  {
    name: "Montserrat",
    state: "assigned",
    alpha2: "MS",
    alpha3: "MSR",
    numeric: "500"
  },
  {
    name: "Malta",
    state: "assigned",
    alpha2: "MT",
    alpha3: "MLT",
    numeric: "470"
  },
  {
    name: "Mauritius",
    state: "assigned",
    alpha2: "MU",
    alpha3: "MUS",
    numeric: "480"
  },
  {
    name: "Maldives",
    state: "assigned",
    alpha2: "MV",
    alpha3: "MDV",
    numeric: "462"
  },
  {
    name: "Malawi",
    state: "assigned",
    alpha2: "MW",
    alpha3: "MWI",
    numeric: "454"
  },
  {
    name: "Mexico",
    state: "assigned",
    alpha2: "MX",
    alpha3: "MEX",
    numeric: "484"
  },
  {
    name: "Malaysia",
    state: "assigned",
    alpha2: "MY",
    alpha3: "MYS",
    numeric: "458"
  },
  {
    name: "Mozambique",
    state: "assigned",
    alpha2: "MZ",
    alpha3: "MOZ",
    numeric: "508"
  },
  {
    name: "Namibia",
    state: "assigned",
    alpha2: "NA",
    alpha3: "NAM",
    numeric: "516"
  },
  {
    name: "New Caledonia",
    state: "assigned",
    alpha2: "NC",
    alpha3: "NCL",
    numeric: "540"
  },
  {
    name: "Niger",
    state: "assigned",
    alpha2: "NE",
    alpha3: "NER",
    numeric: "562"
  },
  {
    name: "Norfolk Island",
    state: "assigned",
    alpha2: "NF",
    alpha3: "NFK",
    numeric: "574"
  },
  {
    name: "Nigeria",
    state: "assigned",
    alpha2: "NG",
    alpha3: "NGA",
    numeric: "566"
  },
  {
    name: "Nicaragua",
    state: "assigned",
    alpha2: "NI",
    alpha3: "NIC",
    numeric: "558"
  },
  {
    name: "Netherlands, Kingdom of the",
    state: "assigned",
    alpha2: "NL",
    alpha3: "NLD",
    numeric: "528"
  },
  {
    name: "Norway",
    state: "assigned",
    alpha2: "NO",
    alpha3: "NOR",
    numeric: "578"
  },
  {
    name: "Nepal",
    state: "assigned",
    alpha2: "NP",
    alpha3: "NPL",
    numeric: "524"
  },
  {
    name: "Nauru",
    state: "assigned",
    alpha2: "NR",
    alpha3: "NRU",
    numeric: "520"
  },
  {
    name: "Niue",
    state: "assigned",
    alpha2: "NU",
    alpha3: "NIU",
    numeric: "570"
  },
  {
    name: "New Zealand",
    state: "assigned",
    alpha2: "NZ",
    alpha3: "NZL",
    numeric: "554"
  },
  {
    name: "Oman",
    state: "assigned",
    alpha2: "OM",
    alpha3: "OMN",
    numeric: "512"
  },
  {
    name: "Panama",
    state: "assigned",
    alpha2: "PA",
    alpha3: "PAN",
    numeric: "591"
  },
  {
    name: "Peru",
    state: "assigned",
    alpha2: "PE",
    alpha3: "PER",
    numeric: "604"
  },
  {
    name: "French Polynesia",
    state: "assigned",
    alpha2: "PF",
    alpha3: "PYF",
    numeric: "258"
  },
  {
    name: "Papua New Guinea",
    state: "assigned",
    alpha2: "PG",
    alpha3: "PNG",
    numeric: "598"
  },
  {
    name: "Philippines",
    state: "assigned",
    alpha2: "PH",
    alpha3: "PHL",
    numeric: "608"
  },
  {
    name: "Pakistan",
    state: "assigned",
    alpha2: "PK",
    alpha3: "PAK",
    numeric: "586"
  },
  {
    name: "Poland",
    state: "assigned",
    alpha2: "PL",
    alpha3: "POL",
    numeric: "616"
  },
  {
    name: "Saint Pierre and Miquelon",
    state: "assigned",
    alpha2: "PM",
    alpha3: "SPM",
    numeric: "666"
  },
  {
    name: "Pitcairn",
    state: "assigned",
    alpha2: "PN",
    alpha3: "PCN",
    numeric: "612"
  },
  {
    name: "Puerto Rico",
    state: "assigned",
    alpha2: "PR",
    alpha3: "PRI",
    numeric: "630"
  },
  {
    name: "Palestine, State of",
    state: "assigned",
    alpha2: "PS",
    alpha3: "PSE",
    numeric: "275"
  },
  {
    name: "Portugal",
    state: "assigned",
    alpha2: "PT",
    alpha3: "PRT",
    numeric: "620"
  },
  {
    name: "Palau",
    state: "assigned",
    alpha2: "PW",
    alpha3: "PLW",
    numeric: "585"
  },
  {
    name: "Paraguay",
    state: "assigned",
    alpha2: "PY",
    alpha3: "PRY",
    numeric: "600"
  },
  {
    name: "Qatar",
    state: "assigned",
    alpha2: "QA",
    alpha3: "QAT",
    numeric: "634"
  },
  {
    name: "R\xE9union",
    state: "assigned",
    alpha2: "RE",
    alpha3: "REU",
    numeric: "638"
  },
  {
    name: "Romania",
    state: "assigned",
    alpha2: "RO",
    alpha3: "ROU",
    numeric: "642"
  },
  {
    name: "Serbia",
    state: "assigned",
    alpha2: "RS",
    alpha3: "SRB",
    numeric: "688"
  },
  {
    name: "Russian Federation",
    state: "assigned",
    alpha2: "RU",
    alpha3: "RUS",
    numeric: "643"
  },
  {
    name: "Rwanda",
    state: "assigned",
    alpha2: "RW",
    alpha3: "RWA",
    numeric: "646"
  },
  {
    name: "Saudi Arabia",
    state: "assigned",
    alpha2: "SA",
    alpha3: "SAU",
    numeric: "682"
  },
  {
    name: "Solomon Islands",
    state: "assigned",
    alpha2: "SB",
    alpha3: "SLB",
    numeric: "090"
  },
  {
    name: "Seychelles",
    state: "assigned",
    alpha2: "SC",
    alpha3: "SYC",
    numeric: "690"
  },
  {
    name: "Sudan",
    state: "assigned",
    alpha2: "SD",
    alpha3: "SDN",
    numeric: "729"
  },
  {
    name: "Sweden",
    state: "assigned",
    alpha2: "SE",
    alpha3: "SWE",
    numeric: "752"
  },
  {
    name: "Singapore",
    state: "assigned",
    alpha2: "SG",
    alpha3: "SGP",
    numeric: "702"
  },
  {
    name: "Saint Helena, Ascension and Tristan da Cunha",
    state: "assigned",
    alpha2: "SH",
    alpha3: "SHN",
    numeric: "654"
  },
  {
    name: "Slovenia",
    state: "assigned",
    alpha2: "SI",
    alpha3: "SVN",
    numeric: "705"
  },
  {
    name: "Svalbard and Jan Mayen",
    state: "assigned",
    alpha2: "SJ",
    alpha3: "SJM",
    numeric: "744"
  },
  {
    name: "Slovakia",
    state: "assigned",
    alpha2: "SK",
    alpha3: "SVK",
    numeric: "703"
  },
  {
    name: "Sierra Leone",
    state: "assigned",
    alpha2: "SL",
    alpha3: "SLE",
    numeric: "694"
  },
  {
    name: "San Marino",
    state: "assigned",
    alpha2: "SM",
    alpha3: "SMR",
    numeric: "674"
  },
  {
    name: "Senegal",
    state: "assigned",
    alpha2: "SN",
    alpha3: "SEN",
    numeric: "686"
  },
  {
    name: "Somalia",
    state: "assigned",
    alpha2: "SO",
    alpha3: "SOM",
    numeric: "706"
  },
  {
    name: "Suriname",
    state: "assigned",
    alpha2: "SR",
    alpha3: "SUR",
    numeric: "740"
  },
  {
    name: "South Sudan",
    state: "assigned",
    alpha2: "SS",
    alpha3: "SSD",
    numeric: "728"
  },
  {
    name: "Sao Tome and Principe",
    state: "assigned",
    alpha2: "ST",
    alpha3: "STP",
    numeric: "678"
  },
  {
    name: "El Salvador",
    state: "assigned",
    alpha2: "SV",
    alpha3: "SLV",
    numeric: "222"
  },
  {
    name: "Sint Maarten (Dutch part)",
    state: "assigned",
    alpha2: "SX",
    alpha3: "SXM",
    numeric: "534"
  },
  {
    name: "Syrian Arab Republic",
    state: "assigned",
    alpha2: "SY",
    alpha3: "SYR",
    numeric: "760"
  },
  {
    name: "Eswatini",
    state: "assigned",
    alpha2: "SZ",
    alpha3: "SWZ",
    numeric: "748"
  },
  {
    name: "Turks and Caicos Islands",
    state: "assigned",
    alpha2: "TC",
    alpha3: "TCA",
    numeric: "796"
  },
  {
    name: "Chad",
    state: "assigned",
    alpha2: "TD",
    alpha3: "TCD",
    numeric: "148"
  },
  {
    name: "French Southern Territories",
    state: "assigned",
    alpha2: "TF",
    alpha3: "ATF",
    numeric: "260"
  },
  {
    name: "Togo",
    state: "assigned",
    alpha2: "TG",
    alpha3: "TGO",
    numeric: "768"
  },
  {
    name: "Thailand",
    state: "assigned",
    alpha2: "TH",
    alpha3: "THA",
    numeric: "764"
  },
  {
    name: "Tajikistan",
    state: "assigned",
    alpha2: "TJ",
    alpha3: "TJK",
    numeric: "762"
  },
  {
    name: "Tokelau",
    state: "assigned",
    alpha2: "TK",
    alpha3: "TKL",
    numeric: "772"
  },
  {
    name: "Timor-Leste",
    state: "assigned",
    alpha2: "TL",
    alpha3: "TLS",
    numeric: "626"
  },
  {
    name: "Turkmenistan",
    state: "assigned",
    alpha2: "TM",
    alpha3: "TKM",
    numeric: "795"
  },
  {
    name: "Tunisia",
    state: "assigned",
    alpha2: "TN",
    alpha3: "TUN",
    numeric: "788"
  },
  {
    name: "Tonga",
    state: "assigned",
    alpha2: "TO",
    alpha3: "TON",
    numeric: "776"
  },
  {
    name: "T\xFCrkiye",
    state: "assigned",
    alpha2: "TR",
    alpha3: "TUR",
    numeric: "792"
  },
  {
    name: "Trinidad and Tobago",
    state: "assigned",
    alpha2: "TT",
    alpha3: "TTO",
    numeric: "780"
  },
  {
    name: "Tuvalu",
    state: "assigned",
    alpha2: "TV",
    alpha3: "TUV",
    numeric: "798"
  },
  {
    name: "Taiwan, Province of China",
    state: "assigned",
    alpha2: "TW",
    alpha3: "TWN",
    numeric: "158"
  },
  {
    name: "Tanzania, United Republic of",
    state: "assigned",
    alpha2: "TZ",
    alpha3: "TZA",
    numeric: "834"
  },
  {
    name: "Ukraine",
    state: "assigned",
    alpha2: "UA",
    alpha3: "UKR",
    numeric: "804"
  },
  {
    name: "Uganda",
    state: "assigned",
    alpha2: "UG",
    alpha3: "UGA",
    numeric: "800"
  },
  {
    name: "United States Minor Outlying Islands",
    state: "assigned",
    alpha2: "UM",
    alpha3: "UMI",
    numeric: "581"
  },
  {
    name: "United States of America",
    state: "assigned",
    alpha2: "US",
    alpha3: "USA",
    numeric: "840"
  },
  {
    name: "Uruguay",
    state: "assigned",
    alpha2: "UY",
    alpha3: "URY",
    numeric: "858"
  },
  {
    name: "Uzbekistan",
    state: "assigned",
    alpha2: "UZ",
    alpha3: "UZB",
    numeric: "860"
  },
  {
    name: "Holy See",
    state: "assigned",
    alpha2: "VA",
    alpha3: "VAT",
    numeric: "336"
  },
  {
    name: "Saint Vincent and the Grenadines",
    state: "assigned",
    alpha2: "VC",
    alpha3: "VCT",
    numeric: "670"
  },
  {
    name: "Venezuela, Bolivarian Republic of",
    state: "assigned",
    alpha2: "VE",
    alpha3: "VEN",
    numeric: "862"
  },
  {
    name: "Virgin Islands (British)",
    state: "assigned",
    alpha2: "VG",
    alpha3: "VGB",
    numeric: "092"
  },
  {
    name: "Virgin Islands (U.S.)",
    state: "assigned",
    alpha2: "VI",
    alpha3: "VIR",
    numeric: "850"
  },
  {
    name: "Viet Nam",
    state: "assigned",
    alpha2: "VN",
    alpha3: "VNM",
    numeric: "704"
  },
  {
    name: "Vanuatu",
    state: "assigned",
    alpha2: "VU",
    alpha3: "VUT",
    numeric: "548"
  },
  {
    name: "Wallis and Futuna",
    state: "assigned",
    alpha2: "WF",
    alpha3: "WLF",
    numeric: "876"
  },
  {
    name: "Samoa",
    state: "assigned",
    alpha2: "WS",
    alpha3: "WSM",
    numeric: "882"
  },
  {
    name: "Yemen",
    state: "assigned",
    alpha2: "YE",
    alpha3: "YEM",
    numeric: "887"
  },
  {
    name: "Mayotte",
    state: "assigned",
    alpha2: "YT",
    alpha3: "MYT",
    numeric: "175"
  },
  {
    name: "South Africa",
    state: "assigned",
    alpha2: "ZA",
    alpha3: "ZAF",
    numeric: "710"
  },
  {
    name: "Zambia",
    state: "assigned",
    alpha2: "ZM",
    alpha3: "ZMB",
    numeric: "894"
  },
  {
    name: "Zimbabwe",
    state: "assigned",
    alpha2: "ZW",
    alpha3: "ZWE",
    numeric: "716"
  }
];

// src/catalog/data/cloud-regions.ts
var PJM = "US-MIDA-PJM";
var CLOUD_REGIONS = [
  // Amazon Web Services
  { provider: "aws", region: "us-east-1", location: "US East (N. Virginia)", zone: PJM },
  { provider: "aws", region: "us-east-2", location: "US East (Ohio)", zone: PJM },
  { provider: "aws", region: "us-west-1", location: "US West (N. California)", zone: "US-CAL-CISO" },
  {
    provider: "aws",
    region: "us-west-2",
    location: "US West (Oregon)",
    zone: "US-NW-BPAT",
    note: "north-east Oregon (Umatilla and Morrow counties), inside the Bonneville Power Administration balancing area"
  },
  { provider: "aws", region: "ca-central-1", location: "Canada (Central), Montr\xE9al", zone: "CA-QC" },
  { provider: "aws", region: "ca-west-1", location: "Canada West (Calgary)", zone: "CA-AB" },
  { provider: "aws", region: "mx-central-1", location: "Mexico (Central)", zone: "MX" },
  { provider: "aws", region: "sa-east-1", location: "South America (S\xE3o Paulo)", zone: "BR-CS" },
  { provider: "aws", region: "eu-west-1", location: "Europe (Ireland)", zone: "IE" },
  { provider: "aws", region: "eu-west-2", location: "Europe (London)", zone: "GB" },
  { provider: "aws", region: "eu-west-3", location: "Europe (Paris)", zone: "FR" },
  { provider: "aws", region: "eu-central-1", location: "Europe (Frankfurt)", zone: "DE" },
  { provider: "aws", region: "eu-central-2", location: "Europe (Zurich)", zone: "CH" },
  { provider: "aws", region: "eu-north-1", location: "Europe (Stockholm)", zone: "SE-SE3" },
  { provider: "aws", region: "eu-south-1", location: "Europe (Milan)", zone: "IT-NO" },
  { provider: "aws", region: "eu-south-2", location: "Europe (Spain), Arag\xF3n", zone: "ES" },
  { provider: "aws", region: "il-central-1", location: "Israel (Tel Aviv)", zone: "IL" },
  { provider: "aws", region: "me-south-1", location: "Middle East (Bahrain)", zone: "BH" },
  { provider: "aws", region: "me-central-1", location: "Middle East (UAE)", zone: "AE" },
  { provider: "aws", region: "af-south-1", location: "Africa (Cape Town)", zone: "ZA" },
  { provider: "aws", region: "ap-east-1", location: "Asia Pacific (Hong Kong)", zone: "HK" },
  { provider: "aws", region: "ap-east-2", location: "Asia Pacific (Taipei)", zone: "TW" },
  { provider: "aws", region: "ap-south-1", location: "Asia Pacific (Mumbai)", zone: "IN-WE" },
  { provider: "aws", region: "ap-south-2", location: "Asia Pacific (Hyderabad)", zone: "IN-SO" },
  { provider: "aws", region: "ap-northeast-1", location: "Asia Pacific (Tokyo)", zone: "JP-TK" },
  { provider: "aws", region: "ap-northeast-2", location: "Asia Pacific (Seoul)", zone: "KR" },
  { provider: "aws", region: "ap-northeast-3", location: "Asia Pacific (Osaka)", zone: "JP-KN" },
  { provider: "aws", region: "ap-southeast-1", location: "Asia Pacific (Singapore)", zone: "SG" },
  { provider: "aws", region: "ap-southeast-2", location: "Asia Pacific (Sydney)", zone: "AU-NSW" },
  { provider: "aws", region: "ap-southeast-3", location: "Asia Pacific (Jakarta)", zone: "ID" },
  { provider: "aws", region: "ap-southeast-4", location: "Asia Pacific (Melbourne)", zone: "AU-VIC" },
  {
    provider: "aws",
    region: "ap-southeast-5",
    location: "Asia Pacific (Malaysia)",
    zone: "MY-WM",
    note: "approximate: AWS names only the country; the Peninsular Malaysia grid (Kuala Lumpur, Johor) chosen rather than Borneo"
  },
  { provider: "aws", region: "ap-southeast-6", location: "Asia Pacific (New Zealand)", zone: "NZ" },
  { provider: "aws", region: "ap-southeast-7", location: "Asia Pacific (Thailand)", zone: "TH" },
  // AWS European Sovereign Cloud (aws-eusc partition)
  { provider: "aws", region: "eusc-de-east-1", location: "AWS European Sovereign Cloud (Germany)", zone: "DE" },
  // AWS China (aws-cn partition)
  {
    provider: "aws",
    region: "cn-north-1",
    location: "China (Beijing)",
    zone: "CN",
    note: "country average: Electricity Maps does not split China into its regional grids"
  },
  {
    provider: "aws",
    region: "cn-northwest-1",
    location: "China (Ningxia)",
    zone: "CN",
    note: "country average: Electricity Maps does not split China into its regional grids"
  },
  // Google Cloud
  {
    provider: "gcp",
    region: "us-central1",
    location: "Council Bluffs, Iowa",
    zone: "US-MIDW-MISO",
    note: "MidAmerican Energy, a member of the Midcontinent ISO"
  },
  {
    provider: "gcp",
    region: "us-east1",
    location: "Moncks Corner, South Carolina",
    zone: "US-CAR-SC",
    note: "Berkeley County, served through Santee Cooper (South Carolina Public Service Authority)"
  },
  { provider: "gcp", region: "us-east4", location: "Ashburn, Virginia", zone: PJM },
  { provider: "gcp", region: "us-east5", location: "Columbus, Ohio", zone: PJM },
  { provider: "gcp", region: "us-south1", location: "Dallas, Texas", zone: "US-TEX-ERCO" },
  {
    provider: "gcp",
    region: "us-west1",
    location: "The Dalles, Oregon",
    zone: "US-NW-BPAT",
    note: "Northern Wasco County PUD, inside the Bonneville Power Administration balancing area"
  },
  {
    provider: "gcp",
    region: "us-west2",
    location: "Los Angeles, California",
    zone: "US-CAL-CISO",
    note: "approximate: the Los Angeles metro area is split between CAISO utilities and LADWP; CAISO chosen"
  },
  { provider: "gcp", region: "us-west3", location: "Salt Lake City, Utah", zone: "US-NW-PACE" },
  { provider: "gcp", region: "us-west4", location: "Las Vegas, Nevada", zone: "US-NW-NEVP" },
  { provider: "gcp", region: "northamerica-northeast1", location: "Montr\xE9al, Qu\xE9bec", zone: "CA-QC" },
  { provider: "gcp", region: "northamerica-northeast2", location: "Toronto, Ontario", zone: "CA-ON" },
  { provider: "gcp", region: "northamerica-south1", location: "Queretaro, Mexico", zone: "MX" },
  { provider: "gcp", region: "southamerica-east1", location: "Osasco, S\xE3o Paulo, Brazil", zone: "BR-CS" },
  { provider: "gcp", region: "southamerica-west1", location: "Santiago, Chile", zone: "CL-SEN" },
  { provider: "gcp", region: "europe-west1", location: "St. Ghislain, Belgium", zone: "BE" },
  { provider: "gcp", region: "europe-west2", location: "London, England", zone: "GB" },
  { provider: "gcp", region: "europe-west3", location: "Frankfurt, Germany", zone: "DE" },
  { provider: "gcp", region: "europe-west4", location: "Eemshaven, Netherlands", zone: "NL" },
  { provider: "gcp", region: "europe-west6", location: "Zurich, Switzerland", zone: "CH" },
  { provider: "gcp", region: "europe-west8", location: "Milan, Italy", zone: "IT-NO" },
  { provider: "gcp", region: "europe-west9", location: "Paris, France", zone: "FR" },
  { provider: "gcp", region: "europe-west10", location: "Berlin, Germany", zone: "DE" },
  { provider: "gcp", region: "europe-west12", location: "Turin, Italy", zone: "IT-NO" },
  { provider: "gcp", region: "europe-north1", location: "Hamina, Finland", zone: "FI" },
  { provider: "gcp", region: "europe-north2", location: "Stockholm, Sweden", zone: "SE-SE3" },
  { provider: "gcp", region: "europe-central2", location: "Warsaw, Poland", zone: "PL" },
  { provider: "gcp", region: "europe-southwest1", location: "Madrid, Spain", zone: "ES" },
  { provider: "gcp", region: "me-west1", location: "Tel Aviv, Israel", zone: "IL" },
  { provider: "gcp", region: "me-central1", location: "Doha, Qatar", zone: "QA" },
  { provider: "gcp", region: "me-central2", location: "Dammam, Saudi Arabia", zone: "SA" },
  { provider: "gcp", region: "africa-south1", location: "Johannesburg, South Africa", zone: "ZA" },
  { provider: "gcp", region: "asia-east1", location: "Changhua County, Taiwan", zone: "TW" },
  { provider: "gcp", region: "asia-east2", location: "Hong Kong", zone: "HK" },
  { provider: "gcp", region: "asia-northeast1", location: "Tokyo, Japan", zone: "JP-TK" },
  { provider: "gcp", region: "asia-northeast2", location: "Osaka, Japan", zone: "JP-KN" },
  { provider: "gcp", region: "asia-northeast3", location: "Seoul, South Korea", zone: "KR" },
  { provider: "gcp", region: "asia-south1", location: "Mumbai, India", zone: "IN-WE" },
  { provider: "gcp", region: "asia-south2", location: "Delhi, India", zone: "IN-NO" },
  { provider: "gcp", region: "asia-southeast1", location: "Jurong West, Singapore", zone: "SG" },
  { provider: "gcp", region: "asia-southeast2", location: "Jakarta, Indonesia", zone: "ID" },
  { provider: "gcp", region: "asia-southeast3", location: "Bangkok, Thailand", zone: "TH" },
  { provider: "gcp", region: "australia-southeast1", location: "Sydney, Australia", zone: "AU-NSW" },
  { provider: "gcp", region: "australia-southeast2", location: "Melbourne, Australia", zone: "AU-VIC" },
  // Microsoft Azure
  { provider: "azure", region: "eastus", location: "Virginia", zone: PJM },
  { provider: "azure", region: "eastus2", location: "Virginia", zone: PJM },
  {
    provider: "azure",
    region: "centralus",
    location: "Iowa",
    zone: "US-MIDW-MISO",
    note: "Des Moines area, MidAmerican Energy (Midcontinent ISO)"
  },
  {
    provider: "azure",
    region: "northcentralus",
    location: "Illinois",
    zone: PJM,
    note: "Chicago area, Commonwealth Edison (PJM)"
  },
  { provider: "azure", region: "southcentralus", location: "Texas", zone: "US-TEX-ERCO" },
  { provider: "azure", region: "westus", location: "California", zone: "US-CAL-CISO" },
  {
    provider: "azure",
    region: "westus2",
    location: "Washington",
    zone: "US-NW-GCPD",
    note: "Quincy, Grant County PUD"
  },
  {
    provider: "azure",
    region: "westus3",
    location: "Arizona",
    zone: "US-SW-AZPS",
    note: "approximate: Phoenix metro area, Arizona Public Service chosen"
  },
  {
    provider: "azure",
    region: "westcentralus",
    location: "Wyoming",
    zone: "US-NW-WACM",
    note: "approximate: Cheyenne, in the WAPA Rocky Mountain (WACM) balancing area"
  },
  { provider: "azure", region: "canadacentral", location: "Toronto", zone: "CA-ON" },
  { provider: "azure", region: "canadaeast", location: "Quebec City", zone: "CA-QC" },
  { provider: "azure", region: "mexicocentral", location: "Quer\xE9taro State", zone: "MX" },
  { provider: "azure", region: "brazilsouth", location: "Sao Paulo State", zone: "BR-CS" },
  {
    provider: "azure",
    region: "brazilsoutheast",
    location: "Rio",
    zone: "BR-CS",
    restricted: true,
    note: "Rio de Janeiro lies in the South-East/Centre-West subsystem of the Brazilian grid"
  },
  { provider: "azure", region: "chilecentral", location: "Santiago", zone: "CL-SEN" },
  { provider: "azure", region: "northeurope", location: "Ireland", zone: "IE" },
  { provider: "azure", region: "westeurope", location: "Netherlands", zone: "NL" },
  { provider: "azure", region: "uksouth", location: "London", zone: "GB" },
  { provider: "azure", region: "ukwest", location: "Cardiff", zone: "GB" },
  { provider: "azure", region: "francecentral", location: "Paris", zone: "FR" },
  { provider: "azure", region: "francesouth", location: "Marseille", zone: "FR", restricted: true },
  { provider: "azure", region: "germanywestcentral", location: "Frankfurt", zone: "DE" },
  { provider: "azure", region: "germanynorth", location: "Berlin", zone: "DE", restricted: true },
  { provider: "azure", region: "belgiumcentral", location: "Brussels", zone: "BE" },
  { provider: "azure", region: "switzerlandnorth", location: "Zurich", zone: "CH" },
  { provider: "azure", region: "switzerlandwest", location: "Geneva", zone: "CH", restricted: true },
  { provider: "azure", region: "austriaeast", location: "Vienna", zone: "AT" },
  { provider: "azure", region: "norwayeast", location: "Oslo", zone: "NO-NO1" },
  {
    provider: "azure",
    region: "norwaywest",
    location: "Norway",
    zone: "NO-NO2",
    restricted: true,
    note: 'approximate: Microsoft states only "Norway"; Norway West was announced for the greater Stavanger area (press coverage, 2018), in the NO2 (South-West Norway) bidding zone'
  },
  { provider: "azure", region: "swedencentral", location: "G\xE4vle", zone: "SE-SE3" },
  {
    provider: "azure",
    region: "denmarkeast",
    location: "Copenhagen",
    zone: "DK-DK2",
    note: "Copenhagen is on Zealand, in the DK2 (East Denmark) bidding zone"
  },
  { provider: "azure", region: "polandcentral", location: "Warsaw", zone: "PL" },
  { provider: "azure", region: "italynorth", location: "Milan", zone: "IT-NO" },
  { provider: "azure", region: "spaincentral", location: "Madrid", zone: "ES" },
  { provider: "azure", region: "israelcentral", location: "Israel", zone: "IL" },
  { provider: "azure", region: "qatarcentral", location: "Doha", zone: "QA" },
  { provider: "azure", region: "uaenorth", location: "Dubai", zone: "AE" },
  { provider: "azure", region: "uaecentral", location: "Abu Dhabi", zone: "AE", restricted: true },
  { provider: "azure", region: "southafricanorth", location: "Johannesburg", zone: "ZA" },
  { provider: "azure", region: "southafricawest", location: "Cape Town", zone: "ZA", restricted: true },
  { provider: "azure", region: "eastasia", location: "Hong Kong", zone: "HK" },
  { provider: "azure", region: "southeastasia", location: "Singapore", zone: "SG" },
  { provider: "azure", region: "indonesiacentral", location: "Jakarta", zone: "ID" },
  {
    provider: "azure",
    region: "malaysiawest",
    location: "Kuala Lumpur",
    zone: "MY-WM",
    note: "Kuala Lumpur is on the Peninsular Malaysia grid"
  },
  { provider: "azure", region: "japaneast", location: "Tokyo, Saitama", zone: "JP-TK" },
  { provider: "azure", region: "japanwest", location: "Osaka", zone: "JP-KN" },
  { provider: "azure", region: "koreacentral", location: "Seoul", zone: "KR" },
  { provider: "azure", region: "koreasouth", location: "Busan", zone: "KR" },
  { provider: "azure", region: "centralindia", location: "Pune", zone: "IN-WE" },
  { provider: "azure", region: "westindia", location: "Mumbai", zone: "IN-WE" },
  { provider: "azure", region: "southindia", location: "Chennai", zone: "IN-SO" },
  { provider: "azure", region: "indiasouthcentral", location: "Hyderabad", zone: "IN-SO" },
  { provider: "azure", region: "australiaeast", location: "New South Wales", zone: "AU-NSW" },
  { provider: "azure", region: "australiasoutheast", location: "Victoria", zone: "AU-VIC" },
  {
    provider: "azure",
    region: "australiacentral",
    location: "Canberra",
    zone: "AU-NSW",
    note: "the Australian Capital Territory is part of the New South Wales region of the National Electricity Market"
  },
  {
    provider: "azure",
    region: "australiacentral2",
    location: "Canberra",
    zone: "AU-NSW",
    restricted: true,
    note: "the Australian Capital Territory is part of the New South Wales region of the National Electricity Market"
  },
  { provider: "azure", region: "newzealandnorth", location: "Auckland", zone: "NZ" }
];

// src/catalog/data/grid-intensity-source.ts
var CO2JS_VERSION = "0.19.0";
var ELECTRICITY_MAPS = {
  name: "Electricity Maps",
  description: "yearly average, location-based, life-cycle carbon intensity per grid zone",
  years: [2021, 2022, 2023, 2024, 2025],
  licence: "ODbL 1.0",
  attribution: "Electricity Maps (electricitymaps.com), via CO2.js @tgwf/co2 " + CO2JS_VERSION,
  url: "https://www.electricitymaps.com/data/methodology"
};
var EMBER = {
  name: "Ember",
  description: "yearly average carbon intensity of electricity generation per country (latest year CO2.js ships)",
  licence: "CC BY-SA 4.0",
  attribution: "Ember (ember-energy.org), via CO2.js @tgwf/co2 " + CO2JS_VERSION,
  url: "https://ember-energy.org/data/"
};
var LATEST_YEAR = 2025;

// src/catalog/data/grid-intensity.generated.ts
var YEARS = [2021, 2022, 2023, 2024, 2025];
var ZONES = {
  "AE": ["United Arab Emirates", 447, 406, 391, 383, 348],
  "AF": ["Afghanistan", 112, 121, 120, 121, 120],
  "AG": ["Antigua and Barbuda", 663, 664, 664, 663, 665],
  "AL": ["Albania", 121, 167, 85, 80, 69],
  "AM": ["Armenia", 222, 222, 224, 208, 194],
  "AO": ["Angola", 177, 177, 177, 177, 213],
  "AR": ["Argentina", 345, 413, 368, 380, 313],
  "AT": ["Austria", 224, 248, 152, 119, 163],
  "AU": ["Australia", 568, 525, 493, 489, 474],
  "AU-NSW": ["New South Wales", 652, 586, 545, 541, 525],
  "AU-NT": ["Northern Territory", 489, 489, 490, 495, 503],
  "AU-QLD": ["Queensland", 679, 648, 592, 581, 577],
  "AU-SA": ["South Australia", 199, 168, 184, 187, 170],
  "AU-TAS": ["Tasmania", 23, 27, 90, 133, 69],
  "AU-TAS-FI": ["Flinders Island", 255, 276, 263, 260, 224],
  "AU-TAS-KI": ["King Island", 291, 361, 486, 454, 471],
  "AU-VIC": ["Victoria", 586, 535, 498, 496, 474],
  "AU-WA": ["Western Australia", 464, 431, 428, 395, 395],
  "AU-WA-RI": ["Rottnest Island", 503, 503, 493, 519, 494],
  "AW": ["Aruba", 544, 520, 548, 573, 545],
  "AX": ["\xC5land Islands", 33, 26, 22, 19, 17],
  "AZ": ["Azerbaijan", 470, 461, 457, 431, 420],
  "BA": ["Bosnia and Herzegovina", 522, 555, 483, 484, 462],
  "BB": ["Barbados", 647, 646, 641, 638, 636],
  "BD": ["Bangladesh", 558, 578, 602, 618, 630],
  "BE": ["Belgium", 179, 197, 175, 153, 180],
  "BF": ["Burkina Faso", 559, 574, 576, 577, 545],
  "BG": ["Bulgaria", 469, 538, 405, 349, 365],
  "BH": ["Bahrain", 489, 488, 488, 488, 488],
  "BI": ["Burundi", 237, 237, 237, 239, 241],
  "BJ": ["Benin", 515, 513, 510, 508, 502],
  "BN": ["Brunei", 563, 562, 565, 566, 562],
  "BO": ["Bolivia", 344, 320, 349, 333, 327],
  "BR": ["Brazil", 169, 92, 82, 91, 98],
  "BR-CS": ["Central Brazil", 170, 100, 90, 102, 106],
  "BR-N": ["North Brazil", 184, 105, 108, 133, 154],
  "BR-NE": ["North-East Brazil", 156, 52, 43, 45, 47],
  "BR-S": ["South Brazil", 170, 95, 83, 78, 89],
  "BS": ["Bahamas", 697, 694, 692, 691, 692],
  "BT": ["Bhutan", 25, 40, 67, 121, 60],
  "BW": ["Botswana", 811, 812, 812, 811, 814],
  "BY": ["Belarus", 436, 447, 362, 317, 285],
  "BZ": ["Belize", 199, 181, 168, 166, 161],
  "CA": ["Canada", 141, 130, 132, 132, 136],
  "CA-AB": ["Alberta", 502, 455, 438, 402, 385],
  "CA-BC": ["British Columbia", 48, 57, 76, 71, 71],
  "CA-MB": ["Manitoba", 57, 53, 47, 55, 74],
  "CA-NB": ["New Brunswick", 134, 140, 149, 154, 161],
  "CA-NL": ["Newfoundland and Labrador", 37, 28, 27, 27, 26],
  "CA-NS": ["Nova Scotia", 511, 427, 403, 396, 374],
  "CA-NT": ["Northwest Territories", 184, 121, 112, 104, 91],
  "CA-NU": ["Nunavut", 649, 649, 649, 649, 649],
  "CA-ON": ["Ontario", 54, 63, 76, 91, 111],
  "CA-PE": ["Prince Edward Island", 90, 84, 91, 71, 28],
  "CA-QC": ["Qu\xE9bec", 28, 28, 31, 35, 41],
  "CA-SK": ["Saskatchewan", 561, 505, 494, 488, 485],
  "CA-YT": ["Yukon", 170, 197, 210, 215, 216],
  "CD": ["Democratic Republic of the Congo", 25, 25, 25, 25, 82],
  "CF": ["Central African Republic", 24, 24, 24, 24, 24],
  "CG": ["Congo", 387, 394, 397, 398, 379],
  "CH": ["Switzerland", 107, 122, 64, 42, 50],
  "CI": ["Ivory Coast", 385, 384, 388, 389, 401],
  "CL-SEN": ["Sistema El\xE9ctrico Nacional", 405, 322, 272, 236, 259],
  "CM": ["Cameroon", 191, 172, 164, 160, 181],
  "CN": ["China", 552, 539, 535, 513, 485],
  "CO": ["Colombia", 126, 112, 148, 101, 102],
  "CR": ["Costa Rica", 33, 39, 67, 94, 36],
  "CU": ["Cuba", 612, 608, 607, 607, 609],
  "CV": ["Cabo Verde", 573, 512, 497, 487, 486],
  "CW": ["Cura\xE7ao", 482, 492, 493, 494, 517],
  "CY": ["Cyprus", 820, 823, 831, 853, 838],
  "CZ": ["Czechia", 555, 578, 493, 447, 439],
  "DE": ["Germany", 439, 475, 379, 341, 342],
  "DJ": ["Djibouti", 459, 459, 459, 450, 434],
  "DK": ["Denmark", 211, 186, 140, 136, 123],
  "DK-BHM": ["Bornholm", 63, 70, 56, 58, 101],
  "DK-DK1": ["West Denmark", 212, 199, 138, 131, 112],
  "DK-DK2": ["East Denmark", 211, 166, 144, 146, 144],
  "DM": ["Dominica", 603, 610, 610, 611, 613],
  "DO": ["Dominican Republic", 543, 545, 577, 565, 527],
  "DZ": ["Algeria", 487, 487, 487, 487, 487],
  "EC": ["Ecuador", 147, 180, 197, 232, 209],
  "EE": ["Estonia", 386, 426, 287, 285, 243],
  "EG": ["Egypt", 444, 462, 454, 450, 442],
  "ER": ["Eritrea", 632, 633, 633, 633, 607],
  "ES": ["Spain", 172, 220, 153, 129, 136],
  "ES-CE": ["Ceuta", 650, 650, 650, 649, 649],
  "ES-CN-FV": ["Fuerteventura", 779, 825, 796, 755, 748],
  "ES-CN-GC": ["Gran Canaria", 738, 709, 720, 698, 683],
  "ES-CN-HI": ["El Hierro", 424, 473, 596, 505, 504],
  "ES-CN-IG": ["Isla de la Gomera", 951, 938, 890, 836, 830],
  "ES-CN-LP": ["La Palma", 832, 855, 857, 836, 843],
  "ES-CN-LZ": ["Lanzarote", 831, 824, 827, 815, 793],
  "ES-CN-TE": ["Tenerife", 746, 757, 762, 761, 761],
  "ES-IB-FO": ["Formentera", 613, 682, 502, 606, 487],
  "ES-IB-IZ": ["Ibiza", 508, 566, 497, 480, 504],
  "ES-IB-MA": ["Mallorca", 440, 493, 409, 382, 399],
  "ES-IB-ME": ["Menorca", 909, 976, 932, 797, 799],
  "ES-ML": ["Melilla", 619, 618, 620, 619, 617],
  "ET": ["Ethiopia", 24, 24, 24, 24, 84],
  "FI": ["Finland", 168, 133, 84, 80, 68],
  "FJ": ["Fiji", 299, 297, 293, 290, 291],
  "FK": ["Falkland Islands", 700, 700, 700, 700, 700],
  "FM": ["Micronesia", 614, 614, 615, 615, 590],
  "FO": ["Faroe Islands", 543, 566, 523, 493, 549],
  "FO-MI": ["Main Islands", 542, 561, 528, 491, 546],
  "FO-SI": ["South Island", 564, 626, 463, 523, 594],
  "FR": ["France", 60, 91, 49, 33, 31],
  "FR-COR": ["Corsica", 351, 483, 480, 556, 546],
  "GA": ["Gabon", 299, 294, 294, 293, 325],
  "GB": ["Great Britain", 239, 235, 200, 175, 176],
  "GB-NIR": ["Northern Ireland", 376, 359, 294, 300, 280],
  "GB-ORK": ["Orkney Islands", 89, 68, 84, 64, 57],
  "GE": ["Georgia", 159, 201, 198, 161, 168],
  "GF": ["French Guiana", 169, 160, 246, 410, 442],
  "GH": ["Ghana", 333, 324, 326, 327, 339],
  "GI": ["Gibraltar", 490, 490, 490, 490, 506],
  "GL": ["Greenland", 130, 112, 106, 103, 103],
  "GM": ["Gambia", 700, 700, 700, 700, 700],
  "GN": ["Guinea", 206, 197, 194, 190, 188],
  "GP": ["Guadeloupe", 348, 343, 263, 533, 487],
  "GQ": ["Equatorial Guinea", 340, 346, 348, 349, 365],
  "GR": ["Greece", 426, 435, 326, 298, 296],
  "GS": ["South Georgia and the South Sandwich Islands", 24, 24, 24, 24, 28],
  "GT": ["Guatemala", 362, 163, 288, 369, 359],
  "GU": ["Guam", 670, 649, 642, 639, 639],
  "GW": ["Guinea-Bissau", 700, 700, 700, 700, 700],
  "GY": ["Guyana", 690, 689, 664, 657, 653],
  "HK": ["Hong Kong", 609, 604, 598, 594, 590],
  "HN": ["Honduras", 280, 288, 359, 305, 316],
  "HR": ["Croatia", 307, 348, 272, 225, 221],
  "HT": ["Haiti", 567, 534, 527, 523, 515],
  "HU": ["Hungary", 305, 308, 250, 228, 219],
  "ID": ["Indonesia", 649, 649, 660, 663, 667],
  "IE": ["Ireland", 373, 405, 403, 352, 301],
  "IL": ["Israel", 537, 530, 502, 492, 475],
  "IN": ["Mainland India", 583, 592, 613, 614, 593],
  "IN-EA": ["Eastern India", 676, 690, 707, 714, 740],
  "IN-NE": ["North Eastern India", 397, 402, 474, 462, 401],
  "IN-NO": ["Northern India", 489, 518, 527, 534, 508],
  "IN-SO": ["Southern India", 482, 487, 535, 534, 489],
  "IN-WE": ["Western India", 650, 655, 662, 657, 653],
  "IQ": ["Iraq", 542, 557, 561, 563, 563],
  "IR": ["Iran", 495, 495, 484, 495, 489],
  "IS": ["Iceland", 28, 27, 28, 28, 28],
  "IT": ["Italy", 354, 399, 316, 267, 286],
  "IT-CNO": ["Central North Italy", 294, 345, 272, 258, 251],
  "IT-CSO": ["Central South Italy", 404, 454, 340, 295, 297],
  "IT-NO": ["North Italy", 323, 365, 291, 238, 275],
  "IT-SAR": ["Sardinia", 583, 607, 546, 523, 488],
  "IT-SIC": ["Sicily", 416, 462, 380, 306, 280],
  "IT-SO": ["South Italy", 388, 442, 341, 290, 293],
  "JM": ["Jamaica", 477, 489, 488, 487, 489],
  "JO": ["Jordan", 392, 391, 385, 383, 424],
  "JP": ["Japan", 483, 496, 467, 464, 463],
  "JP-CB": ["Ch\u016Bbu", 513, 509, 479, 480, 481],
  "JP-CG": ["Ch\u016Bgoku", 470, 498, 465, 470, 487],
  "JP-HKD": ["Hokkaid\u014D", 470, 455, 461, 460, 457],
  "JP-HR": ["Hokuriku", 463, 468, 459, 455, 459],
  "JP-KN": ["Kansai", 408, 433, 380, 365, 370],
  "JP-KY": ["Ky\u016Bsh\u016B", 309, 394, 307, 309, 307],
  "JP-ON": ["Okinawa", 600, 597, 590, 593, 590],
  "JP-SK": ["Shikoku", 617, 612, 600, 515, 493],
  "JP-TH": ["T\u014Dhoku", 484, 486, 482, 482, 480],
  "JP-TK": ["T\u014Dky\u014D", 549, 547, 536, 539, 535],
  "KE": ["Kenya", 96, 109, 97, 95, 206],
  "KG": ["Kyrgyzstan", 131, 122, 130, 127, 152],
  "KH": ["Cambodia", 351, 301, 282, 273, 476],
  "KM": ["Comoros", 700, 700, 700, 700, 700],
  "KP": ["North Korea", 313, 315, 305, 300, 335],
  "KR": ["South Korea", 489, 455, 443, 423, 423],
  "KW": ["Kuwait", 515, 515, 515, 515, 517],
  "KY": ["Cayman Islands", 681, 681, 681, 681, 681],
  "KZ": ["Kazakhstan", 646, 633, 610, 592, 592],
  "LA": ["Laos", 235, 214, 206, 202, 248],
  "LB": ["Lebanon", 595, 373, 336, 307, 362],
  "LC": ["Saint Lucia", 684, 684, 683, 683, 683],
  "LK": ["Sri Lanka", 388, 388, 395, 405, 367],
  "LR": ["Liberia", 469, 475, 475, 472, 470],
  "LS": ["Lesotho", 24, 24, 24, 24, 24],
  "LT": ["Lithuania", 293, 226, 169, 153, 135],
  "LU": ["Luxembourg", 290, 360, 272, 222, 212],
  "LV": ["Latvia", 299, 285, 192, 176, 155],
  "LY": ["Libya", 527, 528, 527, 527, 530],
  "MA": ["Morocco", 609, 620, 573, 527, 516],
  "MD": ["Moldova", 445, 435, 416, 408, 324],
  "ME": ["Montenegro", 407, 424, 385, 400, 356],
  "MG": ["Madagascar", 478, 470, 474, 475, 431],
  "MK": ["North Macedonia", 501, 549, 506, 476, 452],
  "ML": ["Mali", 440, 414, 416, 414, 410],
  "MM": ["Myanmar", 333, 305, 320, 335, 335],
  "MN": ["Mongolia", 724, 729, 731, 746, 744],
  "MO": ["Macao", 398, 401, 398, 395, 393],
  "MQ": ["Martinique", 567, 563, 520, 579, 577],
  "MR": ["Mauritania", 509, 516, 518, 519, 522],
  "MT": ["Malta", 526, 510, 439, 411, 404],
  "MU": ["Mauritius", 614, 605, 619, 621, 621],
  "MV": ["Maldives", 661, 654, 654, 652, 648],
  "MW": ["Malawi", 59, 59, 60, 60, 60],
  "MX": ["Mexico", 365, 377, 394, 392, 385],
  "MY": ["Malaysia", 562, 561, 567, 568, 611],
  "MY-EM": ["Borneo", 343, 369, 380, 385, 517],
  "MY-WM": ["Peninsula", 656, 645, 650, 645, 651],
  "MZ": ["Mozambique", 106, 102, 101, 101, 149],
  "NA": ["Namibia", 52, 44, 43, 43, 93],
  "NC": ["New Caledonia", 597, 568, 551, 543, 539],
  "NE": ["Niger", 664, 661, 659, 658, 650],
  "NG": ["Nigeria", 374, 366, 375, 374, 362],
  "NI": ["Nicaragua", 199, 245, 331, 311, 221],
  "NL": ["Netherlands", 377, 347, 280, 251, 253],
  "NO": ["Norway", 32, 38, 34, 33, 30],
  "NO-NO1": ["Southeast Norway", 30, 30, 29, 27, 24],
  "NO-NO2": ["Southwest Norway", 36, 52, 38, 35, 29],
  "NO-NO3": ["Middle Norway", 25, 27, 29, 29, 28],
  "NO-NO4": ["North Norway", 29, 44, 52, 55, 49],
  "NO-NO5": ["West Norway", 36, 31, 27, 26, 25],
  "NP": ["Nepal", 32, 97, 106, 112, 86],
  "NZ": ["New Zealand", 140, 96, 97, 112, 90],
  "OM": ["Oman", 493, 483, 481, 479, 481],
  "PA": ["Panama", 228, 238, 301, 167, 148],
  "PE": ["Peru", 184, 205, 219, 186, 173],
  "PF": ["French Polynesia", 442, 357, 422, 368, 365],
  "PG": ["Papua New Guinea", 508, 531, 514, 513, 512],
  "PH": ["Philippines", 618, 618, 620, 623, 613],
  "PH-LU": ["Luzon", 637, 637, 641, 641, 632],
  "PH-MI": ["Mindanao", 546, 546, 517, 563, 545],
  "PH-VI": ["Visayas", 602, 602, 616, 594, 591],
  "PK": ["Pakistan", 359, 332, 291, 261, 268],
  "PL": ["Poland", 851, 876, 726, 581, 565],
  "PM": ["Saint Pierre and Miquelon", 700, 700, 700, 700, 700],
  "PR": ["Puerto Rico", 477, 416, 471, 479, 499],
  "PS": ["State of Palestine", 542, 482, 461, 452, 448],
  "PT": ["Portugal", 204, 223, 149, 100, 117],
  "PT-MA": ["Madeira", 618, 697, 758, 675, 633],
  "PW": ["Palau", 611, 611, 609, 608, 489],
  "PY": ["Paraguay", 42, 29, 26, 25, 25],
  "QA": ["Qatar", 490, 490, 490, 490, 490],
  "RE": ["R\xE9union", 523, 498, 497, 471, 208],
  "RO": ["Romania", 391, 371, 283, 301, 300],
  "RS": ["Serbia", 519, 548, 493, 505, 528],
  "RU-1": ["Europe-Ural", 350, 347, 352, 355, 353],
  "RU-2": ["Siberia", 337, 409, 398, 391, 411],
  "RU-AS": ["East", 415, 418, 434, 449, 426],
  "RW": ["Rwanda", 260, 315, 328, 335, 351],
  "SA": ["Saudi Arabia", 555, 553, 552, 552, 552],
  "SB": ["Solomon Islands", 700, 640, 640, 632, 626],
  "SC": ["Seychelles", 612, 604, 606, 603, 593],
  "SD": ["Sudan", 260, 203, 191, 185, 194],
  "SE": ["Sweden", 27, 26, 25, 23, 21],
  "SE-SE1": ["North Sweden", 15, 16, 16, 15, 15],
  "SE-SE2": ["North Central Sweden", 17, 17, 17, 16, 15],
  "SE-SE3": ["South Central Sweden", 24, 25, 23, 21, 20],
  "SE-SE4": ["South Sweden", 51, 40, 40, 39, 37],
  "SG": ["Singapore", 491, 491, 488, 485, 483],
  "SI": ["Slovenia", 271, 278, 246, 224, 194],
  "SK": ["Slovakia", 331, 366, 238, 216, 232],
  "SL": ["Sierra Leone", 59, 59, 58, 55, 53],
  "SN": ["Senegal", 561, 577, 571, 572, 573],
  "SO": ["Somalia", 630, 574, 574, 565, 557],
  "SR": ["Suriname", 346, 371, 264, 242, 269],
  "SS": ["South Sudan", 633, 611, 601, 596, 611],
  "ST": ["S\xE3o Tom\xE9 and Pr\xEDncipe", 622, 623, 623, 623, 623],
  "SV": ["El Salvador", 182, 191, 285, 248, 239],
  "SY": ["Syria", 557, 562, 563, 564, 554],
  "SZ": ["Eswatini", 122, 114, 108, 106, 146],
  "TD": ["Chad", 639, 638, 638, 637, 638],
  "TG": ["Togo", 390, 397, 396, 396, 384],
  "TH": ["Thailand", 503, 497, 485, 490, 485],
  "TJ": ["Tajikistan", 81, 75, 66, 75, 72],
  "TL": ["Timor-Leste", 649, 649, 649, 649, 665],
  "TM": ["Turkmenistan", 490, 490, 490, 490, 490],
  "TN": ["Tunisia", 480, 482, 482, 482, 483],
  "TO": ["Tonga", 606, 618, 606, 605, 600],
  "TR": ["Turkey", 448, 431, 437, 423, 440],
  "TT": ["Trinidad and Tobago", 490, 490, 490, 490, 490],
  "TW": ["Taiwan", 541, 535, 534, 525, 519],
  "TZ": ["Tanzania", 322, 350, 358, 361, 388],
  "UG": ["Uganda", 54, 59, 60, 60, 108],
  "US": ["United States", 444, 434, 420, 409, 414],
  "US-AK": ["Alaska", 513, 507, 467, 467, 469],
  "US-AK-SEAPA": ["Southeast Alaska Power Agency", 28, 28, 28, 29, 28],
  "US-CAL-BANC": ["Balancing Authority of Northern California", 281, 263, 269, 273, 275],
  "US-CAL-CISO": ["CAISO", 278, 262, 263, 229, 208],
  "US-CAL-IID": ["Imperial Irrigation District", 608, 517, 523, 502, 168],
  "US-CAL-LDWP": ["Los Angeles Department of Water and Power", 417, 368, 394, 385, 355],
  "US-CAL-TIDC": ["Turlock Irrigation District", 389, 385, 372, 383, 439],
  "US-CAR-CPLE": ["Duke Energy Progress East", 319, 335, 297, 335, 341],
  "US-CAR-CPLW": ["Duke Energy Progress West", 485, 505, 495, 499, 508],
  "US-CAR-DUK": ["Duke Energy Carolinas", 291, 363, 307, 315, 320],
  "US-CAR-SC": ["South Carolina Public Service Authority", 631, 603, 633, 647, 654],
  "US-CAR-SCEG": ["South Carolina Electric & Gas Company", 474, 450, 460, 466, 466],
  "US-CAR-YAD": ["Alcoa Power Generating, Inc. Yadkin Division", 54, 58, 51, 52, 57],
  "US-CENT-SPA": ["Southwestern Power Administration", 210, 234, 201, 128, 48],
  "US-CENT-SWPP": ["Southwest Power Pool", 502, 487, 468, 451, 477],
  "US-FLA-FMPP": ["Florida Municipal Power Pool", 586, 536, 520, 508, 507],
  "US-FLA-FPC": ["Duke Energy Florida", 546, 534, 562, 545, 541],
  "US-FLA-FPL": ["Florida Power and Light Company", 401, 397, 407, 375, 356],
  "US-FLA-GVL": ["Gainesville Regional Utilities", 697, 741, 703, 702, 699],
  "US-FLA-HST": ["City of Homestead", 402, 398, 408, 376, 357],
  "US-FLA-JEA": ["Jacksonville Electric Authority", 681, 681, 705, 686, 655],
  "US-FLA-SEC": ["Seminole Electric Cooperative", 777, 751, 562, 541, 549],
  "US-FLA-TAL": ["City of Tallahassee", 467, 497, 498, 495, 497],
  "US-FLA-TEC": ["Tampa Electric Company", 559, 529, 560, 517, 504],
  "US-HI": ["Hawaii", 834, 822, 802, 787, 784],
  "US-MIDA-PJM": ["PJM Interconnection", 439, 434, 401, 403, 418],
  "US-MIDW-AECI": ["Associated Electric Cooperative", 673, 680, 640, 638, 678],
  "US-MIDW-LGEE": ["Louisville Gas and Electric Company and Kentucky Utilities", 860, 824, 854, 848, 848],
  "US-MIDW-MISO": ["Midcontinent ISO", 561, 525, 503, 487, 501],
  "US-NE-ISNE": ["ISO New England", 272, 282, 286, 299, 309],
  "US-NW-AVA": ["Avista Corporation", 200, 187, 251, 225, 241],
  "US-NW-BPAT": ["Bonneville Power Administration", 92, 88, 123, 109, 129],
  "US-NW-CHPD": ["Chelan County", 25, 25, 28, 27, 26],
  "US-NW-DOPD": ["Douglas County", 27, 27, 34, 34, 33],
  "US-NW-GCPD": ["Grant County", 42, 37, 60, 53, 51],
  "US-NW-GRID": ["Gridforce Energy Management", 539, 561, 585, 534, 541],
  "US-NW-IPCO": ["Idaho Power Company", 369, 363, 358, 318, 316],
  "US-NW-NEVP": ["Nevada Power Company", 504, 471, 464, 441, 435],
  "US-NW-NWMT": ["Northwestern Energy", 701, 687, 669, 561, 580],
  "US-NW-PACE": ["Pacificorp East", 646, 670, 677, 637, 618],
  "US-NW-PACW": ["Pacificorp West", 397, 277, 217, 197, 204],
  "US-NW-PGE": ["Portland General Electric Company", 201, 182, 254, 226, 274],
  "US-NW-PSCO": ["Public Service Company of Colorado", 610, 568, 521, 464, 438],
  "US-NW-PSEI": ["Puget Sound Energy", 152, 136, 211, 181, 166],
  "US-NW-SCL": ["Seattle City Light", 67, 66, 104, 83, 84],
  "US-NW-TPWR": ["City of Tacoma", 66, 66, 104, 77, 89],
  "US-NW-WACM": ["Western Area Power Administration - Rocky Mountain Region", 777, 792, 755, 678, 687],
  "US-NW-WAUW": ["Western Area Power Administration - Upper Great Plains West", 353, 343, 284, 290, 335],
  "US-NY-NYIS": ["New York ISO", 266, 289, 286, 302, 314],
  "US-SE-SEPA": ["Southeastern Power Administration", 449, 503, 503, 542, 534],
  "US-SE-SOCO": ["Southern Company Services", 462, 463, 475, 460, 470],
  "US-SW-AZPS": ["Arizona Public Service Company", 461, 474, 435, 425, 393],
  "US-SW-EPE": ["El Paso Electric Company", 655, 612, 520, 507, 524],
  "US-SW-PNM": ["Public Service Company of New Mexico", 685, 596, 415, 335, 293],
  "US-SW-SRP": ["Salt River Project", 291, 286, 326, 317, 304],
  "US-SW-TEPC": ["Tucson Electric Power Company", 651, 615, 535, 504, 485],
  "US-SW-WALC": ["Western Area Power Administration - Desert Southwest Region", 399, 384, 387, 326, 325],
  "US-TEN-TVA": ["Tennessee Valley Authority", 366, 376, 359, 380, 404],
  "US-TEX-ERCO": ["Electric Reliability Council of Texas", 431, 410, 394, 377, 363],
  "UY": ["Uruguay", 145, 99, 97, 53, 71],
  "UZ": ["Uzbekistan", 483, 473, 472, 472, 487],
  "VC": ["Saint Vincent and the Grenadines", 603, 610, 610, 610, 609],
  "VE": ["Venezuela", 131, 136, 129, 126, 144],
  "VI": ["Virgin Islands", 680, 681, 680, 680, 680],
  "VN": ["Vietnam", 446, 381, 441, 442, 426],
  "VU": ["Vanuatu", 534, 534, 534, 533, 521],
  "WS": ["Samoa", 396, 420, 446, 452, 455],
  "XK": ["Kosovo", 663, 675, 634, 650, 605],
  "YE": ["Yemen", 520, 527, 524, 522, 567],
  "YT": ["Mayotte", 577, 577, 573, 571, 567],
  "ZA": ["South Africa", 710, 704, 700, 712, 700],
  "ZM": ["Zambia", 87, 113, 117, 119, 166],
  "ZW": ["Zimbabwe", 260, 273, 263, 258, 419]
};
var EMBER2 = {
  "ABW": 550,
  "AFG": 123.71,
  "AFRICA": 545.09,
  "AGO": 167.22,
  "ALB": 24.42,
  "ARE": 467.51,
  "ARG": 344.83,
  "ARM": 243.52,
  "ASEAN": 573.65,
  "ASIA": 572.12,
  "ASM": 647.06,
  "ATG": 611.11,
  "AUS": 553.76,
  "AUT": 102.62,
  "AZE": 632.89,
  "BDI": 230.77,
  "BEL": 117.58,
  "BEN": 590,
  "BFA": 554.91,
  "BGD": 694.63,
  "BGR": 264.21,
  "BHR": 902.41,
  "BHS": 653.66,
  "BIH": 638.05,
  "BLR": 323.63,
  "BLZ": 155.56,
  "BOL": 468.02,
  "BRA": 106.06,
  "BRB": 600,
  "BRN": 892.67,
  "BTN": 24.19,
  "BWA": 849.42,
  "CAF": 0,
  "CAN": 184.99,
  "CHE": 36.72,
  "CHL": 265.52,
  "CHN": 557.5,
  "CIV": 393.53,
  "CMR": 285.71,
  "COD": 27.04,
  "COG": 713.73,
  "COK": 250,
  "COL": 285.8,
  "COM": 642.86,
  "CPV": 480,
  "CRI": 63.01,
  "CUB": 638.98,
  "CYM": 642.86,
  "CYP": 512.24,
  "CZE": 413.86,
  "DEU": 342.06,
  "DJI": 450,
  "DMA": 600,
  "DNK": 143.3,
  "DOM": 565.97,
  "DZA": 633.65,
  "ECU": 209.7,
  "EGY": 574.5,
  "ERI": 590.91,
  "ESP": 146.15,
  "EST": 341.02,
  "ETH": 23.55,
  "EU": 213.02,
  "EUROPE": 285,
  "FIN": 72.25,
  "FJI": 278.26,
  "FLK": 1e3,
  "FRA": 44.18,
  "FRO": 354.17,
  "G20": 468.38,
  "G7": 343.3,
  "GAB": 429.47,
  "GBR": 215.79,
  "GEO": 143.06,
  "GHA": 452.86,
  "GIN": 182.72,
  "GLP": 493.9,
  "GMB": 666.67,
  "GNB": 625,
  "GNQ": 605.1,
  "GRC": 319.76,
  "GRD": 666.67,
  "GRL": 111.11,
  "GTM": 272.66,
  "GUF": 204.08,
  "GUM": 611.11,
  "GUY": 634.33,
  "HKG": 681.99,
  "HND": 289.5,
  "HRV": 174.48,
  "HTI": 534.65,
  "HUN": 182.82,
  "IDN": 682.43,
  "IND": 708.96,
  "IRL": 279.79,
  "IRN": 648.68,
  "IRQ": 689.4,
  "ISL": 28.33,
  "ISR": 567.26,
  "ITA": 287.75,
  "JAM": 561.25,
  "JOR": 539.21,
  "JPN": 483.73,
  "KAZ": 801.79,
  "KEN": 84.83,
  "KGZ": 152.65,
  "KHM": 497.46,
  "KIR": 500,
  "KNA": 636.36,
  "KOR": 415.65,
  "KWT": 637.24,
  "LAO": 232.12,
  "LATIN AMERICA AND CARIBBEAN": 254.21,
  "LBN": 369.47,
  "LBR": 435.9,
  "LBY": 830.53,
  "LCA": 650,
  "LKA": 509.78,
  "LSO": 20.83,
  "LTU": 139.34,
  "LUX": 134.62,
  "LVA": 136.22,
  "MAC": 448.98,
  "MAR": 577.65,
  "MDA": 629.56,
  "MDG": 477.27,
  "MDV": 611.77,
  "MEX": 483.14,
  "MIDDLE EAST": 637.24,
  "MKD": 568.97,
  "MLI": 394.5,
  "MLT": 484.16,
  "MMR": 569.69,
  "MNE": 413.51,
  "MNG": 784.01,
  "MOZ": 127.81,
  "MRT": 481.71,
  "MSR": 1e3,
  "MTQ": 516.78,
  "MUS": 633.03,
  "MWI": 54.65,
  "MYS": 604.43,
  "NAM": 47.62,
  "NCL": 585.76,
  "NER": 687.5,
  "NGA": 507.85,
  "NIC": 288.33,
  "NLD": 252.7,
  "NOR": 30.75,
  "NORTH AMERICA": 358.36,
  "NPL": 23.36,
  "NRU": 750,
  "NZL": 120.11,
  "OCEANIA": 495.47,
  "OECD": 337.99,
  "OMN": 545.33,
  "PAK": 398.61,
  "PAN": 258.74,
  "PER": 263.27,
  "PHL": 613.38,
  "PNG": 513.74,
  "POL": 614.98,
  "PRI": 664.53,
  "PRK": 344.26,
  "PRT": 111.8,
  "PRY": 24.86,
  "PSE": 460.78,
  "PYF": 436.62,
  "QAT": 602.83,
  "REU": 525.22,
  "ROU": 245.55,
  "RUS": 446.17,
  "RWA": 301.89,
  "SAU": 691.95,
  "SDN": 214.33,
  "SEN": 535.4,
  "SGP": 498.74,
  "SLB": 636.36,
  "SLE": 47.62,
  "SLV": 99.29,
  "SOM": 523.81,
  "SPM": 600,
  "SRB": 670.8,
  "SSD": 610.17,
  "STP": 555.56,
  "SUR": 383.18,
  "SVK": 96.49,
  "SVN": 227.11,
  "SWE": 35.89,
  "SWZ": 142.86,
  "SYC": 571.43,
  "SYR": 682.27,
  "TCA": 653.85,
  "TCD": 615.39,
  "TGO": 478.26,
  "THA": 555.43,
  "TJK": 98.7,
  "TKM": 1306.3,
  "TON": 571.43,
  "TTO": 682.11,
  "TUN": 560.25,
  "TUR": 469.7,
  "TWN": 635.15,
  "TZA": 371.59,
  "UGA": 57.39,
  "UKR": 250.47,
  "URY": 96.7,
  "USA": 383.55,
  "UZB": 1121.18,
  "VCT": 600,
  "VEN": 180.25,
  "VGB": 647.06,
  "VIR": 641.79,
  "VNM": 486.13,
  "VUT": 500,
  "WORLD": 472.94,
  "WSM": 400,
  "XKX": 958.72,
  "YEM": 586.32,
  "ZAF": 713.9,
  "ZMB": 111,
  "ZWE": 298.44
};

// src/catalog/intensity.ts
function isIntensityYear(year2) {
  return ELECTRICITY_MAPS.years.includes(year2);
}
function electricityMapsZones() {
  return Object.keys(ZONES);
}
function zoneIntensity(zone, year2 = LATEST_YEAR) {
  const record = ZONES[zone];
  const value = record?.[YEARS.indexOf(year2) + 1];
  if (record === void 0 || typeof value !== "number") return void 0;
  return {
    gPerKwh: value,
    zone,
    zoneName: record[0],
    source: `${ELECTRICITY_MAPS.name} ${year2} yearly average`,
    year: year2,
    licence: ELECTRICITY_MAPS.licence,
    attribution: ELECTRICITY_MAPS.attribution
  };
}
function emberIntensity(alpha3, countryName) {
  const value = EMBER2[alpha3];
  if (value === void 0) return void 0;
  return {
    gPerKwh: value,
    zone: alpha3,
    zoneName: countryName,
    source: `${EMBER.name} yearly average`,
    year: "latest",
    licence: EMBER.licence,
    attribution: EMBER.attribution
  };
}

// src/catalog/regions.ts
var PROVIDER_ALIASES = { aws: "aws", gcp: "gcp", google: "gcp", azure: "azure" };
var PROVIDER_LABELS = { aws: "AWS", gcp: "Google Cloud", azure: "Azure" };
var regionsById = new Map(CLOUD_REGIONS.map((r) => [`${r.provider}:${r.region}`, r]));
var countriesByAlpha2 = new Map(iso31661.map((c) => [c.alpha2, c]));
var countriesByAlpha3 = new Map(iso31661.map((c) => [c.alpha3, c]));
function cloudLocation(region2) {
  const base = {
    id: `${region2.provider}:${region2.region}`,
    label: `${PROVIDER_LABELS[region2.provider]} ${region2.region}, ${region2.location}`,
    provider: region2.provider,
    zone: region2.zone
  };
  return region2.note === void 0 ? base : { ...base, note: region2.note };
}
var zoneOfCountry = /* @__PURE__ */ new Map();
function countryZone(alpha2) {
  if (zoneOfCountry.has(alpha2)) return zoneOfCountry.get(alpha2);
  const zones = electricityMapsZones();
  const subZones = zones.filter((z) => z.startsWith(`${alpha2}-`));
  const zone = zones.includes(alpha2) ? alpha2 : subZones.length === 1 ? subZones[0] : void 0;
  zoneOfCountry.set(alpha2, zone);
  return zone;
}
function resolveCountry(code2, written) {
  const upper = code2.toUpperCase();
  const country = upper.length === 3 ? countriesByAlpha3.get(upper) : countriesByAlpha2.get(upper);
  if (country === void 0) {
    const codes = upper.length === 3 ? countriesByAlpha3.keys() : countriesByAlpha2.keys();
    return {
      ok: false,
      message: `unknown country code \`${code2}\` in \`${written}\`: use an ISO 3166-1 alpha-2 or alpha-3 code such as \`country:FR\` or \`country:FRA\`` + didYouMean(upper, codes)
    };
  }
  const zone = countryZone(country.alpha2);
  return {
    ok: true,
    value: {
      id: `country:${country.alpha2}`,
      label: country.name,
      ...zone === void 0 ? {} : { zone },
      country: { alpha2: country.alpha2, alpha3: country.alpha3, name: country.name }
    }
  };
}
function resolveZone(zone, written) {
  const zones = electricityMapsZones();
  const exact = zones.find((z) => z.toUpperCase() === zone.toUpperCase());
  if (exact === void 0) {
    return {
      ok: false,
      message: `unknown grid zone \`${zone}\` in \`${written}\`: use an Electricity Maps zone id such as \`zone:US-MIDA-PJM\`${didYouMean(zone, zones)}`
    };
  }
  return { ok: true, value: { id: `zone:${exact}`, label: `grid zone ${exact}`, zone: exact } };
}
function resolveLocation(written) {
  const text2 = written.trim();
  const colon = text2.indexOf(":");
  if (text2.toLowerCase() === "on-prem") return { ok: true, value: { id: "on-prem", label: "on-premises" } };
  if (colon < 0) {
    const exact = CLOUD_REGIONS.filter((r) => r.region === text2.toLowerCase());
    const near = exact.length > 0 ? exact : nearest(
      text2,
      CLOUD_REGIONS.map((r) => r.region),
      3
    ).flatMap((name) => CLOUD_REGIONS.filter((r) => r.region === name));
    const matching = near.map((r) => `${r.provider}:${r.region}`);
    const guess = matching.length > 0 ? ` (did you mean ${orList(matching.slice(0, 3))}?)` : "";
    return {
      ok: false,
      message: `\`${written}\` needs a prefix: write \`aws:REGION\`, \`gcp:REGION\`, \`azure:REGION\`, \`country:CODE\`, \`zone:ZONE\` or \`on-prem:CODE\`${guess}`
    };
  }
  const prefix = text2.slice(0, colon).toLowerCase();
  const rest = text2.slice(colon + 1).trim();
  if (prefix === "country") return resolveCountry(rest, written);
  if (prefix === "on-prem") {
    const found = resolveCountry(rest, written);
    return found.ok ? {
      ok: true,
      value: {
        ...found.value,
        id: `on-prem:${found.value.country?.alpha2 ?? rest}`,
        label: `on-premises, ${found.value.label}`
      }
    } : found;
  }
  if (prefix === "zone") return resolveZone(rest, written);
  const provider = PROVIDER_ALIASES[prefix];
  if (provider === void 0) {
    const prefixes = [...Object.keys(PROVIDER_ALIASES), "country", "zone", "on-prem"];
    return {
      ok: false,
      message: `unknown region prefix \`${prefix}\` in \`${written}\`: use \`aws:\`, \`gcp:\`, \`azure:\`, \`country:\`, \`zone:\` or \`on-prem:\`${didYouMean(prefix, prefixes)}`
    };
  }
  const region2 = regionsById.get(`${provider}:${rest.toLowerCase()}`);
  if (region2 === void 0) {
    const sameProvider = CLOUD_REGIONS.filter((r) => r.provider === provider).map((r) => `${r.provider}:${r.region}`);
    return {
      ok: false,
      message: `unknown ${PROVIDER_LABELS[provider]} region \`${rest}\`` + didYouMean(`${provider}:${rest}`, sameProvider)
    };
  }
  return { ok: true, value: cloudLocation(region2) };
}
function gridIntensity(location, year2 = LATEST_YEAR) {
  if (location.zone !== void 0) {
    const found = zoneIntensity(location.zone, year2);
    if (found !== void 0) return { ok: true, value: found };
  }
  if (location.country !== void 0) {
    const found = emberIntensity(location.country.alpha3, location.country.name);
    if (found !== void 0) return { ok: true, value: found };
  }
  return {
    ok: false,
    message: `no grid carbon intensity is known for ${location.label}: set \`intensity\` (e.g. \`350 g/kWh\`) on the workload`
  };
}

// src/config/catalog-names.ts
function isMapping(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
function text(value) {
  return typeof value === "string" ? value : void 0;
}
function strayWorkloadNames(item, index) {
  if (!isMapping(item) || item.kind !== "training" && item.kind !== "inference") return [];
  return [
    {
      at: ["workloads", index],
      written: { region: text(item.region), accelerator: text(item.accelerator), instance: text(item.instance) }
    }
  ];
}
function strayDefaultsNames(defaults) {
  return isMapping(defaults) ? [{ at: ["defaults"], written: { region: text(defaults.region) } }] : [];
}
function lookUpNames(file, cache) {
  const problems = [];
  for (const { at, written } of file.strayNames) lookUpWritten(file, at, written, cache, problems);
  const defaults = lookUpWritten(file, ["defaults"], file.envelope.defaults ?? {}, cache, problems);
  const workloads = file.workloads.map(
    ({ index, entry }) => lookUpWritten(file, ["workloads", index], entry, cache, problems)
  );
  return { defaults, workloads, problems };
}
function lookUpWritten(file, at, written, cache, problems) {
  const before = problems.length;
  const unknown2 = (field, message) => {
    const { line, column } = file.positions.find([...at, field]);
    problems.push({ file: file.file, line, column, message: `\`${field}\`: ${message}` });
  };
  const region2 = find("region", written.region, cache.regions, resolveLocation, unknown2);
  const accelerator2 = find("accelerator", written.accelerator, cache.accelerators, findAccelerator, unknown2);
  const instance2 = find("instance", written.instance, cache.instances, findInstance, unknown2);
  return problems.length > before ? void 0 : { region: region2, accelerator: accelerator2, instance: instance2 };
}
function find(field, written, memo, lookUp, unknown2) {
  if (written === void 0) return void 0;
  const found = cached(memo, written, () => lookUp(written));
  if (found.ok) return found.value;
  unknown2(field, found.message);
  return void 0;
}

// src/config/include-plan.ts
import { posix } from "node:path";
var GLOB_CHARS = /[*?[\]{}!]/;
var WORKLOAD_FILE = /\.ya?ml$/i;
var GIT_STEP = /^\.git[. ]*$/i;
function isWorkloadFile(path) {
  return WORKLOAD_FILE.test(path) && !isUnderGit(path);
}
function isUnderGit(path) {
  return path.split("/").some((step) => GIT_STEP.test(step));
}
function isOutside(root, absolute) {
  const relative = posix.relative(root, absolute);
  return relative === ".." || relative.startsWith("../") || posix.isAbsolute(relative);
}
var NOT_A_WORKLOAD_FILE = "must name .yml or .yaml workload files (and nothing under .git/)";
var MAX_PATTERN_LENGTH = 4096;
var MAX_ALTERNATIVES = 256;
function outside(pattern, root) {
  return `include \`${pattern}\` points outside the repository (${root}); carbon-budget reads only files inside it`;
}
var UNPRINTABLE2 = /[\p{Cc}\p{Cf}]/u;
function codePoint2(char) {
  return `\\u${(char.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, "0")}`;
}
function printable2(text2) {
  return text2.replace(/[\p{Cc}\p{Cf}]/gu, codePoint2);
}
function unusablePath(pattern, subject) {
  if (pattern.length > MAX_PATTERN_LENGTH)
    return `${subject} is ${pattern.length.toLocaleString("en-US")} characters long; a path or glob may be at most ${MAX_PATTERN_LENGTH.toLocaleString("en-US")}`;
  const bad2 = UNPRINTABLE2.exec(pattern)?.[0];
  if (bad2 === void 0) return void 0;
  const kind = bad2 === "\0" ? "a NUL byte" : new RegExp("\\p{Cc}", "u").test(bad2) ? "a control character" : "an invisible formatting character";
  const shown = `\`${printable2(pattern)}\``;
  return `${subject} ${shown} contains ${kind} (${codePoint2(bad2)}), which no file name may hold: remove it`;
}
function expandBraces(pattern) {
  let open = -1;
  let depth = 0;
  const commas = [];
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i];
    if (c === "\\") i++;
    else if (c === "{") {
      if (depth === 0) {
        open = i;
        commas.length = 0;
      }
      depth++;
    } else if (c === "}" && depth > 0) {
      depth--;
      if (depth === 0 && commas.length > 0) {
        const head = pattern.slice(0, open);
        const tail = pattern.slice(i + 1);
        const bounds = [open, ...commas, i];
        const out = [];
        for (let k = 0; k + 1 < bounds.length; k++) {
          const more = expandBraces(head + pattern.slice((bounds[k] ?? 0) + 1, bounds[k + 1]) + tail);
          if (more === void 0) return void 0;
          out.push(...more);
          if (out.length > MAX_ALTERNATIVES) return void 0;
        }
        return out;
      }
    } else if (c === "," && depth === 1) commas.push(i);
  }
  return [pattern];
}
function stepMayBeGit(step) {
  if (!/[*?[\]{}()!+@\\]/.test(step)) return GIT_STEP.test(step);
  if (/^[@!+*?]?\(/.test(step) || step.startsWith("\\")) return true;
  if (step.startsWith("[")) return !/^\[[A-Za-z0-9_]+\]/.test(step);
  if (!step.startsWith(".")) return false;
  const plain2 = step.slice(0, step.search(/[*?[\]{}()!+@\\]/)).toLowerCase();
  return ".git".startsWith(plain2) || GIT_STEP.test(plain2.replace(/[. ]+$/, ""));
}
function balanced(text2, open, close) {
  let depth = 0;
  for (const c of text2) {
    if (c === open) depth++;
    else if (c === close && --depth < 0) return false;
  }
  return depth === 0;
}
function hasTopLevelBar(text2) {
  let depth = 0;
  for (const c of text2) {
    if (c === "(") depth++;
    else if (c === ")") depth--;
    else if (c === "|" && depth === 0) return true;
  }
  return false;
}
function malformedGlob(pattern) {
  if (/^!(?!\()/.test(pattern))
    return "starts with `!`, which makes a pattern of files to leave out; an include names files to read";
  if (pattern.includes("\\")) return "holds a backslash: write paths with `/`, and no escapes in a glob";
  if (!balanced(pattern, "{", "}")) return "has an unmatched `{` or `}`";
  if (!balanced(pattern, "(", ")")) return "has an unmatched `(` or `)`";
  if (hasTopLevelBar(pattern)) return 'has a `|` outside parentheses, which a glob takes for "or" of the whole pattern';
  if (pattern.includes("//") || pattern.endsWith("/"))
    return "has an empty step (`//`, or a `/` at the end): name files";
  return void 0;
}
function dotDotStep(pattern) {
  return pattern.split("/").some((step) => step.startsWith("..") && step !== "..") ? "has a step that starts with `..` but is more than `..`, which a glob takes for the parent directory" : void 0;
}
function planIncludes(patterns, from, root) {
  const dir = posix.dirname(from.absolute);
  return patterns.map((pattern) => {
    const refuse = (why) => ({ action: "refuse", message: `include \`${pattern}\` ${why}` });
    const unusable = unusablePath(pattern, "include");
    if (unusable !== void 0) return { action: "refuse", message: unusable };
    if (pattern.startsWith("/") || /^[A-Za-z]:[\\/]/.test(pattern)) {
      return refuse(`is an absolute path; includes are relative to ${from.file} and stay inside the repository`);
    }
    const target = posix.normalize(posix.join(dir, pattern));
    if (isOutside(root, target)) return { action: "refuse", message: outside(pattern, root) };
    if (GLOB_CHARS.test(pattern)) {
      const expanded = expandBraces(pattern);
      if (expanded === void 0)
        return refuse(`stands for more than ${MAX_ALTERNATIVES} patterns through its braces; name fewer`);
      const malformed = malformedGlob(pattern);
      if (malformed !== void 0) return refuse(malformed);
      for (const one of expanded) {
        const path = posix.normalize(posix.join(dir, one));
        if (isOutside(root, path)) return { action: "refuse", message: outside(pattern, root) };
        const parent = dotDotStep(one);
        if (parent !== void 0) return refuse(parent);
        if (posix.relative(root, path).split("/").some(stepMayBeGit))
          return refuse(
            `could match files under .git/, which carbon-budget never reads: write a dot directory's name plainly (\`.github/*.yml\`), not through a wildcard`
          );
      }
      return { action: "glob", pattern };
    }
    if (target === from.absolute) return refuse("names this file itself");
    if (!isWorkloadFile(posix.relative(root, target))) {
      const last = pattern.replace(/\/+$/, "").split("/").pop() ?? "";
      const hint = last.includes(".") || isUnderGit(pattern) ? "" : `; for the files of a directory, write \`${pattern.replace(/\/+$/, "")}/*.yml\``;
      return refuse(NOT_A_WORKLOAD_FILE + hint);
    }
    return { action: "read", pattern, path: target };
  });
}
function globbedFiles(pattern, matches, from, root) {
  const candidates2 = matches.filter((m) => isWorkloadFile(posix.relative(root, m)));
  if (candidates2.some((m) => isOutside(root, m))) return { problem: outside(pattern, root) };
  const files = candidates2.filter((m) => m !== from.absolute);
  if (files.length > 0) return { files };
  const why = candidates2.length > 0 ? "matches only this file itself" : "matches no file";
  return {
    problem: `include \`${pattern}\` ${why} (paths are relative to ${from.file}; symbolic links are not followed)`
  };
}

// src/text/show.ts
function showValue(value) {
  if (value === null) return "nothing (null)";
  if (value === void 0) return "nothing";
  if (Array.isArray(value)) return "a list";
  if (typeof value === "object") return "a mapping";
  switch (typeof value) {
    case "string":
      return `\`${printable(value)}\``;
    case "number":
    case "boolean":
    case "bigint":
      return `\`${value.toString()}\``;
    case "symbol":
      return `\`${value.toString()}\``;
    default:
      return `a ${typeof value}`;
  }
}
var graphemes;
function displayWidth(text2) {
  if (/^[\x20-\x7e]*$/.test(text2)) return text2.length;
  graphemes ??= new Intl.Segmenter("en", { granularity: "grapheme" });
  return Array.from(graphemes.segment(text2)).length;
}

// src/config/issues.ts
function describeType(value) {
  return typeof value === "string" ? `text ${showValue(value)}` : showValue(value);
}
var EXPECTED = {
  string: "text",
  number: "a number",
  int: "a whole number",
  object: "a mapping (key: value lines)",
  array: "a list (lines starting with `- `)",
  boolean: "true or false"
};
function label(path) {
  const last = path[path.length - 1];
  if (last === void 0) return "the file";
  if (typeof last === "number") {
    const parent = path[path.length - 2];
    return parent === "workloads" ? `workload ${last + 1}` : `\`${String(parent)}\` entry ${last + 1}`;
  }
  return `\`${String(last)}\``;
}
function locateIssues(issues, prefix = []) {
  const located = [];
  for (const issue2 of issues) {
    const path = [...prefix, ...issue2.path];
    switch (issue2.code) {
      case "unrecognized_keys": {
        const lines = issue2.message.split("\n");
        issue2.keys.forEach((key, i) => {
          located.push({ path: [...path, key], key: true, message: lines[i] ?? `unknown key \`${key}\`` });
        });
        break;
      }
      case "invalid_type": {
        if (issue2.input === void 0) {
          const parent = path.slice(0, -1);
          located.push({ path: parent, key: false, message: `${label(parent)} needs ${label(path)}` });
        } else {
          const expected = EXPECTED[issue2.expected] ?? issue2.expected;
          located.push({
            path,
            key: false,
            message: `${label(path)} must be ${expected}, got ${describeType(issue2.input)}`
          });
        }
        break;
      }
      case "invalid_union": {
        if (issue2.input === void 0 && path.length > 1) {
          const parent = path.slice(0, -1);
          located.push({ path: parent, key: false, message: `${label(parent)} needs ${label(path)}` });
          break;
        }
        const mapping = typeof issue2.input === "object" && issue2.input !== null && !Array.isArray(issue2.input);
        const inner = mapping ? issue2.errors.filter(
          (branch) => branch.length > 0 && branch.every((i) => i.path.length > 0 || i.code === "unrecognized_keys")
        ) : [];
        if (inner.length === 1) {
          located.push(...locateIssues(inner[0] ?? [], path));
          break;
        }
        located.push({
          path,
          key: false,
          message: issue2.path[issue2.path.length - 1] === "kind" ? issue2.message : `${label(path)}: ${issue2.message}`
        });
        break;
      }
      default:
        located.push({ path, key: false, message: `${label(path)}: ${issue2.message}` });
    }
  }
  const seen = /* @__PURE__ */ new Set();
  return located.filter((l) => {
    const key = `${l.path.join(".")}|${l.key}|${l.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

// node_modules/zod/v4/core/util.js
function getEnumValues(entries) {
  const numericValues = Object.values(entries).filter((v) => typeof v === "number");
  const values = Object.entries(entries).filter(([k, _]) => numericValues.indexOf(+k) === -1).map(([_, v]) => v);
  return values;
}
function joinValues(array2, separator = "|") {
  return array2.map((val) => stringifyPrimitive(val)).join(separator);
}
function jsonStringifyReplacer(_, value) {
  if (typeof value === "bigint")
    return value.toString();
  return value;
}
var Cached = class {
  constructor(getter) {
    this._getter = getter;
    this._value = void 0;
  }
  get value() {
    const getter = this._getter;
    if (getter !== void 0) {
      this._value = getter();
      this._getter = void 0;
    }
    return this._value;
  }
};
function cached2(getter) {
  return new Cached(getter);
}
function nullish(input) {
  return input === null || input === void 0;
}
function cleanRegex(source) {
  const start = source.startsWith("^") ? 1 : 0;
  const end = source.endsWith("$") ? source.length - 1 : source.length;
  return source.slice(start, end);
}
function assignProp(target, prop, value) {
  Object.defineProperty(target, prop, {
    value,
    writable: true,
    enumerable: true,
    configurable: true
  });
}
function rawShape(def) {
  const desc = Object.getOwnPropertyDescriptor(def, "shape");
  return desc?.get ? desc.get.raw : desc?.value;
}
var captureStackTrace = "captureStackTrace" in Error ? Error.captureStackTrace : (..._args) => {
};
function isObject(data) {
  return typeof data === "object" && data !== null && !Array.isArray(data);
}
var propertyKeyTypes = /* @__PURE__ */ new Set(["string", "number", "symbol"]);
function escapeRegex(str2) {
  return str2.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
function clone(inst, def, params) {
  const cl = new inst._zod.constr(def ?? inst._zod.def);
  if (!def || params?.parent)
    cl._zod.parent = inst;
  return cl;
}
function normalizeParams(_params) {
  const params = _params;
  if (!params)
    return {};
  if (typeof params === "string")
    return { error: () => params };
  if (params?.message !== void 0) {
    if (params?.error !== void 0)
      throw new Error("Cannot specify both `message` and `error` params");
    params.error = params.message;
  }
  delete params.message;
  if (typeof params.error === "string")
    return { ...params, error: () => params.error };
  return params;
}
function stringifyPrimitive(value) {
  if (typeof value === "bigint")
    return value.toString() + "n";
  if (typeof value === "string")
    return `"${value}"`;
  return `${value}`;
}
function optionalKeys(shape) {
  return Object.keys(shape).filter((k) => {
    return shape[k]._zod.optin !== void 0 && shape[k]._zod.optout === "optional";
  });
}
var NUMBER_FORMAT_RANGES = /* @__PURE__ */ (() => ({
  safeint: [Number.MIN_SAFE_INTEGER, Number.MAX_SAFE_INTEGER],
  int32: [-2147483648, 2147483647],
  uint32: [0, 4294967295],
  float32: [-34028234663852886e22, 34028234663852886e22],
  float64: [-Number.MAX_VALUE, Number.MAX_VALUE]
}))();
var BIGINT_FORMAT_RANGES = {
  int64: [/* @__PURE__ */ BigInt("-9223372036854775808"), /* @__PURE__ */ BigInt("9223372036854775807")],
  uint64: [/* @__PURE__ */ BigInt(0), /* @__PURE__ */ BigInt("18446744073709551615")]
};
function aborted(x, startIndex = 0) {
  if (x.aborted === true)
    return true;
  for (let i = startIndex; i < x.issues.length; i++) {
    if (x.issues[i]?.continue !== true) {
      return true;
    }
  }
  return false;
}
function explicitlyAborted(x, startIndex = 0) {
  if (x.aborted === true)
    return true;
  for (let i = startIndex; i < x.issues.length; i++) {
    if (x.issues[i]?.continue === false) {
      return true;
    }
  }
  return false;
}
function prefixIssues(path, issues) {
  return issues.map((iss) => {
    var _a3;
    (_a3 = iss).path ?? (_a3.path = []);
    iss.path.unshift(path);
    return iss;
  });
}
function unwrapMessage(message) {
  return typeof message === "string" ? message : message?.message;
}
function sizeCaps(defChecks) {
  const caps = [];
  for (const ch of defChecks ?? []) {
    const d = ch._zod.def;
    if (!/_(length|size)$|_equals$/.test(d.check))
      break;
    const max = d.maximum ?? d.length ?? d.size;
    if (max >= 0)
      caps.push([max, ch]);
  }
  return caps;
}
function attachSchema(issues, start, inst) {
  var _a3;
  for (let i = start; i < issues.length; i++) {
    (_a3 = issues[i]).schema ?? (_a3.schema = inst);
  }
}
function finalizeIssue(iss, ctx, config2) {
  var _a3;
  const traits = iss.inst?._zod?.traits;
  if (traits?.has("$ZodType")) {
    if (traits.has("$ZodCheck"))
      (_a3 = iss).schema ?? (_a3.schema = iss.inst);
    else
      iss.schema = iss.inst;
  }
  const schemaError = iss.schema !== iss.inst ? iss.schema?._zod.def?.error : void 0;
  const message = iss.message ? iss.message : unwrapMessage(iss.inst?._zod.def?.error?.(iss)) ?? unwrapMessage(schemaError?.(iss)) ?? unwrapMessage(ctx?.error?.(iss)) ?? unwrapMessage(config2.customError?.(iss)) ?? unwrapMessage(config2.localeError?.(iss)) ?? "Invalid input";
  const full = {};
  for (const k of Object.keys(iss)) {
    if (k === "inst" || k === "schema" || k === "continue" || k === "input" || k === "__proto__")
      continue;
    full[k] = iss[k];
  }
  full.path ?? (full.path = []);
  full.message = message;
  if (ctx?.reportInput) {
    full.input = iss.input;
  }
  return full;
}
var highSurrogate = /[\uD800-\uDBFF]/;
function codePointLength(str2) {
  const units = str2.length;
  if (!highSurrogate.test(str2))
    return units;
  let count2 = units;
  for (let i = 0; i < units - 1; i++) {
    if ((str2.charCodeAt(i) & 64512) === 55296 && (str2.charCodeAt(i + 1) & 64512) === 56320) {
      count2--;
      i++;
    }
  }
  return count2;
}
function getLengthableOrigin(input) {
  if (Array.isArray(input))
    return "array";
  if (typeof input === "string")
    return "string";
  return "unknown";
}
function parsedType(data) {
  const t = typeof data;
  switch (t) {
    case "number": {
      return Number.isNaN(data) ? "nan" : "number";
    }
    case "object": {
      if (data === null) {
        return "null";
      }
      if (Array.isArray(data)) {
        return "array";
      }
      const obj = data;
      if (obj && Object.getPrototypeOf(obj) !== Object.prototype && "constructor" in obj && obj.constructor) {
        return obj.constructor.name;
      }
    }
  }
  return t;
}
function issue(...args) {
  const [iss, input, inst] = args;
  if (typeof iss === "string") {
    return {
      message: iss,
      code: "custom",
      input,
      inst
    };
  }
  return { ...iss };
}
function members(proto, table2) {
  for (const key in table2) {
    const desc = Object.getOwnPropertyDescriptor(table2, key);
    if (desc.get)
      Object.defineProperty(proto, key, { ...desc, enumerable: false });
    else
      defineBound(proto, key, desc.value);
  }
}
function own(inst, key, value, enumerable = true) {
  Object.defineProperty(inst, key, { configurable: true, writable: true, enumerable, value });
  return value;
}
function hide(inst, key, value) {
  return own(inst, key, value, false);
}
function defineBound(proto, key, fn) {
  Object.defineProperty(proto, key, {
    configurable: true,
    get() {
      return this == null ? fn : own(this, key, fn.bind(this));
    },
    set(value) {
      own(this, key, value);
    }
  });
}
function claim(inst, sentinel) {
  const proto = Object.getPrototypeOf(inst);
  return sentinel in proto ? void 0 : proto;
}
var installing;
var broke = false;
var breaker = {
  configurable: true,
  get() {
    broke = true;
    return void 0;
  }
};
function defineLazyInternal(inst, key, compute) {
  const proto = Object.getPrototypeOf(inst._zod);
  if (key in proto && installing !== inst._zod) {
    installing = void 0;
    return;
  }
  installing = inst._zod;
  Object.defineProperty(proto, key, {
    configurable: true,
    get() {
      Object.defineProperty(this, key, breaker);
      const outer = broke;
      broke = false;
      try {
        const value = compute(this);
        if (broke)
          delete this[key];
        else
          Object.defineProperty(this, key, { configurable: true, writable: true, value });
        broke = broke || outer;
        return value;
      } catch (err) {
        delete this[key];
        broke = broke || outer;
        throw err;
      }
    },
    set(value) {
      Object.defineProperty(this, key, { configurable: true, writable: true, value });
    }
  });
}
function installLazyProp(inst, key, make, enumerable) {
  const proto = claim(inst, key);
  if (!proto)
    return;
  Object.defineProperty(proto, key, {
    configurable: true,
    get() {
      const desc = { configurable: true, writable: true, enumerable, value: void 0 };
      Object.defineProperty(this, key, desc);
      desc.value = make(this);
      Object.defineProperty(this, key, desc);
      return desc.value;
    },
    set(value) {
      Object.defineProperty(this, key, { configurable: true, writable: true, enumerable, value });
    }
  });
}

// node_modules/zod/v4/core/core.js
var _a;
var NEVER = /* @__PURE__ */ Object.freeze({
  status: "aborted"
});
var _zodDesc = { value: void 0, enumerable: false };
var _E = "captureStackTrace" in Error ? Error : null;
function newError(Definition) {
  const E = _E;
  if (E) {
    const saved = E.stackTraceLimit;
    if (typeof saved === "number") {
      try {
        E.stackTraceLimit = 0;
      } catch {
        _E = null;
        return new Definition();
      }
      try {
        return new Definition();
      } finally {
        E.stackTraceLimit = saved;
      }
    }
  }
  return new Definition();
}
// @__NO_SIDE_EFFECTS__
function $constructor(name, initializer2, proto, params) {
  const zodProto = {};
  function Internals(def) {
    this.def = def;
    this.constr = _;
    this.traits = /* @__PURE__ */ new Set();
  }
  Internals.prototype = zodProto;
  const protoMembers = proto;
  const initialized = protoMembers && /* @__PURE__ */ new WeakSet();
  function init(inst, def) {
    if (!inst._zod) {
      _zodDesc.value = new Internals(def);
      try {
        Object.defineProperty(inst, "_zod", _zodDesc);
      } finally {
        _zodDesc.value = void 0;
      }
    } else if (inst._zod.traits.has(name)) {
      return;
    }
    inst._zod.traits.add(name);
    initializer2(inst, def);
    if (initialized) {
      const own2 = Object.getPrototypeOf(inst);
      const ctorProto = inst._zod.constr.prototype;
      let up = own2;
      while (up && up !== ctorProto)
        up = Object.getPrototypeOf(up);
      const target = up ?? own2;
      if (!initialized.has(target)) {
        initialized.add(target);
        members(target, protoMembers);
      }
    }
    const proto2 = _.prototype;
    for (const k in proto2) {
      if (!Object.prototype.hasOwnProperty.call(proto2, k))
        continue;
      if (!(k in inst)) {
        inst[k] = proto2[k].bind(inst);
      }
    }
  }
  const Parent = params?.Parent ?? Object;
  class Definition extends Parent {
  }
  Object.defineProperty(Definition, "name", { value: name });
  function _(def) {
    const inst = params?.Parent ? newError(Definition) : this;
    init(inst, def);
    const deferred = inst._zod.deferred;
    if (deferred) {
      for (const fn of deferred) {
        fn();
      }
      inst._zod.deferred = void 0;
    }
    const pp = globalThis.__zod_globalConfig?.postProcessor;
    if (pp)
      pp(inst);
    return inst;
  }
  Object.defineProperty(_, "init", { value: init });
  Object.defineProperty(_, Symbol.hasInstance, {
    value: (inst) => {
      if (params?.Parent && inst instanceof params.Parent)
        return true;
      return inst?._zod?.traits?.has(name);
    }
  });
  Object.defineProperty(_, "name", { value: name });
  return _;
}
var $ZodAsyncError = class extends Error {
  constructor() {
    super(`Encountered Promise during synchronous parse. Use .parseAsync() instead.`);
  }
};
var $ZodEncodeError = class extends Error {
  constructor(name) {
    super(`Encountered unidirectional transform during encode: ${name}`);
    this.name = "ZodEncodeError";
  }
};
(_a = globalThis).__zod_globalConfig ?? (_a.__zod_globalConfig = {});
var globalConfig = globalThis.__zod_globalConfig;
function config(newConfig) {
  if (newConfig)
    Object.assign(globalConfig, newConfig);
  return globalConfig;
}

// node_modules/zod/v4/core/errors.js
function _getMessage() {
  const internals = this._zod;
  internals.message ?? (internals.message = JSON.stringify(internals.def, jsonStringifyReplacer, 2));
  return internals.message;
}
function _setMessage(value) {
  this._zod.message = value;
}
var _messageDesc = {
  get: _getMessage,
  set: _setMessage,
  enumerable: true,
  configurable: true
};
var _issuesDesc = { value: void 0, enumerable: false };
var _installedToString = /* @__PURE__ */ new WeakSet([Object.prototype, Error.prototype]);
var initializer = (inst, def) => {
  inst.name = "$ZodError";
  _issuesDesc.value = def;
  Object.defineProperty(inst, "issues", _issuesDesc);
  _issuesDesc.value = void 0;
  Object.defineProperty(inst, "message", _messageDesc);
  const proto = Object.getPrototypeOf(inst);
  if (!_installedToString.has(proto)) {
    _installedToString.add(proto);
    Object.defineProperty(proto, "toString", {
      configurable: true,
      enumerable: false,
      get() {
        const value = () => this.message;
        Object.defineProperty(this, "toString", { value, configurable: true, writable: true });
        return value;
      },
      set(value) {
        Object.defineProperty(this, "toString", { value, configurable: true, writable: true });
      }
    });
  }
};
var $ZodError = $constructor("$ZodError", initializer);
var $ZodRealError = $constructor("$ZodError", initializer, void 0, {
  Parent: Error
});

// node_modules/zod/v4/core/parse.js
var _parse = (_Err) => {
  const fn = (schema2, value, _ctx, _params) => {
    const ctx = _ctx ? { ..._ctx, async: false } : { async: false };
    const result = schema2._zod.run({ value, issues: [] }, ctx);
    if (result instanceof Promise) {
      throw new $ZodAsyncError();
    }
    if (result.issues.length) {
      const e = new (_params?.Err ?? _Err)(result.issues.map((iss) => finalizeIssue(iss, ctx, config())));
      captureStackTrace(e, _params?.callee ?? fn);
      throw e;
    }
    return result.value;
  };
  return fn;
};
var parse = /* @__PURE__ */ _parse($ZodRealError);
var _parseAsync = (_Err) => {
  const fn = async (schema2, value, _ctx, params) => {
    const ctx = _ctx ? { ..._ctx, async: true } : { async: true };
    let result = schema2._zod.run({ value, issues: [] }, ctx);
    if (result instanceof Promise)
      result = await result;
    if (result.issues.length) {
      const e = new (params?.Err ?? _Err)(result.issues.map((iss) => finalizeIssue(iss, ctx, config())));
      captureStackTrace(e, params?.callee ?? fn);
      throw e;
    }
    return result.value;
  };
  return fn;
};
var parseAsync = /* @__PURE__ */ _parseAsync($ZodRealError);
var _safeParse = (_Err) => (schema2, value, _ctx) => {
  const ctx = _ctx ? { ..._ctx, async: false } : { async: false };
  const result = schema2._zod.run({ value, issues: [] }, ctx);
  if (result instanceof Promise) {
    throw new $ZodAsyncError();
  }
  return result.issues.length ? failure(_Err, result.issues, ctx) : { success: true, data: result.value };
};
var safeParse = /* @__PURE__ */ _safeParse($ZodRealError);
function failure(Err, issues, ctx) {
  let error2;
  return {
    success: false,
    get error() {
      if (!error2) {
        error2 = new Err(issues.map((iss) => finalizeIssue(iss, ctx, config())));
        issues = void 0;
        ctx = void 0;
      }
      return error2;
    },
    set error(e) {
      error2 = e;
      issues = void 0;
      ctx = void 0;
    }
  };
}
var _safeParseAsync = (_Err) => async (schema2, value, _ctx) => {
  const ctx = _ctx ? { ..._ctx, async: true } : { async: true };
  let result = schema2._zod.run({ value, issues: [] }, ctx);
  if (result instanceof Promise)
    result = await result;
  return result.issues.length ? failure(_Err, result.issues, ctx) : { success: true, data: result.value };
};
var safeParseAsync = /* @__PURE__ */ _safeParseAsync($ZodRealError);

// node_modules/zod/v4/core/regexes.js
var base64 = /^$|^(?:[0-9a-zA-Z+/]{4})*(?:(?:[0-9a-zA-Z+/]{2}==)|(?:[0-9a-zA-Z+/]{3}=))?$/;
var base64url = /^(?:[A-Za-z0-9_-]{4})*(?:[A-Za-z0-9_-]{2,3})?$/;
var anyString = /^[\s\S]{0,}$/;
var integer = /^-?\d+$/;
var number = /^-?\d+(?:\.\d+)?$/;

// node_modules/zod/v4/core/checks.js
var $ZodCheck = /* @__PURE__ */ $constructor("$ZodCheck", (inst, def) => {
  var _a3;
  inst._zod ?? (inst._zod = {});
  inst._zod.def = def;
  (_a3 = inst._zod).onattach ?? (_a3.onattach = []);
});
var _whenHasLength = (payload) => {
  const val = payload.value;
  return !nullish(val) && val.length !== void 0;
};
var numericOriginMap = {
  number: "number",
  bigint: "bigint",
  object: "date"
};
var $ZodCheckLessThan = /* @__PURE__ */ $constructor("$ZodCheckLessThan", (inst, def) => {
  $ZodCheck.init(inst, def);
  const origin = numericOriginMap[typeof def.value];
  inst._zod.check = (payload) => {
    if (def.inclusive ? payload.value <= def.value : payload.value < def.value) {
      return;
    }
    payload.issues.push({
      origin: numericOriginMap[typeof payload.value] ?? origin,
      code: "too_big",
      maximum: typeof def.value === "object" ? def.value.getTime() : def.value,
      input: payload.value,
      inclusive: def.inclusive,
      inst,
      continue: !def.abort
    });
  };
});
var $ZodCheckGreaterThan = /* @__PURE__ */ $constructor("$ZodCheckGreaterThan", (inst, def) => {
  $ZodCheck.init(inst, def);
  const origin = numericOriginMap[typeof def.value];
  inst._zod.check = (payload) => {
    if (def.inclusive ? payload.value >= def.value : payload.value > def.value) {
      return;
    }
    payload.issues.push({
      origin: numericOriginMap[typeof payload.value] ?? origin,
      code: "too_small",
      minimum: typeof def.value === "object" ? def.value.getTime() : def.value,
      input: payload.value,
      inclusive: def.inclusive,
      inst,
      continue: !def.abort
    });
  };
});
var $ZodCheckNumberFormat = /* @__PURE__ */ $constructor("$ZodCheckNumberFormat", (inst, def) => {
  $ZodCheck.init(inst, def);
  def.format = def.format || "float64";
  const isInt = def.format?.includes("int");
  const origin = isInt ? "int" : "number";
  const [minimum, maximum] = NUMBER_FORMAT_RANGES[def.format];
  inst._zod.check = (payload) => {
    const input = payload.value;
    if (isInt) {
      if (!Number.isInteger(input)) {
        payload.issues.push({
          expected: origin,
          format: def.format,
          code: "invalid_type",
          continue: false,
          input,
          inst
        });
        return;
      }
      if (!Number.isSafeInteger(input)) {
        if (input > 0) {
          payload.issues.push({
            input,
            code: "too_big",
            maximum: Number.MAX_SAFE_INTEGER,
            note: "Integers must be within the safe integer range.",
            inst,
            origin,
            inclusive: true,
            continue: !def.abort
          });
        } else {
          payload.issues.push({
            input,
            code: "too_small",
            minimum: Number.MIN_SAFE_INTEGER,
            note: "Integers must be within the safe integer range.",
            inst,
            origin,
            inclusive: true,
            continue: !def.abort
          });
        }
        return;
      }
    }
    if (input < minimum) {
      payload.issues.push({
        origin: "number",
        input,
        code: "too_small",
        minimum,
        inclusive: true,
        inst,
        continue: !def.abort
      });
    }
    if (input > maximum) {
      payload.issues.push({
        origin: "number",
        input,
        code: "too_big",
        maximum,
        inclusive: true,
        inst,
        continue: !def.abort
      });
    }
  };
});
var $ZodCheckMinLength = /* @__PURE__ */ $constructor("$ZodCheckMinLength", (inst, def) => {
  var _a3;
  $ZodCheck.init(inst, def);
  (_a3 = inst._zod.def).when ?? (_a3.when = _whenHasLength);
  inst._zod.check = (payload) => {
    const input = payload.value;
    const units = input.length;
    const length = typeof input === "string" && units >= def.minimum && units < def.minimum * 2 ? codePointLength(input) : units;
    if (length >= def.minimum)
      return;
    const origin = getLengthableOrigin(input);
    payload.issues.push({
      origin,
      code: "too_small",
      minimum: def.minimum,
      inclusive: true,
      input,
      inst,
      continue: !def.abort
    });
  };
});
var $ZodCheckOverwrite = /* @__PURE__ */ $constructor("$ZodCheckOverwrite", (inst, def) => {
  $ZodCheck.init(inst, def);
  inst._zod.check = (payload) => {
    payload.value = def.tx(payload.value);
  };
});

// node_modules/zod/v4/core/versions.js
var version = {
  major: 4,
  minor: 6,
  patch: 7
};

// node_modules/zod/v4/core/schemas.js
var $ZodType = /* @__PURE__ */ $constructor("$ZodType", (inst, def) => {
  var _a3;
  inst ?? (inst = {});
  inst._zod.def = def;
  inst._zod.bag = inst._zod.bag || {};
  inst._zod.version = version;
  const defChecks = inst._zod.def.checks;
  const checks = inst._zod.traits.has("$ZodCheck") ? [inst, ...defChecks ?? []] : defChecks?.length ? [...defChecks] : [];
  for (const ch of checks) {
    for (const fn of ch._zod.onattach) {
      fn(inst);
    }
  }
  if (checks.length === 0) {
    (_a3 = inst._zod).deferred ?? (_a3.deferred = []);
    inst._zod.deferred?.push(() => {
      inst._zod.run = inst._zod.parse;
    });
  } else {
    const runChecks = (payload, checks2, ctx) => {
      if (payload.memo)
        return payload;
      let isAborted = aborted(payload);
      let asyncResult;
      for (const ch of checks2) {
        if (ch._zod.def.when) {
          if (explicitlyAborted(payload))
            continue;
          const shouldRun = ch._zod.def.when(payload);
          if (!shouldRun)
            continue;
        } else if (isAborted) {
          continue;
        }
        const currLen = payload.issues.length;
        const _ = ch._zod.check(payload);
        if (_ instanceof Promise && ctx?.async === false) {
          throw new $ZodAsyncError();
        }
        if (asyncResult || _ instanceof Promise) {
          asyncResult = (asyncResult ?? Promise.resolve()).then(async () => {
            await _;
            const nextLen = payload.issues.length;
            if (nextLen === currLen)
              return;
            attachSchema(payload.issues, currLen, inst);
            if (!isAborted)
              isAborted = aborted(payload, currLen);
          });
        } else {
          const nextLen = payload.issues.length;
          if (nextLen === currLen)
            continue;
          attachSchema(payload.issues, currLen, inst);
          if (!isAborted)
            isAborted = aborted(payload, currLen);
        }
      }
      if (asyncResult) {
        return asyncResult.then(() => {
          return payload;
        });
      }
      return payload;
    };
    const handleCanaryResult = (canary, payload, ctx) => {
      if (aborted(canary)) {
        canary.aborted = true;
        return canary;
      }
      const checkResult = runChecks(payload, checks, ctx);
      if (checkResult instanceof Promise) {
        if (ctx.async === false)
          throw new $ZodAsyncError();
        return checkResult.then((checkResult2) => inst._zod.parse(checkResult2, ctx));
      }
      return inst._zod.parse(checkResult, ctx);
    };
    inst._zod.run = (payload, ctx) => {
      if (ctx.skipChecks) {
        return inst._zod.parse(payload, ctx);
      }
      if (ctx.direction === "backward") {
        const canary = inst._zod.parse({ value: payload.value, issues: [] }, { ...ctx, skipChecks: true });
        if (canary instanceof Promise) {
          return canary.then((canary2) => {
            return handleCanaryResult(canary2, payload, ctx);
          });
        }
        return handleCanaryResult(canary, payload, ctx);
      }
      const result = inst._zod.parse(payload, ctx);
      if (result instanceof Promise) {
        if (ctx.async === false)
          throw new $ZodAsyncError();
        return result.then((result2) => runChecks(result2, checks, ctx));
      }
      return runChecks(result, checks, ctx);
    };
  }
}, {
  // Wrappers extend this by installing a richer factory over it; reading it eagerly would defeat the laziness.
  get "~standard"() {
    return hide(this, "~standard", standardProps(this));
  },
  set "~standard"(value) {
    own(this, "~standard", value);
  }
});
var toStandardResult = (r, ctx) => r.issues.length ? { issues: r.issues.map((iss) => finalizeIssue(iss, ctx, config())) } : { value: r.value };
async function validateAsync(inst, value) {
  const ctx = { async: true };
  return toStandardResult(await inst._zod.run({ value, issues: [] }, ctx), ctx);
}
function standardProps(inst) {
  return {
    validate: (value) => {
      const ctx = { async: false };
      try {
        const r = inst._zod.run({ value, issues: [] }, ctx);
        if (!(r instanceof Promise))
          return toStandardResult(r, ctx);
      } catch (_) {
      }
      return validateAsync(inst, value);
    },
    vendor: "zod",
    version: 1
  };
}
var $ZodString = /* @__PURE__ */ $constructor("$ZodString", (inst, def) => {
  $ZodType.init(inst, def);
  inst._zod.pattern = def.pattern ?? anyString;
  inst._zod.parse = (payload, _) => {
    if (def.coerce)
      try {
        payload.value = String(payload.value);
      } catch (_2) {
      }
    if (typeof payload.value === "string")
      return payload;
    payload.issues.push({
      expected: "string",
      code: "invalid_type",
      input: payload.value,
      inst
    });
    return payload;
  };
});
var base64Charset = /^[0-9a-zA-Z+/]*={0,2}$/;
var base64urlCharset = /^[A-Za-z0-9_-]*$/;
var $ZodNumber = /* @__PURE__ */ $constructor("$ZodNumber", (inst, def) => {
  $ZodType.init(inst, def);
  inst._zod.pattern = number;
  inst._zod.parse = (payload, _ctx) => {
    if (def.coerce)
      try {
        payload.value = Number(payload.value);
      } catch (_) {
      }
    const input = payload.value;
    if (typeof input === "number" && !Number.isNaN(input) && Number.isFinite(input)) {
      return payload;
    }
    const received = typeof input === "number" ? Number.isNaN(input) ? "NaN" : !Number.isFinite(input) ? String(input) : void 0 : void 0;
    payload.issues.push({
      expected: "number",
      code: "invalid_type",
      input,
      inst,
      ...received ? { received } : {}
    });
    return payload;
  };
});
var $ZodNumberFormat = /* @__PURE__ */ $constructor("$ZodNumberFormat", (inst, def) => {
  $ZodCheckNumberFormat.init(inst, def);
  $ZodNumber.init(inst, def);
});
var $ZodUnknown = /* @__PURE__ */ $constructor("$ZodUnknown", (inst, def) => {
  $ZodType.init(inst, def);
  inst._zod.parse = (payload) => payload;
});
var $ZodNever = /* @__PURE__ */ $constructor("$ZodNever", (inst, def) => {
  $ZodType.init(inst, def);
  inst._zod.parse = (payload, _ctx) => {
    payload.issues.push({
      expected: "never",
      code: "invalid_type",
      input: payload.value,
      inst
    });
    return payload;
  };
});
function capSize(inst, size) {
  const caps = sizeCaps(inst._zod.def.checks);
  if (!caps.length)
    return;
  const cap = Math.min(...caps.map((c) => c[0]));
  const parse2 = inst._zod.parse;
  inst._zod.parse = (payload, ctx) => {
    const n = size(payload.value);
    if (n > cap && !ctx?.skipChecks && ctx?.direction !== "backward") {
      for (const [max, ch] of sizeCaps(inst._zod.def.checks)) {
        if (n > max && ch._zod.def.when(payload)) {
          const start = payload.issues.length;
          ch._zod.check(payload);
          payload.issues[start].continue = false;
          attachSchema(payload.issues, start, inst);
          return payload;
        }
      }
    }
    return parse2(payload, ctx);
  };
}
var arraySize = (input) => Array.isArray(input) ? input.length : -1;
function handleArrayResult(result, final, index) {
  if (result.issues.length) {
    final.issues.push(...prefixIssues(index, result.issues));
  }
  final.value[index] = result.value;
}
var $ZodArray = /* @__PURE__ */ $constructor("$ZodArray", (inst, def) => {
  $ZodType.init(inst, def);
  const memo = globalConfig.memoizer;
  memo?.attach(inst);
  inst._zod.parse = (payload, ctx) => {
    const input = payload.value;
    if (!Array.isArray(input)) {
      payload.issues.push({
        expected: "array",
        code: "invalid_type",
        input,
        inst
      });
      return payload;
    }
    payload.value = memo ? memo.alloc(inst, payload, Array(input.length), ctx) : Array(input.length);
    const proms = [];
    const abortEarly = ctx?.abortEarly;
    for (let i = 0; i < input.length; i++) {
      const item = input[i];
      const result = def.element._zod.run({
        value: item,
        issues: []
      }, ctx);
      if (result instanceof Promise) {
        proms.push(result.then((result2) => handleArrayResult(result2, payload, i)));
      } else {
        handleArrayResult(result, payload, i);
        if (abortEarly && result.issues.length !== 0 && aborted(result))
          break;
      }
    }
    if (proms.length) {
      return Promise.all(proms).then(() => payload);
    }
    return payload;
  };
  capSize(inst, arraySize);
});
function handlePropertyResult(result, final, key, input, optin, optout) {
  const isPresent = key in input;
  const isOptionalOut = optout === "optional";
  if (!isPresent && isOptionalOut && optin === "optional") {
    return;
  }
  if (result.issues.length) {
    if (optin !== void 0 && isOptionalOut && !isPresent) {
      return;
    }
    final.issues.push(...prefixIssues(key, result.issues));
  }
  if (!isPresent && optin === void 0) {
    if (!result.issues.length) {
      final.issues.push({
        code: "invalid_type",
        expected: "nonoptional",
        input: void 0,
        path: [key]
      });
    }
    return;
  }
  if (result.value === void 0) {
    if (isPresent || optin === "defaulted" && !isOptionalOut) {
      final.value[key] = void 0;
    }
  } else {
    final.value[key] = result.value;
  }
}
var NO_SYMBOL_KEYS = [];
function normalizeDef(def) {
  const keys = Object.keys(def.shape);
  const ownSymbols = Object.getOwnPropertySymbols(def.shape);
  const symbolKeys = ownSymbols.length ? ownSymbols : NO_SYMBOL_KEYS;
  const allKeys = symbolKeys.length ? [...keys, ...symbolKeys] : keys;
  for (const k of allKeys) {
    if (!def.shape?.[k]?._zod?.traits?.has("$ZodType")) {
      throw new Error(`Invalid element at key "${String(k)}": expected a Zod schema`);
    }
  }
  const okeys = optionalKeys(def.shape);
  return {
    ...def,
    allKeys,
    symbolKeys,
    // string-only: handleCatchall matches it against `for...in`, which never yields a symbol
    keySet: new Set(keys),
    numKeys: keys.length,
    optionalKeys: new Set(okeys)
  };
}
function handleCatchall(proms, input, payload, ctx, def, inst, abortEarly) {
  const unrecognized = [];
  const keySet = def.keySet;
  const _catchall = def.catchall._zod;
  const t = _catchall.def.type;
  const optin = _catchall.optin;
  const optout = _catchall.optout;
  let seen = 0;
  for (const key in input) {
    if (abortEarly && payload.issues.length !== seen) {
      if (aborted(payload, seen))
        break;
      seen = payload.issues.length;
    }
    if (keySet.has(key))
      continue;
    if (key === "__proto__") {
      if (t === "never")
        unrecognized.push(key);
      continue;
    }
    if (t === "never") {
      unrecognized.push(key);
      continue;
    }
    const r = _catchall.run({ value: input[key], issues: [] }, ctx);
    if (r instanceof Promise) {
      proms.push(r.then((r2) => handlePropertyResult(r2, payload, key, input, optin, optout)));
    } else {
      handlePropertyResult(r, payload, key, input, optin, optout);
    }
  }
  if (unrecognized.length) {
    payload.issues.push({
      code: "unrecognized_keys",
      keys: unrecognized,
      input,
      inst,
      // Describes the shape of the input, not the validity of the parsed value, so it never aborts. The parse still fails; the schema's own checks just get to run first, and an enclosing intersection can reconcile the key against a sibling operand.
      continue: true
    });
  }
  if (!proms.length)
    return payload;
  return Promise.all(proms).then(() => {
    return payload;
  });
}
var $ZodObject = /* @__PURE__ */ $constructor("$ZodObject", (inst, def) => {
  $ZodType.init(inst, def);
  const desc = Object.getOwnPropertyDescriptor(def, "shape");
  const sh = desc?.get ? desc.get.raw : def.shape ?? {};
  if (sh) {
    const get = () => {
      const newSh = { ...sh };
      Object.defineProperty(def, "shape", { value: newSh });
      get.raw = newSh;
      return newSh;
    };
    get.raw = sh;
    Object.defineProperty(def, "shape", { get });
  }
  const _normalized = cached2(() => normalizeDef(def));
  defineLazyInternal(inst, "propValues", (zod) => {
    const shape = zod.def.shape;
    const propValues = {};
    for (const key in shape) {
      const field = shape[key]._zod;
      if (field.values) {
        if (!Object.prototype.hasOwnProperty.call(propValues, key)) {
          assignProp(propValues, key, /* @__PURE__ */ new Set());
        }
        for (const v of field.values)
          propValues[key].add(v);
        if (field.optin !== void 0)
          propValues[key].add(void 0);
      }
    }
    return propValues;
  });
  const isObject2 = isObject;
  const catchall = def.catchall;
  let value;
  const memo = globalConfig.memoizer;
  memo?.attach(inst);
  inst._zod.parse = (payload, ctx) => {
    value ?? (value = _normalized.value);
    const input = payload.value;
    if (!isObject2(input)) {
      payload.issues.push({
        expected: "object",
        code: "invalid_type",
        input,
        inst
      });
      return payload;
    }
    payload.value = memo ? memo.alloc(inst, payload, {}, ctx) : {};
    const proms = [];
    const shape = value.shape;
    const abortEarly = ctx?.abortEarly;
    let seen = payload.issues.length;
    for (const key of value.allKeys) {
      if (abortEarly && payload.issues.length !== seen) {
        if (aborted(payload, seen))
          break;
        seen = payload.issues.length;
      }
      if (key === "__proto__")
        continue;
      const el = shape[key];
      const optin = el._zod.optin;
      const optout = el._zod.optout;
      const r = el._zod.run({ value: input[key], issues: [] }, ctx);
      if (r instanceof Promise) {
        proms.push(r.then((r2) => handlePropertyResult(r2, payload, key, input, optin, optout)));
      } else {
        handlePropertyResult(r, payload, key, input, optin, optout);
      }
    }
    if (!catchall) {
      return proms.length ? Promise.all(proms).then(() => payload) : payload;
    }
    return handleCatchall(proms, input, payload, ctx, _normalized.value, inst, abortEarly === true);
  };
});
function handleUnionResults(results, final, inst, ctx) {
  for (const result of results) {
    if (result.issues.length === 0) {
      final.value = result.value;
      return final;
    }
  }
  const nonaborted = results.filter((r) => !aborted(r));
  if (nonaborted.length === 1) {
    final.value = nonaborted[0].value;
    return nonaborted[0];
  }
  final.issues.push({
    code: "invalid_union",
    input: final.value,
    inst,
    errors: results.map((result) => result.issues.map((iss) => finalizeIssue(iss, ctx, config())))
  });
  return final;
}
var $ZodUnion = /* @__PURE__ */ $constructor("$ZodUnion", (inst, def) => {
  $ZodType.init(inst, def);
  defineLazyInternal(inst, "optin", (zod) => zod.def.options.some((o) => o._zod.optin === "defaulted") ? "defaulted" : zod.def.options.some((o) => o._zod.optin !== void 0) ? "optional" : void 0);
  defineLazyInternal(inst, "optout", (zod) => zod.def.options.some((o) => o._zod.optout === "optional") ? "optional" : void 0);
  defineLazyInternal(inst, "values", (zod) => {
    if (zod.def.options.every((o) => o._zod.values)) {
      return new Set(zod.def.options.flatMap((option) => Array.from(option._zod.values)));
    }
    return void 0;
  });
  defineLazyInternal(inst, "pattern", (zod) => {
    if (zod.def.options.every((o) => o._zod.pattern)) {
      const patterns = zod.def.options.map((o) => o._zod.pattern);
      return new RegExp(`^(${patterns.map((p) => cleanRegex(p.source)).join("|")})$`);
    }
    return void 0;
  });
  const first = def.options.length === 1 ? def.options[0]._zod.run : null;
  inst._zod.parse = (payload, ctx) => {
    if (first) {
      return first(payload, ctx);
    }
    let async = false;
    const results = [];
    for (const option of def.options) {
      const result = option._zod.run({
        value: payload.value,
        issues: []
      }, ctx);
      if (result instanceof Promise) {
        results.push(result);
        async = true;
      } else {
        if (result.issues.length === 0)
          return result;
        results.push(result);
      }
    }
    if (!async)
      return handleUnionResults(results, payload, inst, ctx);
    return Promise.all(results).then((results2) => {
      return handleUnionResults(results2, payload, inst, ctx);
    });
  };
});
function discriminatorMap(def) {
  const map2 = /* @__PURE__ */ new Map();
  for (const option of def.options) {
    const values = option._zod.propValues?.[def.discriminator];
    if (!values || values.size === 0)
      throw new Error(`Invalid discriminated union option at index "${def.options.indexOf(option)}"`);
    for (const value of values) {
      if (map2.has(value)) {
        if (value !== void 0)
          throw new Error(`Duplicate discriminator value "${String(value)}"`);
        map2.set(value, null);
      } else {
        map2.set(value, option);
      }
    }
  }
  return map2;
}
var $ZodDiscriminatedUnion = /* @__PURE__ */ $constructor("$ZodDiscriminatedUnion", (inst, def) => {
  def.inclusive = false;
  $ZodUnion.init(inst, def);
  const _super = inst._zod.parse;
  defineLazyInternal(inst, "propValues", (zod) => {
    const propValues = {};
    let undefinedCount = 0;
    for (const option of zod.def.options) {
      const pv = option._zod.propValues;
      if (!pv || Object.keys(pv).length === 0)
        throw new Error(`Invalid discriminated union option at index "${zod.def.options.indexOf(option)}"`);
      if (pv[zod.def.discriminator]?.has(void 0))
        undefinedCount++;
      for (const [k, v] of Object.entries(pv)) {
        if (!Object.prototype.hasOwnProperty.call(propValues, k)) {
          assignProp(propValues, k, /* @__PURE__ */ new Set());
        }
        for (const val of v) {
          propValues[k].add(val);
        }
      }
    }
    if (!zod.def.unionFallback && undefinedCount > 1)
      propValues[zod.def.discriminator]?.delete(void 0);
    return propValues;
  });
  def.options.forEach((option, i) => {
    const propShape = rawShape(option._zod.def);
    if (propShape && !Object.prototype.hasOwnProperty.call(propShape, def.discriminator)) {
      throw new Error(`Invalid discriminated union option at index "${i}"`);
    }
  });
  const disc = cached2(() => discriminatorMap(def));
  inst._zod.parse = (payload, ctx) => {
    const input = payload.value;
    if (!isObject(input)) {
      payload.issues.push({
        code: "invalid_type",
        expected: "object",
        input,
        inst
      });
      return payload;
    }
    const value = input?.[def.discriminator];
    const opt = disc.value.get(value);
    if (opt && (value !== void 0 || ctx.direction !== "backward")) {
      return opt._zod.run(payload, ctx);
    }
    if (def.unionFallback || ctx.direction === "backward") {
      return _super(payload, ctx);
    }
    payload.issues.push({
      code: "invalid_union",
      errors: [],
      note: "No matching discriminator",
      discriminator: def.discriminator,
      options: Array.from(disc.value.keys()).filter((value2) => disc.value.get(value2) !== null),
      input,
      path: [def.discriminator],
      inst
    });
    return payload;
  };
});
var $ZodEnum = /* @__PURE__ */ $constructor("$ZodEnum", (inst, def) => {
  $ZodType.init(inst, def);
  const values = getEnumValues(def.entries);
  const valuesSet = new Set(values);
  inst._zod.values = valuesSet;
  defineLazyInternal(inst, "pattern", (zod) => {
    const patternValues = getEnumValues(zod.def.entries).filter((k) => propertyKeyTypes.has(typeof k));
    return new RegExp(patternValues.length ? `^(${patternValues.map((o) => escapeRegex(o.toString())).join("|")})$` : "^[^\\s\\S]$");
  });
  inst._zod.parse = (payload, _ctx) => {
    const input = payload.value;
    if (valuesSet.has(input)) {
      return payload;
    }
    payload.issues.push({
      code: "invalid_value",
      values,
      input,
      inst
    });
    return payload;
  };
});
var $ZodLiteral = /* @__PURE__ */ $constructor("$ZodLiteral", (inst, def) => {
  $ZodType.init(inst, def);
  const values = new Set(def.values);
  inst._zod.values = values;
  defineLazyInternal(inst, "pattern", (zod) => {
    const vals = zod.def.values;
    return new RegExp(vals.length ? `^(${vals.map((o) => typeof o === "string" ? escapeRegex(o) : o ? escapeRegex(o.toString()) : String(o)).join("|")})$` : "^[^\\s\\S]$");
  });
  inst._zod.parse = (payload, _ctx) => {
    const input = payload.value;
    if (values.has(input)) {
      return payload;
    }
    payload.issues.push({
      code: "invalid_value",
      values: def.values,
      input,
      inst
    });
    return payload;
  };
});
var $ZodTransform = /* @__PURE__ */ $constructor("$ZodTransform", (inst, def) => {
  $ZodType.init(inst, def);
  inst._zod.optin = "optional";
  globalConfig.memoizer?.guard(inst);
  inst._zod.parse = (payload, ctx) => {
    if (ctx.direction === "backward") {
      throw new $ZodEncodeError(inst.constructor.name);
    }
    const _out = def.transform(payload.value, payload);
    if (ctx.async) {
      const output = _out instanceof Promise ? _out : Promise.resolve(_out);
      return output.then((output2) => {
        payload.value = output2;
        return payload;
      });
    }
    if (_out instanceof Promise) {
      throw new $ZodAsyncError();
    }
    payload.value = _out;
    return payload;
  };
});
function handleOptionalResult(payload, result) {
  payload.value = result.issues.length ? void 0 : result.value;
  return payload;
}
var $ZodOptional = /* @__PURE__ */ $constructor("$ZodOptional", (inst, def) => {
  $ZodType.init(inst, def);
  defineLazyInternal(inst, "optin", (zod) => zod.def.innerType._zod.optin === "defaulted" ? "defaulted" : "optional");
  inst._zod.optout = "optional";
  defineLazyInternal(inst, "values", (zod) => {
    const values = zod.def.innerType._zod.values;
    return values ? /* @__PURE__ */ new Set([...values, void 0]) : void 0;
  });
  defineLazyInternal(inst, "pattern", (zod) => {
    const pattern = zod.def.innerType._zod.pattern;
    return pattern ? new RegExp(`^(${cleanRegex(pattern.source)})?$`) : void 0;
  });
  inst._zod.parse = (payload, ctx) => {
    if (payload.value === void 0) {
      if (def.innerType._zod.optin !== "defaulted")
        return payload;
      const result = def.innerType._zod.run({ value: payload.value, issues: [] }, ctx);
      if (result instanceof Promise)
        return result.then((result2) => handleOptionalResult(payload, result2));
      return handleOptionalResult(payload, result);
    }
    return def.innerType._zod.run(payload, ctx);
  };
});
var $ZodNullable = /* @__PURE__ */ $constructor("$ZodNullable", (inst, def) => {
  $ZodType.init(inst, def);
  defineLazyInternal(inst, "optin", (zod) => zod.def.innerType._zod.optin);
  defineLazyInternal(inst, "optout", (zod) => zod.def.innerType._zod.optout);
  defineLazyInternal(inst, "pattern", (zod) => {
    const pattern = zod.def.innerType._zod.pattern;
    return pattern ? new RegExp(`^(${cleanRegex(pattern.source)}|null)$`) : void 0;
  });
  defineLazyInternal(inst, "values", (zod) => {
    return zod.def.innerType._zod.values ? /* @__PURE__ */ new Set([...zod.def.innerType._zod.values, null]) : void 0;
  });
  inst._zod.parse = (payload, ctx) => {
    if (payload.value === null)
      return payload;
    return def.innerType._zod.run(payload, ctx);
  };
});
var $ZodPipe = /* @__PURE__ */ $constructor("$ZodPipe", (inst, def) => {
  $ZodType.init(inst, def);
  defineLazyInternal(inst, "values", (zod) => zod.def.in._zod.values);
  defineLazyInternal(inst, "optin", (zod) => zod.def.in._zod.optin);
  defineLazyInternal(inst, "optout", (zod) => zod.def.out._zod.optout);
  defineLazyInternal(inst, "propValues", (zod) => zod.def.in._zod.propValues);
  inst._zod.parse = (payload, ctx) => {
    if (ctx.direction === "backward") {
      const right = def.out._zod.run(payload, ctx);
      if (right instanceof Promise) {
        return right.then((right2) => handlePipeResult(right2, def.in, ctx));
      }
      return handlePipeResult(right, def.in, ctx);
    }
    const left = def.in._zod.run(payload, ctx);
    if (left instanceof Promise) {
      return left.then((left2) => handlePipeResult(left2, def.out, ctx));
    }
    return handlePipeResult(left, def.out, ctx);
  };
});
function handlePipeResult(left, next, ctx) {
  if (left.issues.some((iss) => iss.code !== "unrecognized_keys")) {
    left.aborted = true;
    return left;
  }
  return next._zod.run({ value: left.value, issues: left.issues }, ctx);
}
var $ZodCustom = /* @__PURE__ */ $constructor("$ZodCustom", (inst, def) => {
  $ZodCheck.init(inst, def);
  $ZodType.init(inst, def);
  inst._zod.parse = (payload, _) => {
    return payload;
  };
  inst._zod.check = (payload) => {
    const input = payload.value;
    const r = def.fn(input);
    if (r instanceof Promise) {
      return r.then((r2) => handleRefineResult(r2, payload, input, inst));
    }
    handleRefineResult(r, payload, input, inst);
    return;
  };
});
function handleRefineResult(result, payload, input, inst) {
  if (!result) {
    const _iss = {
      code: "custom",
      input,
      inst,
      // incorporates params.error into issue reporting
      path: [...inst._zod.def.path ?? []],
      // incorporates params.error into issue reporting
      continue: !inst._zod.def.abort
      // params: inst._zod.def.params,
    };
    if (inst._zod.def.params)
      _iss.params = inst._zod.def.params;
    payload.issues.push(issue(_iss));
  }
}

// node_modules/zod/v4/locales/en.js
var error = () => {
  const Sizable = {
    string: { unit: "characters", verb: "to have" },
    file: { unit: "bytes", verb: "to have" },
    array: { unit: "items", verb: "to have" },
    set: { unit: "items", verb: "to have" },
    map: { unit: "entries", verb: "to have" }
  };
  function getSizing(origin) {
    return Sizable[origin] ?? null;
  }
  const FormatDictionary = {
    regex: "input",
    email: "email address",
    url: "URL",
    emoji: "emoji",
    uuid: "UUID",
    uuidv4: "UUIDv4",
    uuidv6: "UUIDv6",
    nanoid: "nanoid",
    guid: "GUID",
    cuid: "cuid",
    cuid2: "cuid2",
    ulid: "ULID",
    xid: "XID",
    ksuid: "KSUID",
    datetime: "ISO datetime",
    date: "ISO date",
    time: "ISO time",
    duration: "ISO duration",
    ipv4: "IPv4 address",
    ipv6: "IPv6 address",
    mac: "MAC address",
    cidrv4: "IPv4 range",
    cidrv6: "IPv6 range",
    base64: "base64-encoded string",
    base64url: "base64url-encoded string",
    json_string: "JSON string",
    e164: "E.164 number",
    currency_code: "currency code",
    credit_card: "credit card number",
    iban: "IBAN",
    jwt: "JWT",
    template_literal: "input"
  };
  const TypeDictionary = {
    // Compatibility: "nan" -> "NaN" for display
    nan: "NaN"
    // All other type names omitted - they fall back to raw values via ?? operator
  };
  function getTypeName(type2, input) {
    if (type2 === "number" && typeof input === "number" && !Number.isFinite(input)) {
      return String(input);
    }
    return TypeDictionary[type2] ?? type2;
  }
  return (issue2) => {
    switch (issue2.code) {
      case "invalid_type": {
        const expected = getTypeName(issue2.expected);
        const receivedType = parsedType(issue2.input);
        const received = getTypeName(receivedType, issue2.input);
        return `Invalid input: expected ${expected}, received ${received}`;
      }
      case "invalid_value":
        if (issue2.values.length === 1)
          return `Invalid input: expected ${stringifyPrimitive(issue2.values[0])}`;
        return `Invalid option: expected one of ${joinValues(issue2.values, "|")}`;
      case "too_big": {
        const adj = issue2.exact ? "exactly " : issue2.inclusive ? "<=" : "<";
        const sizing = getSizing(issue2.origin);
        if (sizing)
          return `Too big: expected ${issue2.origin ?? "value"} to have ${adj}${issue2.maximum.toString()} ${sizing.unit ?? "elements"}`;
        return `Too big: expected ${issue2.origin ?? "value"} to be ${adj}${issue2.maximum.toString()}`;
      }
      case "too_small": {
        const adj = issue2.exact ? "exactly " : issue2.inclusive ? ">=" : ">";
        const sizing = getSizing(issue2.origin);
        if (sizing) {
          return `Too small: expected ${issue2.origin} to have ${adj}${issue2.minimum.toString()} ${sizing.unit}`;
        }
        return `Too small: expected ${issue2.origin} to be ${adj}${issue2.minimum.toString()}`;
      }
      case "invalid_format": {
        const _issue = issue2;
        if (_issue.format === "starts_with") {
          return `Invalid string: must start with "${_issue.prefix}"`;
        }
        if (_issue.format === "ends_with")
          return `Invalid string: must end with "${_issue.suffix}"`;
        if (_issue.format === "includes")
          return `Invalid string: must include "${_issue.includes}"`;
        if (_issue.format === "regex")
          return `Invalid string: must match pattern ${_issue.pattern}`;
        return `Invalid ${FormatDictionary[_issue.format] ?? issue2.format}`;
      }
      case "not_multiple_of":
        return `Invalid number: must be a multiple of ${issue2.divisor}`;
      case "unrecognized_keys":
        return `Unrecognized key${issue2.keys.length > 1 ? "s" : ""}: ${joinValues(issue2.keys, ", ")}`;
      case "invalid_key":
        return `Invalid key in ${issue2.origin}`;
      case "invalid_union":
        if (issue2.options && Array.isArray(issue2.options) && issue2.options.length > 0) {
          const opts = issue2.options.map((o) => `'${o}'`).join(" | ");
          return `Invalid discriminator value. Expected ${opts}`;
        }
        if (issue2.inclusive === false) {
          return "Invalid input: more than one option matched";
        }
        return "Invalid input";
      case "invalid_element":
        return `Invalid value in ${issue2.origin}`;
      default:
        return `Invalid input`;
    }
  };
};
function en_default() {
  return {
    localeError: error()
  };
}

// node_modules/zod/v4/core/registries.js
var _a2;
var $ZodRegistry = class {
  constructor() {
    this._map = /* @__PURE__ */ new WeakMap();
    this._idmap = /* @__PURE__ */ new Map();
  }
  add(schema2, ..._meta) {
    const meta2 = _meta[0];
    this._map.set(schema2, meta2);
    if (meta2 && typeof meta2 === "object" && "id" in meta2) {
      this._idmap.set(meta2.id, schema2);
    }
    return this;
  }
  clear() {
    this._map = /* @__PURE__ */ new WeakMap();
    this._idmap = /* @__PURE__ */ new Map();
    return this;
  }
  remove(schema2) {
    const meta2 = this._map.get(schema2);
    if (meta2 && typeof meta2 === "object" && "id" in meta2) {
      this._idmap.delete(meta2.id);
    }
    this._map.delete(schema2);
    return this;
  }
  get(schema2) {
    const p = schema2._zod.parent;
    if (p) {
      const pm = { ...this.get(p) ?? {} };
      delete pm.id;
      const f = { ...pm, ...this._map.get(schema2) };
      return Object.keys(f).length ? f : void 0;
    }
    return this._map.get(schema2);
  }
  has(schema2) {
    return this._map.has(schema2);
  }
};
function registry() {
  return new $ZodRegistry();
}
(_a2 = globalThis).__zod_globalRegistry ?? (_a2.__zod_globalRegistry = registry());
var globalRegistry = globalThis.__zod_globalRegistry;

// node_modules/zod/v4/core/api.js
function snapshotChecks(def) {
  if (def.checks)
    def.checks = [...def.checks];
  return def;
}
// @__NO_SIDE_EFFECTS__
function _string(Class, params) {
  return new Class(snapshotChecks({ type: "string", ...normalizeParams(params) }));
}
// @__NO_SIDE_EFFECTS__
function _number(Class, params) {
  return new Class(snapshotChecks({ type: "number", checks: [], ...normalizeParams(params) }));
}
// @__NO_SIDE_EFFECTS__
function _int(Class, params) {
  return new Class({
    type: "number",
    check: "number_format",
    abort: false,
    format: "safeint",
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _unknown(Class) {
  return new Class({
    type: "unknown"
  });
}
// @__NO_SIDE_EFFECTS__
function _never(Class, params) {
  return new Class({
    type: "never",
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _lte(value, params) {
  return new $ZodCheckLessThan({
    check: "less_than",
    ...normalizeParams(params),
    value,
    inclusive: true
  });
}
// @__NO_SIDE_EFFECTS__
function _gte(value, params) {
  return new $ZodCheckGreaterThan({
    check: "greater_than",
    ...normalizeParams(params),
    value,
    inclusive: true
  });
}
// @__NO_SIDE_EFFECTS__
function _minLength(minimum, params) {
  return new $ZodCheckMinLength({
    check: "min_length",
    ...normalizeParams(params),
    minimum
  });
}
// @__NO_SIDE_EFFECTS__
function _overwrite(tx) {
  return new $ZodCheckOverwrite({
    check: "overwrite",
    tx
  });
}
// @__NO_SIDE_EFFECTS__
function _trim() {
  return /* @__PURE__ */ _overwrite((input) => input.trim());
}
// @__NO_SIDE_EFFECTS__
function _refine(Class, fn, _params) {
  const schema2 = new Class({
    type: "custom",
    check: "custom",
    fn,
    ...normalizeParams(_params)
  });
  return schema2;
}

// node_modules/zod/v4/core/to-json-schema.js
function assignProps(target, ...sources) {
  for (const source of sources) {
    for (const key of Reflect.ownKeys(source)) {
      if (Object.prototype.propertyIsEnumerable.call(source, key)) {
        assignProp(target, key, source[key]);
      }
    }
  }
  return target;
}
function initializeContext(params) {
  let target = params?.target ?? "draft-2020-12";
  if (target === "draft-4")
    target = "draft-04";
  if (target === "draft-7")
    target = "draft-07";
  return {
    processors: params.processors ?? {},
    metadataRegistry: params?.metadata ?? globalRegistry,
    target,
    unrepresentable: params?.unrepresentable ?? "throw",
    override: params?.override ?? (() => {
    }),
    io: params?.io ?? "output",
    counter: 0,
    seen: /* @__PURE__ */ new Map(),
    sharedDefsExtractedFor: void 0,
    sharedEmitDoneFor: void 0,
    cycles: params?.cycles ?? "ref",
    reused: params?.reused ?? "inline",
    intersections: [],
    deferred: [],
    external: params?.external ?? void 0
  };
}
function handleUnrepresentable(schema2, ctx, json2, params, message) {
  const result = typeof ctx.unrepresentable === "function" ? ctx.unrepresentable({ zodSchema: schema2, path: params.path, message }) : ctx.unrepresentable;
  if (result === "any")
    return false;
  if (result === void 0 || result === "throw")
    throw new Error(message);
  Object.assign(json2, result);
  return true;
}
function processSchema(schema2, ctx, _params = { path: [], schemaPath: [] }) {
  var _a3;
  const def = schema2._zod.def;
  const seen = ctx.seen.get(schema2);
  if (seen) {
    seen.count++;
    const isCycle = _params.schemaPath.includes(schema2);
    if (isCycle) {
      seen.cycle = _params.path;
    }
    return seen.schema;
  }
  const result = { schema: {}, count: 1, cycle: void 0, path: _params.path };
  ctx.seen.set(schema2, result);
  ctx.sharedDefsExtractedFor = void 0;
  ctx.sharedEmitDoneFor = void 0;
  const overrideSchema = schema2._zod.toJSONSchema?.();
  if (overrideSchema) {
    result.schema = overrideSchema;
  } else {
    const params = {
      ..._params,
      schemaPath: [..._params.schemaPath, schema2],
      path: _params.path
    };
    if (schema2._zod.processJSONSchema) {
      schema2._zod.processJSONSchema(ctx, result.schema, params);
    } else {
      const _json = result.schema;
      const processor = ctx.processors[def.type];
      if (!processor) {
        throw new Error(`[toJSONSchema]: Non-representable type encountered: ${def.type}`);
      }
      processor(schema2, ctx, _json, params);
    }
    const parent = schema2._zod.parent;
    if (parent) {
      if (!result.ref)
        result.ref = parent;
      processSchema(parent, ctx, params);
      ctx.seen.get(parent).isParent = true;
    }
  }
  const meta2 = ctx.metadataRegistry.get(schema2);
  if (meta2)
    assignProps(result.schema, meta2);
  if (ctx.io === "input" && isTransforming(schema2)) {
    delete result.schema.examples;
    delete result.schema.default;
  }
  if (ctx.io === "input" && "_prefault" in result.schema)
    (_a3 = result.schema).default ?? (_a3.default = result.schema._prefault);
  delete result.schema._prefault;
  const _result = ctx.seen.get(schema2);
  return _result.schema;
}
function encodeJSONPointerSegment(segment) {
  return segment.replace(/~/g, "~0").replace(/\//g, "~1");
}
function extractDefs(ctx, schema2) {
  const root = ctx.seen.get(schema2);
  if (!root)
    throw new Error("Unprocessed schema. This is a bug in Zod.");
  if (ctx.external && ctx.sharedDefsExtractedFor === ctx.external)
    return;
  const idToSchema = /* @__PURE__ */ new Map();
  for (const entry of ctx.seen.entries()) {
    const id = ctx.metadataRegistry.get(entry[0])?.id;
    if (id) {
      const existing = idToSchema.get(id);
      if (existing && existing !== entry[0]) {
        throw new Error(`Duplicate schema id "${id}" detected during JSON Schema conversion. Two different schemas cannot share the same id when converted together.`);
      }
      idToSchema.set(id, entry[0]);
    }
  }
  const makeURI = (entry) => {
    const defsSegment = ctx.target === "draft-2020-12" ? "$defs" : "definitions";
    if (ctx.external) {
      const externalId = ctx.external.registry.get(entry[0])?.id;
      const uriGenerator = ctx.external.uri ?? ((id2) => id2);
      if (externalId) {
        return { ref: uriGenerator(externalId) };
      }
      const id = entry[1].defId ?? entry[1].schema.id ?? `schema${ctx.counter++}`;
      entry[1].defId = id;
      return { defId: id, ref: `${uriGenerator("__shared")}#/${defsSegment}/${encodeJSONPointerSegment(id)}` };
    }
    const uriPrefix = `#`;
    const defUriPrefix = `${uriPrefix}/${defsSegment}/`;
    if (entry[1] === root && !entry[1].schema.id) {
      return { ref: uriPrefix };
    }
    const defId = entry[1].schema.id ?? `__schema${ctx.counter++}`;
    return { defId, ref: defUriPrefix + encodeJSONPointerSegment(defId) };
  };
  const extractToDef = (entry) => {
    if (entry[1].schema.$ref) {
      return;
    }
    const seen = entry[1];
    const { ref, defId } = makeURI(entry);
    seen.def = { ...seen.schema };
    if (defId)
      seen.defId = defId;
    const schema3 = seen.schema;
    for (const key in schema3) {
      delete schema3[key];
    }
    schema3.$ref = ref;
  };
  if (ctx.cycles === "throw") {
    for (const entry of ctx.seen.entries()) {
      const seen = entry[1];
      if (seen.cycle) {
        throw new Error(`Cycle detected: #/${seen.cycle?.join("/")}/<root>

Set the \`cycles\` parameter to \`"ref"\` to resolve cyclical schemas with defs.`);
      }
    }
  }
  for (const entry of ctx.seen.entries()) {
    const seen = entry[1];
    if (schema2 === entry[0]) {
      extractToDef(entry);
      continue;
    }
    if (ctx.external) {
      const ext = ctx.external.registry.get(entry[0])?.id;
      if (schema2 !== entry[0] && ext) {
        extractToDef(entry);
        continue;
      }
    }
    const id = ctx.metadataRegistry.get(entry[0])?.id;
    if (id) {
      extractToDef(entry);
      continue;
    }
    if (seen.cycle) {
      extractToDef(entry);
      continue;
    }
    if (seen.count > 1) {
      if (ctx.reused === "ref") {
        extractToDef(entry);
      }
    }
  }
  if (ctx.external)
    ctx.sharedDefsExtractedFor = ctx.external;
}
function compactTypeUnion(schema2) {
  const options = schema2.anyOf;
  if (!Array.isArray(options) || options.length === 0 || schema2.type !== void 0)
    return;
  const types2 = [];
  for (const option of options) {
    if (!option || typeof option !== "object")
      return;
    compactTypeUnion(option);
    const keys = Object.keys(option);
    if (keys.length !== 1 || keys[0] !== "type")
      return;
    const type2 = option.type;
    for (const member of Array.isArray(type2) ? type2 : [type2]) {
      if (typeof member !== "string")
        return;
      if (!types2.includes(member))
        types2.push(member);
    }
  }
  delete schema2.anyOf;
  schema2.type = types2.length === 1 ? types2[0] : types2;
}
var FOLDABLE_KEYS = /* @__PURE__ */ new Set(["type", "properties", "required", "additionalProperties"]);
var UNION_KEYS = ["oneOf", "anyOf"];
function undeclaredConstraint(member) {
  const extra = member.additionalProperties;
  if (extra === void 0 || extra === false || typeof extra !== "object" || extra === null)
    return null;
  return Object.keys(extra).length ? extra : null;
}
function foldObjects(members2) {
  const objects2 = [];
  for (const member of members2) {
    if (typeof member !== "object" || member.type !== "object")
      return null;
    for (const key in member) {
      if (!FOLDABLE_KEYS.has(key))
        return null;
    }
    objects2.push(member);
  }
  const properties = {};
  const required2 = /* @__PURE__ */ new Set();
  for (const object of objects2) {
    for (const key in object.properties) {
      if (Object.prototype.hasOwnProperty.call(properties, key))
        continue;
      const parts = [];
      for (const other of objects2) {
        const part = other.properties?.[key] ?? undeclaredConstraint(other);
        if (part === null || part === void 0)
          continue;
        if (!parts.some((seen) => JSON.stringify(seen) === JSON.stringify(part)))
          parts.push(part);
      }
      const merged = parts.length === 1 ? parts[0] : foldObjects(parts) ?? { allOf: parts };
      assignProp(properties, key, merged);
    }
    for (const key of object.required ?? [])
      required2.add(key);
  }
  const folded = { type: "object", properties };
  if (required2.size)
    folded.required = [...required2];
  if (objects2.every((object) => object.additionalProperties === false)) {
    folded.additionalProperties = false;
  } else {
    const constraints = [];
    for (const object of objects2) {
      const constraint = undeclaredConstraint(object);
      if (constraint && !constraints.some((seen) => JSON.stringify(seen) === JSON.stringify(constraint)))
        constraints.push(constraint);
    }
    if (constraints.length === 1)
      folded.additionalProperties = constraints[0];
    else if (constraints.length > 1)
      folded.additionalProperties = { allOf: constraints };
  }
  return folded;
}
function foldIntersection(json2) {
  const allOf = json2.allOf;
  if (!Array.isArray(allOf) || allOf.length < 2)
    return;
  for (const key of FOLDABLE_KEYS)
    if (key in json2)
      return;
  const unions = allOf.filter((m) => UNION_KEYS.some((k) => Array.isArray(m[k])));
  let folded = null;
  if (!unions.length) {
    folded = foldObjects(allOf);
  } else {
    const union2 = unions[0];
    const keyword = UNION_KEYS.find((k) => Array.isArray(union2[k]));
    if (Object.keys(union2).length !== 1)
      return;
    const rest = allOf.filter((m) => m !== union2);
    const branches = union2[keyword].map((branch) => foldObjects([...rest, branch]));
    if (branches.some((b) => !b))
      return;
    folded = { [keyword]: branches };
  }
  if (!folded)
    return;
  delete json2.allOf;
  assignProps(json2, folded);
}
function finalize(ctx, schema2) {
  const root = ctx.seen.get(schema2);
  if (!root)
    throw new Error("Unprocessed schema. This is a bug in Zod.");
  const flattenRef = (zodSchema) => {
    const seen = ctx.seen.get(zodSchema);
    if (seen.ref === null)
      return;
    const schema3 = seen.def ?? seen.schema;
    const _cached = { ...schema3 };
    const ref = seen.ref;
    seen.ref = null;
    if (ref) {
      flattenRef(ref);
      const refSeen = ctx.seen.get(ref);
      const refSchema = refSeen.schema;
      if (refSchema.$ref && (ctx.target === "draft-07" || ctx.target === "draft-04" || ctx.target === "openapi-3.0")) {
        schema3.allOf = schema3.allOf ?? [];
        schema3.allOf.push(refSchema);
      } else {
        assignProps(schema3, refSchema);
      }
      assignProps(schema3, _cached);
      const isParentRef = zodSchema._zod.parent === ref;
      if (isParentRef) {
        for (const key in schema3) {
          if (key === "$ref" || key === "allOf")
            continue;
          if (!(key in _cached)) {
            delete schema3[key];
          }
        }
      }
      if (refSchema.$ref && refSeen.def) {
        for (const key in schema3) {
          if (key === "$ref" || key === "allOf")
            continue;
          if (key in refSeen.def && JSON.stringify(schema3[key]) === JSON.stringify(refSeen.def[key])) {
            delete schema3[key];
          }
        }
      }
    }
    const parent = zodSchema._zod.parent;
    if (parent && parent !== ref) {
      flattenRef(parent);
      const parentSeen = ctx.seen.get(parent);
      if (parentSeen?.schema.$ref) {
        schema3.$ref = parentSeen.schema.$ref;
        if (parentSeen.def) {
          for (const key in schema3) {
            if (key === "$ref" || key === "allOf")
              continue;
            if (key in parentSeen.def && JSON.stringify(schema3[key]) === JSON.stringify(parentSeen.def[key])) {
              delete schema3[key];
            }
          }
        }
      }
    }
    ctx.override({
      zodSchema,
      jsonSchema: schema3,
      path: seen.path ?? []
    });
  };
  if (!ctx.external || ctx.sharedEmitDoneFor !== ctx.external) {
    for (const entry of [...ctx.seen.entries()].reverse()) {
      flattenRef(entry[0]);
    }
    if (ctx.target !== "openapi-3.0") {
      for (const entry of ctx.seen.entries()) {
        compactTypeUnion(entry[1].def ?? entry[1].schema);
      }
    }
    for (const rewrite of ctx.deferred)
      rewrite();
    if (ctx.intersections.length) {
      const carriers = /* @__PURE__ */ new Map();
      for (const seen of ctx.seen.values()) {
        for (const json2 of [seen.schema, seen.def]) {
          const allOf = json2?.allOf;
          if (!Array.isArray(allOf))
            continue;
          const existing = carriers.get(allOf);
          if (existing)
            existing.push(json2);
          else
            carriers.set(allOf, [json2]);
        }
      }
      for (const allOf of ctx.intersections) {
        for (const json2 of carriers.get(allOf) ?? [])
          foldIntersection(json2);
      }
    }
  }
  const result = {};
  if (ctx.target === "draft-2020-12") {
    result.$schema = "https://json-schema.org/draft/2020-12/schema";
  } else if (ctx.target === "draft-07") {
    result.$schema = "http://json-schema.org/draft-07/schema#";
  } else if (ctx.target === "draft-04") {
    result.$schema = "http://json-schema.org/draft-04/schema#";
  } else if (ctx.target === "openapi-3.0") {
  } else {
  }
  if (ctx.external?.uri) {
    const id = ctx.external.registry.get(schema2)?.id;
    if (!id)
      throw new Error("Schema is missing an `id` property");
    result.$id = ctx.external.uri(id);
  }
  assignProps(result, root.defId ? root.schema : root.def ?? root.schema);
  const rootMetaId = ctx.metadataRegistry.get(schema2)?.id;
  if (rootMetaId !== void 0 && result.id === rootMetaId)
    delete result.id;
  const defs = ctx.external?.defs ?? {};
  if (!ctx.external || ctx.sharedEmitDoneFor !== ctx.external) {
    for (const entry of ctx.seen.entries()) {
      const seen = entry[1];
      if (seen.def && seen.defId) {
        if (seen.def.id === seen.defId)
          delete seen.def.id;
        assignProp(defs, seen.defId, seen.def);
      }
    }
  }
  if (ctx.external)
    ctx.sharedEmitDoneFor = ctx.external;
  if (ctx.external) {
  } else {
    if (Object.keys(defs).length > 0) {
      if (ctx.target === "draft-2020-12") {
        result.$defs = defs;
      } else {
        result.definitions = defs;
      }
    }
  }
  try {
    const finalized = JSON.parse(JSON.stringify(result));
    Object.defineProperty(finalized, "~standard", {
      value: {
        ...schema2["~standard"],
        jsonSchema: {
          input: createStandardJSONSchemaMethod(schema2, "input", ctx.processors),
          output: createStandardJSONSchemaMethod(schema2, "output", ctx.processors)
        }
      },
      enumerable: false,
      writable: false
    });
    return finalized;
  } catch (_err) {
    throw new Error("Error converting schema to JSON.");
  }
}
function isTransforming(_schema, _ctx) {
  const ctx = _ctx ?? { seen: /* @__PURE__ */ new Set() };
  if (ctx.seen.has(_schema))
    return false;
  ctx.seen.add(_schema);
  const def = _schema._zod.def;
  if (def.type === "transform")
    return true;
  if (def.type === "array")
    return isTransforming(def.element, ctx);
  if (def.type === "set")
    return isTransforming(def.valueType, ctx);
  if (def.type === "lazy")
    return isTransforming(def.getter(), ctx);
  if (def.type === "promise" || def.type === "optional" || def.type === "nonoptional" || def.type === "nullable" || def.type === "readonly" || def.type === "default" || def.type === "prefault" || def.type === "catch") {
    return isTransforming(def.innerType, ctx);
  }
  if (def.type === "intersection") {
    return isTransforming(def.left, ctx) || isTransforming(def.right, ctx);
  }
  if (def.type === "record" || def.type === "map") {
    return isTransforming(def.keyType, ctx) || isTransforming(def.valueType, ctx);
  }
  if (def.type === "pipe") {
    if (_schema._zod.traits.has("$ZodCodec"))
      return true;
    return isTransforming(def.in, ctx) || isTransforming(def.out, ctx);
  }
  if (def.type === "object") {
    for (const key in def.shape) {
      if (isTransforming(def.shape[key], ctx))
        return true;
    }
    return false;
  }
  if (def.type === "union") {
    for (const option of def.options) {
      if (isTransforming(option, ctx))
        return true;
    }
    return false;
  }
  if (def.type === "tuple") {
    for (const item of def.items) {
      if (isTransforming(item, ctx))
        return true;
    }
    if (def.rest && isTransforming(def.rest, ctx))
      return true;
    return false;
  }
  return false;
}
var createStandardJSONSchemaMethod = (schema2, io, processors = {}) => (params) => {
  const { libraryOptions, target } = params ?? {};
  const ctx = initializeContext({ ...libraryOptions ?? {}, target, io, processors });
  processSchema(schema2, ctx);
  extractDefs(ctx, schema2);
  return finalize(ctx, schema2);
};

// node_modules/zod/v4/core/json-schema-processors.js
var narrowMin = (agg, key, value) => {
  if (agg[key] === void 0 || value > agg[key])
    agg[key] = value;
};
var narrowMax = (agg, key, value) => {
  if (agg[key] === void 0 || value < agg[key])
    agg[key] = value;
};
var narrowBoth = (agg, value) => {
  narrowMin(agg, "minimum", value);
  narrowMax(agg, "maximum", value);
};
var addDivisor = (agg, value) => {
  agg.multipleOf ?? (agg.multipleOf = []);
  if (!agg.multipleOf.includes(value))
    agg.multipleOf.push(value);
};
var addPattern = (agg, pattern) => {
  agg.patterns ?? (agg.patterns = /* @__PURE__ */ new Set());
  agg.patterns.add(pattern);
};
var intersectMime = (agg, mime) => {
  agg.mime = agg.mime ? agg.mime.filter((m) => mime.includes(m)) : [...mime];
};
var setFormat = (agg, format) => {
  agg.format = format;
  if (format.includes("int"))
    agg.isInt = true;
};
var minContributor = (agg, def) => narrowMin(agg, "minimum", def.minimum);
var maxContributor = (agg, def) => narrowMax(agg, "maximum", def.maximum);
var formatContributor = (ranges) => (agg, def) => {
  setFormat(agg, def.format);
  const [minimum, maximum] = ranges[def.format];
  narrowMin(agg, "minimum", minimum);
  narrowMax(agg, "maximum", maximum);
};
var contributors = {
  greater_than: (agg, def) => narrowMin(agg, def.inclusive ? "minimum" : "exclusiveMinimum", def.value),
  less_than: (agg, def) => narrowMax(agg, def.inclusive ? "maximum" : "exclusiveMaximum", def.value),
  multiple_of: (agg, def) => addDivisor(agg, def.value),
  number_format: formatContributor(NUMBER_FORMAT_RANGES),
  bigint_format: formatContributor(BIGINT_FORMAT_RANGES),
  min_length: minContributor,
  max_length: maxContributor,
  length_equals: (agg, def) => narrowBoth(agg, def.length),
  min_size: minContributor,
  max_size: maxContributor,
  size_equals: (agg, def) => narrowBoth(agg, def.size),
  string_format: (agg, def) => {
    setFormat(agg, def.format);
    if (def.pattern)
      addPattern(agg, def.pattern);
    if (def.format === "base64" || def.format === "base64url")
      agg.contentEncoding = def.format;
    if (def.local || def.precision === -1)
      agg.laxFormat = true;
  },
  mime_type: (agg, def) => intersectMime(agg, def.mime)
};
function aggregateChecks(schema2) {
  const agg = {};
  const def = schema2._zod.def;
  const list = schema2._zod.traits.has("$ZodCheck") ? [schema2, ...def.checks ?? []] : def.checks ?? [];
  for (const ch of list)
    contributors[ch._zod.def.check]?.(agg, ch._zod.def);
  const bag = schema2._zod.bag;
  if (bag.minimum !== void 0)
    narrowMin(agg, "minimum", bag.minimum);
  if (bag.exclusiveMinimum !== void 0)
    narrowMin(agg, "exclusiveMinimum", bag.exclusiveMinimum);
  if (bag.maximum !== void 0)
    narrowMax(agg, "maximum", bag.maximum);
  if (bag.exclusiveMaximum !== void 0)
    narrowMax(agg, "exclusiveMaximum", bag.exclusiveMaximum);
  if (bag.multipleOf !== void 0)
    addDivisor(agg, bag.multipleOf);
  if (bag.format !== void 0) {
    agg.format ?? (agg.format = bag.format);
    if (bag.format.includes("int"))
      agg.isInt = true;
  }
  if (bag.mime)
    intersectMime(agg, bag.mime);
  for (const pattern of bag.patterns ?? [])
    addPattern(agg, pattern);
  return agg;
}
var formatMap = {
  guid: "uuid",
  url: "uri",
  datetime: "date-time",
  json_string: "json-string",
  regex: ""
  // do not set
};
var exactPatterns = /* @__PURE__ */ new Map([
  [base64Charset, base64],
  [base64urlCharset, base64url]
]);
var exactPattern = (p) => exactPatterns.get(p) ?? p;
var stringProcessor = (schema2, ctx, _json, _params) => {
  const json2 = _json;
  json2.type = "string";
  const { minimum, maximum, format, patterns, contentEncoding, laxFormat } = aggregateChecks(schema2);
  if (typeof minimum === "number")
    json2.minLength = minimum;
  if (typeof maximum === "number")
    json2.maxLength = maximum;
  if (format) {
    json2.format = formatMap[format] ?? format;
    if (json2.format === "")
      delete json2.format;
    if (format === "time" || laxFormat) {
      delete json2.format;
    }
  }
  if (contentEncoding)
    json2.contentEncoding = contentEncoding;
  if (patterns && patterns.size > 0) {
    const patternList = [...patterns].map(exactPattern);
    if (patternList.length === 1)
      json2.pattern = patternList[0].source;
    else if (patternList.length > 1) {
      json2.allOf = [
        ...patternList.map((regex) => ({
          ...ctx.target === "draft-07" || ctx.target === "draft-04" || ctx.target === "openapi-3.0" ? { type: "string" } : {},
          pattern: regex.source
        }))
      ];
    }
  }
};
var numberProcessor = (schema2, ctx, _json, params) => {
  const json2 = _json;
  const { minimum, maximum, multipleOf, exclusiveMaximum, exclusiveMinimum, isInt } = aggregateChecks(schema2);
  json2.type = isInt ? "integer" : "number";
  const exMin = typeof exclusiveMinimum === "number" && exclusiveMinimum >= (minimum ?? Number.NEGATIVE_INFINITY);
  const exMax = typeof exclusiveMaximum === "number" && exclusiveMaximum <= (maximum ?? Number.POSITIVE_INFINITY);
  const legacy = ctx.target === "draft-04" || ctx.target === "openapi-3.0";
  if (exMin) {
    if (legacy) {
      json2.minimum = exclusiveMinimum;
      json2.exclusiveMinimum = true;
    } else {
      json2.exclusiveMinimum = exclusiveMinimum;
    }
  } else if (typeof minimum === "number") {
    json2.minimum = minimum;
  }
  if (exMax) {
    if (legacy) {
      json2.maximum = exclusiveMaximum;
      json2.exclusiveMaximum = true;
    } else {
      json2.exclusiveMaximum = exclusiveMaximum;
    }
  } else if (typeof maximum === "number") {
    json2.maximum = maximum;
  }
  if (multipleOf) {
    const divisors = /* @__PURE__ */ new Set();
    for (const divisor of multipleOf) {
      if (Number.isFinite(divisor) && divisor !== 0)
        divisors.add(Math.abs(divisor));
      else
        handleUnrepresentable(schema2, ctx, json2, params, `A multipleOf divisor of ${divisor} cannot be represented in JSON Schema`);
    }
    const [first, ...rest] = divisors;
    if (first !== void 0)
      json2.multipleOf = first;
    if (rest.length)
      json2.allOf = [...json2.allOf ?? [], ...rest.map((m) => ({ multipleOf: m }))];
  }
};
var booleanProcessor = (_schema, _ctx, json2, _params) => {
  json2.type = "boolean";
};
var bigintProcessor = (schema2, ctx, json2, params) => {
  handleUnrepresentable(schema2, ctx, json2, params, "BigInt cannot be represented in JSON Schema");
};
var symbolProcessor = (schema2, ctx, json2, params) => {
  handleUnrepresentable(schema2, ctx, json2, params, "Symbols cannot be represented in JSON Schema");
};
var nullProcessor = (_schema, ctx, json2, _params) => {
  if (ctx.target === "openapi-3.0") {
    json2.type = "string";
    json2.nullable = true;
    json2.enum = [null];
  } else {
    json2.type = "null";
  }
};
var undefinedProcessor = (schema2, ctx, json2, params) => {
  handleUnrepresentable(schema2, ctx, json2, params, "Undefined cannot be represented in JSON Schema");
};
var voidProcessor = (schema2, ctx, json2, params) => {
  handleUnrepresentable(schema2, ctx, json2, params, "Void cannot be represented in JSON Schema");
};
var neverProcessor = (_schema, _ctx, json2, _params) => {
  json2.not = {};
};
var anyProcessor = (_schema, _ctx, _json, _params) => {
};
var unknownProcessor = (_schema, _ctx, _json, _params) => {
};
var dateProcessor = (schema2, ctx, json2, params) => {
  handleUnrepresentable(schema2, ctx, json2, params, "Date cannot be represented in JSON Schema");
};
var enumProcessor = (schema2, _ctx, json2, _params) => {
  const def = schema2._zod.def;
  const values = getEnumValues(def.entries);
  if (values.length === 0) {
    json2.not = {};
    return;
  }
  if (values.every((v) => typeof v === "number"))
    json2.type = "number";
  if (values.every((v) => typeof v === "string"))
    json2.type = "string";
  json2.enum = values;
};
var literalProcessor = (schema2, ctx, json2, params) => {
  const def = schema2._zod.def;
  if (def.values.length === 0) {
    json2.not = {};
    return;
  }
  const vals = [];
  for (const val of def.values) {
    if (val === void 0) {
      if (handleUnrepresentable(schema2, ctx, json2, params, "Literal `undefined` cannot be represented in JSON Schema"))
        return;
    } else if (typeof val === "bigint") {
      if (handleUnrepresentable(schema2, ctx, json2, params, "BigInt literals cannot be represented in JSON Schema"))
        return;
      vals.push(Number(val));
    } else {
      vals.push(val);
    }
  }
  if (vals.length === 0) {
  } else if (vals.length === 1) {
    const val = vals[0];
    json2.type = val === null ? "null" : typeof val;
    if (ctx.target === "draft-04" || ctx.target === "openapi-3.0") {
      json2.enum = [val];
    } else {
      json2.const = val;
    }
  } else {
    if (vals.every((v) => typeof v === "number"))
      json2.type = "number";
    if (vals.every((v) => typeof v === "string"))
      json2.type = "string";
    if (vals.every((v) => typeof v === "boolean"))
      json2.type = "boolean";
    if (vals.every((v) => v === null))
      json2.type = "null";
    json2.enum = vals;
  }
};
var nanProcessor = (schema2, ctx, json2, params) => {
  handleUnrepresentable(schema2, ctx, json2, params, "NaN cannot be represented in JSON Schema");
};
var templateLiteralProcessor = (schema2, _ctx, json2, _params) => {
  const _json = json2;
  const pattern = schema2._zod.pattern;
  if (!pattern)
    throw new Error("Pattern not found in template literal");
  _json.type = "string";
  _json.pattern = pattern.source;
};
var fileProcessor = (schema2, _ctx, json2, _params) => {
  const _json = json2;
  _json.type = "string";
  _json.format = "binary";
  _json.contentEncoding = "binary";
  const { minimum, maximum, mime } = aggregateChecks(schema2);
  if (minimum !== void 0)
    _json.minLength = minimum;
  if (maximum !== void 0)
    _json.maxLength = maximum;
  if (!mime)
    return;
  if (mime.length === 0)
    _json.not = {};
  else if (mime.length === 1)
    _json.contentMediaType = mime[0];
  else
    _json.anyOf = mime.map((m) => ({ contentMediaType: m }));
};
var successProcessor = (_schema, _ctx, json2, _params) => {
  json2.type = "boolean";
};
var customProcessor = (schema2, ctx, json2, params) => {
  handleUnrepresentable(schema2, ctx, json2, params, "Custom types cannot be represented in JSON Schema");
};
var functionProcessor = (schema2, ctx, json2, params) => {
  handleUnrepresentable(schema2, ctx, json2, params, "Function types cannot be represented in JSON Schema");
};
var transformProcessor = (schema2, ctx, json2, params) => {
  handleUnrepresentable(schema2, ctx, json2, params, "Transforms cannot be represented in JSON Schema");
};
var mapProcessor = (schema2, ctx, json2, params) => {
  handleUnrepresentable(schema2, ctx, json2, params, "Map cannot be represented in JSON Schema");
};
var setProcessor = (schema2, ctx, json2, params) => {
  handleUnrepresentable(schema2, ctx, json2, params, "Set cannot be represented in JSON Schema");
};
var arrayProcessor = (schema2, ctx, _json, params) => {
  const json2 = _json;
  const def = schema2._zod.def;
  const { minimum, maximum } = aggregateChecks(schema2);
  if (typeof minimum === "number")
    json2.minItems = minimum;
  if (typeof maximum === "number")
    json2.maxItems = maximum;
  json2.type = "array";
  json2.items = processSchema(def.element, ctx, {
    ...params,
    path: [...params.path, "items"]
  });
};
function inputOptin(schema2) {
  const def = schema2._zod.def;
  if (def.type === "pipe" && def.in._zod.traits.has("$ZodTransform")) {
    return inputOptin(def.out);
  }
  if (def.type === "catch") {
    return inputOptin(def.innerType);
  }
  return schema2._zod.optin;
}
var objectProcessor = (schema2, ctx, _json, params) => {
  const json2 = _json;
  const def = schema2._zod.def;
  const shape = def.shape;
  const symbolKeys = Object.getOwnPropertySymbols(shape);
  if (symbolKeys.length && handleUnrepresentable(schema2, ctx, json2, params, "Symbol keys cannot be represented in JSON Schema")) {
    return;
  }
  json2.type = "object";
  json2.properties = {};
  for (const key in shape) {
    assignProp(json2.properties, key, processSchema(shape[key], ctx, {
      ...params,
      path: [...params.path, "properties", key]
    }));
  }
  const requiredKeys = [];
  for (const key of Object.keys(shape)) {
    const field = def.shape[key];
    if (ctx.io === "input" ? inputOptin(field) === void 0 : field._zod.optout === void 0) {
      requiredKeys.push(key);
    }
  }
  if (requiredKeys.length > 0) {
    json2.required = requiredKeys;
  }
  if (def.catchall?._zod.def.type === "never") {
    json2.additionalProperties = false;
  } else if (!def.catchall) {
    if (ctx.io === "output")
      json2.additionalProperties = false;
  } else if (def.catchall) {
    json2.additionalProperties = processSchema(def.catchall, ctx, {
      ...params,
      path: [...params.path, "additionalProperties"]
    });
  }
};
var unionProcessor = (schema2, ctx, json2, params) => {
  const def = schema2._zod.def;
  const isExclusive = def.inclusive === false;
  const options = def.options.map((x, i) => processSchema(x, ctx, {
    ...params,
    path: [...params.path, isExclusive ? "oneOf" : "anyOf", i]
  }));
  if (isExclusive) {
    json2.oneOf = options;
  } else {
    json2.anyOf = options;
  }
};
var intersectionProcessor = (schema2, ctx, json2, params) => {
  const def = schema2._zod.def;
  const a = processSchema(def.left, ctx, {
    ...params,
    path: [...params.path, "allOf", 0]
  });
  const b = processSchema(def.right, ctx, {
    ...params,
    path: [...params.path, "allOf", 1]
  });
  const isSimpleIntersection = (val) => "allOf" in val && Object.keys(val).length === 1;
  const allOf = [
    ...isSimpleIntersection(a) ? a.allOf : [a],
    ...isSimpleIntersection(b) ? b.allOf : [b]
  ];
  json2.allOf = allOf;
  ctx.intersections.push(allOf);
};
var tupleProcessor = (schema2, ctx, _json, params) => {
  const json2 = _json;
  const def = schema2._zod.def;
  json2.type = "array";
  const prefixPath = ctx.target === "draft-2020-12" ? "prefixItems" : "items";
  const restPath = ctx.target === "draft-2020-12" ? "items" : ctx.target === "openapi-3.0" ? "items" : "additionalItems";
  const prefixItems = def.items.map((x, i) => processSchema(x, ctx, {
    ...params,
    path: [...params.path, prefixPath, i]
  }));
  const rest = def.rest ? processSchema(def.rest, ctx, {
    ...params,
    path: [...params.path, restPath, ...ctx.target === "openapi-3.0" ? [def.items.length] : []]
  }) : null;
  let minItems = def.items.length;
  while (minItems > 0) {
    const item = def.items[minItems - 1];
    const optional2 = ctx.io === "input" ? inputOptin(item) !== void 0 : item._zod.optout === "optional";
    if (!optional2)
      break;
    minItems--;
  }
  const maxItems = def.items.length;
  const isClosed = !def.rest;
  if (ctx.target === "draft-2020-12") {
    json2.prefixItems = prefixItems;
    if (isClosed) {
      json2.items = false;
    } else if (rest) {
      json2.items = rest;
    }
    if (minItems > 0)
      json2.minItems = minItems;
    if (isClosed)
      json2.maxItems = maxItems;
  } else if (ctx.target === "openapi-3.0") {
    json2.items = {
      anyOf: prefixItems
    };
    if (rest) {
      json2.items.anyOf.push(rest);
    }
    if (minItems > 0)
      json2.minItems = minItems;
    if (isClosed)
      json2.maxItems = maxItems;
  } else {
    json2.items = prefixItems;
    if (isClosed) {
      json2.additionalItems = false;
    } else if (rest) {
      json2.additionalItems = rest;
    }
    if (minItems > 0)
      json2.minItems = minItems;
    if (isClosed)
      json2.maxItems = maxItems;
  }
  const { minimum, maximum } = aggregateChecks(schema2);
  if (typeof minimum === "number")
    json2.minItems = minimum;
  if (typeof maximum === "number")
    json2.maxItems = maximum;
};
function stringifyKeyNames(bySchema, json2, visited) {
  if (json2.$ref) {
    if (visited.has(json2))
      return json2;
    visited.add(json2);
    const def = bySchema.get(json2)?.def;
    if (!def)
      return json2;
    const inlined = stringifyKeyNames(bySchema, def, visited);
    return inlined === def ? json2 : inlined;
  }
  for (const keyword of ["anyOf", "oneOf"]) {
    const branches = json2[keyword];
    if (!Array.isArray(branches))
      continue;
    const mapped = branches.map((branch) => stringifyKeyNames(bySchema, branch, visited));
    if (mapped.some((branch, i) => branch !== branches[i]))
      json2 = { ...json2, [keyword]: mapped };
  }
  const types2 = Array.isArray(json2.type) ? json2.type : [json2.type];
  const numericType = !types2.includes("string") && types2.some((t) => t === "number" || t === "integer");
  const values = json2.enum ?? (json2.const !== void 0 ? [json2.const] : void 0);
  if (!numericType && !values?.some((v) => typeof v === "number"))
    return json2;
  const { minimum, maximum, exclusiveMinimum, exclusiveMaximum, multipleOf, format, id, ...rest } = json2;
  if (rest.enum)
    rest.enum = rest.enum.map((v) => typeof v === "number" ? String(v) : v);
  else if (typeof rest.const === "number")
    rest.const = String(rest.const);
  if (!numericType)
    return rest;
  rest.type = "string";
  if (!values)
    rest.pattern = (types2.includes("number") ? number : integer).source;
  return rest;
}
var pendingRecords = /* @__PURE__ */ new WeakMap();
function rewriteKeyNames(ctx) {
  const bySchema = /* @__PURE__ */ new Map();
  for (const entry of ctx.seen.values()) {
    if (entry.def && !bySchema.has(entry.schema))
      bySchema.set(entry.schema, entry);
  }
  const rewrites = /* @__PURE__ */ new Map();
  for (const record of pendingRecords.get(ctx) ?? []) {
    const seen = ctx.seen.get(record);
    const names = (seen?.def ?? seen?.schema)?.propertyNames;
    if (!names || names === true || rewrites.has(names))
      continue;
    const rewritten = stringifyKeyNames(bySchema, names, /* @__PURE__ */ new Set());
    if (rewritten !== names)
      rewrites.set(names, rewritten);
  }
  if (!rewrites.size)
    return;
  for (const entry of ctx.seen.values()) {
    for (const carrier of [entry.schema, entry.def]) {
      const rewritten = carrier && rewrites.get(carrier.propertyNames);
      if (rewritten)
        carrier.propertyNames = rewritten;
    }
  }
}
var recordProcessor = (schema2, ctx, _json, params) => {
  const json2 = _json;
  const def = schema2._zod.def;
  json2.type = "object";
  const keyType = def.keyType;
  const patterns = aggregateChecks(keyType).patterns;
  if (def.mode === "loose" && patterns && patterns.size > 0) {
    const valueSchema = processSchema(def.valueType, ctx, {
      ...params,
      path: [...params.path, "patternProperties", "*"]
    });
    json2.patternProperties = {};
    for (const pattern of patterns) {
      assignProp(json2.patternProperties, exactPattern(pattern).source, valueSchema);
    }
  } else {
    if (ctx.target === "draft-07" || ctx.target === "draft-2020-12") {
      json2.propertyNames = processSchema(def.keyType, ctx, {
        ...params,
        path: [...params.path, "propertyNames"]
      });
      let pending = pendingRecords.get(ctx);
      if (!pending) {
        pending = [];
        pendingRecords.set(ctx, pending);
        ctx.deferred.push(() => rewriteKeyNames(ctx));
      }
      pending.push(schema2);
    }
    json2.additionalProperties = processSchema(def.valueType, ctx, {
      ...params,
      path: [...params.path, "additionalProperties"]
    });
  }
  const keyValues = keyType._zod.values;
  const omittableOnInput = ctx.io === "input" && inputOptin(def.valueType) !== void 0;
  if (keyValues && !def.partial && !omittableOnInput) {
    const validKeyValues = [...keyValues].filter((v) => typeof v === "string" || typeof v === "number");
    if (validKeyValues.length > 0) {
      json2.required = validKeyValues.map(String);
    }
  }
};
var nullableProcessor = (schema2, ctx, json2, params) => {
  const def = schema2._zod.def;
  const inner = processSchema(def.innerType, ctx, params);
  const seen = ctx.seen.get(schema2);
  if (ctx.target === "openapi-3.0") {
    seen.ref = def.innerType;
    json2.nullable = true;
  } else {
    json2.anyOf = [inner, { type: "null" }];
  }
};
var nonoptionalProcessor = (schema2, ctx, _json, params) => {
  const def = schema2._zod.def;
  processSchema(def.innerType, ctx, params);
  const seen = ctx.seen.get(schema2);
  seen.ref = def.innerType;
};
var UNREPRESENTABLE_DEFAULT = /* @__PURE__ */ Symbol();
function serializeDefaultValue(value, schema2, ctx, json2, params) {
  let unrepresentable = false;
  const serialized = JSON.stringify(value, (_, val) => {
    if (typeof val !== "bigint")
      return val;
    unrepresentable = true;
    return null;
  });
  if (!unrepresentable)
    return JSON.parse(serialized);
  handleUnrepresentable(schema2, ctx, json2, params, "BigInt defaults cannot be represented in JSON Schema");
  return UNREPRESENTABLE_DEFAULT;
}
var defaultProcessor = (schema2, ctx, json2, params) => {
  const def = schema2._zod.def;
  processSchema(def.innerType, ctx, params);
  const seen = ctx.seen.get(schema2);
  seen.ref = def.innerType;
  const value = serializeDefaultValue(def.defaultValue, schema2, ctx, json2, params);
  if (value !== UNREPRESENTABLE_DEFAULT)
    json2.default = value;
};
var prefaultProcessor = (schema2, ctx, json2, params) => {
  const def = schema2._zod.def;
  processSchema(def.innerType, ctx, params);
  const seen = ctx.seen.get(schema2);
  seen.ref = def.innerType;
  if (ctx.io !== "input")
    return;
  const value = serializeDefaultValue(def.defaultValue, schema2, ctx, json2, params);
  if (value !== UNREPRESENTABLE_DEFAULT)
    json2._prefault = value;
};
var catchProcessor = (schema2, ctx, json2, params) => {
  const def = schema2._zod.def;
  processSchema(def.innerType, ctx, params);
  const seen = ctx.seen.get(schema2);
  seen.ref = def.innerType;
  let catchValue;
  try {
    catchValue = def.catchValue(void 0);
  } catch {
    handleUnrepresentable(schema2, ctx, json2, params, "Dynamic catch values are not supported in JSON Schema");
    return;
  }
  json2.default = catchValue;
};
var pipeProcessor = (schema2, ctx, _json, params) => {
  const def = schema2._zod.def;
  const inIsTransform = def.in._zod.traits.has("$ZodTransform");
  const innerType = ctx.io === "input" ? inIsTransform ? def.out : def.in : def.out;
  processSchema(innerType, ctx, params);
  const seen = ctx.seen.get(schema2);
  seen.ref = innerType;
};
var readonlyProcessor = (schema2, ctx, json2, params) => {
  const def = schema2._zod.def;
  processSchema(def.innerType, ctx, params);
  const seen = ctx.seen.get(schema2);
  seen.ref = def.innerType;
  json2.readOnly = true;
};
var promiseProcessor = (schema2, ctx, _json, params) => {
  const def = schema2._zod.def;
  processSchema(def.innerType, ctx, params);
  const seen = ctx.seen.get(schema2);
  seen.ref = def.innerType;
};
var optionalProcessor = (schema2, ctx, _json, params) => {
  const def = schema2._zod.def;
  processSchema(def.innerType, ctx, params);
  const seen = ctx.seen.get(schema2);
  seen.ref = def.innerType;
};
var lazyProcessor = (schema2, ctx, _json, params) => {
  const innerType = schema2._zod.innerType;
  processSchema(innerType, ctx, params);
  const seen = ctx.seen.get(schema2);
  seen.ref = innerType;
};
var allProcessors = {
  string: stringProcessor,
  number: numberProcessor,
  boolean: booleanProcessor,
  bigint: bigintProcessor,
  symbol: symbolProcessor,
  null: nullProcessor,
  undefined: undefinedProcessor,
  void: voidProcessor,
  never: neverProcessor,
  any: anyProcessor,
  unknown: unknownProcessor,
  date: dateProcessor,
  enum: enumProcessor,
  literal: literalProcessor,
  nan: nanProcessor,
  template_literal: templateLiteralProcessor,
  file: fileProcessor,
  success: successProcessor,
  custom: customProcessor,
  function: functionProcessor,
  transform: transformProcessor,
  map: mapProcessor,
  set: setProcessor,
  array: arrayProcessor,
  object: objectProcessor,
  union: unionProcessor,
  intersection: intersectionProcessor,
  tuple: tupleProcessor,
  record: recordProcessor,
  nullable: nullableProcessor,
  nonoptional: nonoptionalProcessor,
  default: defaultProcessor,
  prefault: prefaultProcessor,
  catch: catchProcessor,
  pipe: pipeProcessor,
  readonly: readonlyProcessor,
  promise: promiseProcessor,
  optional: optionalProcessor,
  lazy: lazyProcessor
};
function toJSONSchema(input, params) {
  if ("_idmap" in input) {
    const registry2 = input;
    const ctx2 = initializeContext({ ...params, processors: allProcessors });
    const defs = {};
    for (const entry of registry2._idmap.entries()) {
      const [_, schema2] = entry;
      processSchema(schema2, ctx2);
    }
    const schemas = {};
    const external = {
      registry: registry2,
      uri: params?.uri,
      defs
    };
    ctx2.external = external;
    for (const entry of registry2._idmap.entries()) {
      const [key, schema2] = entry;
      extractDefs(ctx2, schema2);
      assignProp(schemas, key, finalize(ctx2, schema2));
    }
    if (Object.keys(defs).length > 0) {
      const defsSegment = ctx2.target === "draft-2020-12" ? "$defs" : "definitions";
      schemas.__shared = {
        [defsSegment]: defs
      };
    }
    return { schemas };
  }
  const ctx = initializeContext({ ...params, processors: allProcessors });
  processSchema(input, ctx);
  extractDefs(ctx, input);
  return finalize(ctx, input);
}

// node_modules/zod/v4/mini/schemas.js
var ZodMiniType = /* @__PURE__ */ $constructor("ZodMiniType", (inst, def) => {
  if (!inst._zod)
    throw new Error("Uninitialized schema in ZodMiniType.");
  $ZodType.init(inst, def);
  inst.def = def;
  inst.type = def.type;
}, {
  // `with` is an alias for `check`: the same function object, not a wrapper.
  get with() {
    return this.check;
  },
  set with(value) {
    own(this, "with", value);
  },
  parse(data, params) {
    return parse(this, data, params, { callee: this.parse });
  },
  parseAsync(data, params) {
    return parseAsync(this, data, params, { callee: this.parseAsync });
  },
  safeParse(data, params) {
    return safeParse(this, data, params);
  },
  safeParseAsync(data, params) {
    return safeParseAsync(this, data, params);
  },
  check(...checks) {
    const def = this.def;
    return this.clone({
      ...def,
      checks: [
        ...def.checks ?? [],
        ...checks.map((ch) => typeof ch === "function" ? { _zod: { check: ch, def: { check: "custom" }, onattach: [] } } : ch)
      ]
    }, { parent: true });
  },
  clone(_def, params) {
    return clone(this, _def, params);
  },
  brand() {
    return this;
  },
  register(reg, meta2) {
    reg.add(this, meta2);
    return this;
  },
  apply(fn, ...args) {
    return args.length === 0 ? fn(this) : fn(this, ...args);
  }
});
var ZodMiniString = /* @__PURE__ */ $constructor("ZodMiniString", (inst, def) => {
  $ZodString.init(inst, def);
  ZodMiniType.init(inst, def);
});
// @__NO_SIDE_EFFECTS__
function string2(params) {
  return _string(ZodMiniString, params);
}
var ZodMiniNumber = /* @__PURE__ */ $constructor("ZodMiniNumber", (inst, def) => {
  $ZodNumber.init(inst, def);
  ZodMiniType.init(inst, def);
});
// @__NO_SIDE_EFFECTS__
function number2(params) {
  return _number(ZodMiniNumber, params);
}
var ZodMiniNumberFormat = /* @__PURE__ */ $constructor("ZodMiniNumberFormat", (inst, def) => {
  $ZodNumberFormat.init(inst, def);
  ZodMiniNumber.init(inst, def);
});
function int(params) {
  return _int(ZodMiniNumberFormat, params);
}
var ZodMiniUnknown = /* @__PURE__ */ $constructor("ZodMiniUnknown", (inst, def) => {
  $ZodUnknown.init(inst, def);
  ZodMiniType.init(inst, def);
});
// @__NO_SIDE_EFFECTS__
function unknown() {
  return _unknown(ZodMiniUnknown);
}
var ZodMiniNever = /* @__PURE__ */ $constructor("ZodMiniNever", (inst, def) => {
  $ZodNever.init(inst, def);
  ZodMiniType.init(inst, def);
});
// @__NO_SIDE_EFFECTS__
function never(params) {
  return _never(ZodMiniNever, params);
}
var ZodMiniArray = /* @__PURE__ */ $constructor("ZodMiniArray", (inst, def) => {
  $ZodArray.init(inst, def);
  ZodMiniType.init(inst, def);
});
// @__NO_SIDE_EFFECTS__
function array(element, params) {
  return new ZodMiniArray({
    type: "array",
    element,
    ...normalizeParams(params)
  });
}
var ZodMiniObject = /* @__PURE__ */ $constructor("ZodMiniObject", (inst, def) => {
  $ZodObject.init(inst, def);
  ZodMiniType.init(inst, def);
  installLazyProp(inst, "shape", (self) => self._zod.def.shape, false);
});
// @__NO_SIDE_EFFECTS__
function strictObject(shape, params) {
  return new ZodMiniObject({
    type: "object",
    shape,
    catchall: /* @__PURE__ */ never(),
    ...normalizeParams(params)
  });
}
var ZodMiniUnion = /* @__PURE__ */ $constructor("ZodMiniUnion", (inst, def) => {
  $ZodUnion.init(inst, def);
  ZodMiniType.init(inst, def);
});
// @__NO_SIDE_EFFECTS__
function union(options, params) {
  return new ZodMiniUnion({
    type: "union",
    options,
    ...normalizeParams(params)
  });
}
var ZodMiniDiscriminatedUnion = /* @__PURE__ */ $constructor("ZodMiniDiscriminatedUnion", (inst, def) => {
  $ZodDiscriminatedUnion.init(inst, def);
  ZodMiniType.init(inst, def);
});
// @__NO_SIDE_EFFECTS__
function discriminatedUnion(discriminator, options, params) {
  return new ZodMiniDiscriminatedUnion({
    type: "union",
    options,
    discriminator,
    ...normalizeParams(params)
  });
}
var ZodMiniEnum = /* @__PURE__ */ $constructor("ZodMiniEnum", (inst, def) => {
  $ZodEnum.init(inst, def);
  ZodMiniType.init(inst, def);
  inst.options = [...inst._zod.values];
});
// @__NO_SIDE_EFFECTS__
function _enum(values, params) {
  const entries = Array.isArray(values) ? Object.fromEntries(values.map((v) => [v, v])) : values;
  return new ZodMiniEnum({
    type: "enum",
    entries,
    ...normalizeParams(params)
  });
}
var ZodMiniLiteral = /* @__PURE__ */ $constructor("ZodMiniLiteral", (inst, def) => {
  $ZodLiteral.init(inst, def);
  ZodMiniType.init(inst, def);
});
// @__NO_SIDE_EFFECTS__
function literal(value, params) {
  return new ZodMiniLiteral({
    type: "literal",
    values: Array.isArray(value) ? value : [value],
    ...normalizeParams(params)
  });
}
var ZodMiniTransform = /* @__PURE__ */ $constructor("ZodMiniTransform", (inst, def) => {
  $ZodTransform.init(inst, def);
  ZodMiniType.init(inst, def);
});
// @__NO_SIDE_EFFECTS__
function transform(fn) {
  return new ZodMiniTransform({
    type: "transform",
    transform: fn
  });
}
var ZodMiniOptional = /* @__PURE__ */ $constructor("ZodMiniOptional", (inst, def) => {
  $ZodOptional.init(inst, def);
  ZodMiniType.init(inst, def);
});
// @__NO_SIDE_EFFECTS__
function optional(innerType) {
  return new ZodMiniOptional({
    type: "optional",
    innerType
  });
}
var ZodMiniNullable = /* @__PURE__ */ $constructor("ZodMiniNullable", (inst, def) => {
  $ZodNullable.init(inst, def);
  ZodMiniType.init(inst, def);
});
// @__NO_SIDE_EFFECTS__
function nullable(innerType) {
  return new ZodMiniNullable({
    type: "nullable",
    innerType
  });
}
var ZodMiniPipe = /* @__PURE__ */ $constructor("ZodMiniPipe", (inst, def) => {
  $ZodPipe.init(inst, def);
  ZodMiniType.init(inst, def);
});
// @__NO_SIDE_EFFECTS__
function pipe(in_, out) {
  return new ZodMiniPipe({
    type: "pipe",
    in: in_,
    out
  });
}
var ZodMiniCustom = /* @__PURE__ */ $constructor("ZodMiniCustom", (inst, def) => {
  $ZodCustom.init(inst, def);
  ZodMiniType.init(inst, def);
});
// @__NO_SIDE_EFFECTS__
function refine(fn, _params = {}) {
  return _refine(ZodMiniCustom, fn, _params);
}

// src/catalog/data/inference-tasks.ts
var TASK_SOURCE = {
  source: 'Luccioni, Jernite and Strubell, "Power Hungry Processing", FAccT 2024, Table 2: mean kWh per 1,000 inferences',
  url: "https://arxiv.org/abs/2311.16863",
  year: 2024
};
var INFERENCE_TASKS = {
  "text-classification": { kwhPer1000: 2e-3, label: "text classification" },
  "extractive-qa": { kwhPer1000: 3e-3, label: "extractive question answering" },
  "masked-language-modeling": { kwhPer1000: 3e-3, label: "masked language modelling" },
  "token-classification": { kwhPer1000: 4e-3, label: "token classification" },
  "image-classification": { kwhPer1000: 7e-3, label: "image classification" },
  "object-detection": { kwhPer1000: 0.038, label: "object detection" },
  "text-generation": { kwhPer1000: 0.047, label: "text generation" },
  summarization: { kwhPer1000: 0.049, label: "summarisation" },
  "image-captioning": { kwhPer1000: 0.063, label: "image captioning" },
  "image-generation": { kwhPer1000: 2.907, label: "image generation" }
};

// src/units/tables.ts
var KINDS = {
  duration: { base: "h", noun: "a duration", examples: ["90 min", "72h", "3d", "2w"] },
  energy: { base: "kWh", noun: "an energy", examples: ["0.3 Wh", "12 kWh", "1.2 MWh"] },
  power: { base: "W", noun: "a power", examples: ["330 W", "0.7 kW"] },
  mass: { base: "kg", noun: "a mass of CO2e", examples: ["25 tCO2e", "800 kg", "40 t"] },
  intensity: { base: "g/kWh", noun: "a carbon intensity", examples: ["57 g/kWh", "0.43 kg/kWh"] },
  rate: { base: "/h", noun: "a rate", examples: ["2M/day", "150/s", "1B tokens/month"] },
  count: { base: "", noun: "a count", examples: ["512", "10k"] },
  fraction: { base: "", noun: "a fraction", examples: ["0.9", "90%"] },
  ratio: { base: "", noun: "a ratio", examples: ["1.1"] }
};
var HOURS_PER_YEAR = 365 * 24;
var DURATION_UNITS = {
  s: 1 / 3600,
  sec: 1 / 3600,
  second: 1 / 3600,
  seconds: 1 / 3600,
  min: 1 / 60,
  mins: 1 / 60,
  minute: 1 / 60,
  minutes: 1 / 60,
  h: 1,
  hr: 1,
  hrs: 1,
  hour: 1,
  hours: 1,
  d: 24,
  day: 24,
  days: 24,
  w: 168,
  wk: 168,
  week: 168,
  weeks: 168,
  mo: HOURS_PER_YEAR / 12,
  month: HOURS_PER_YEAR / 12,
  months: HOURS_PER_YEAR / 12,
  y: HOURS_PER_YEAR,
  yr: HOURS_PER_YEAR,
  year: HOURS_PER_YEAR,
  years: HOURS_PER_YEAR
};
var ENERGY_UNITS = {
  J: 1 / 36e5,
  kJ: 1 / 3600,
  MJ: 1 / 3.6,
  GJ: 1e3 / 3.6,
  Wh: 1e-3,
  kWh: 1,
  MWh: 1e3,
  GWh: 1e6,
  TWh: 1e9,
  j: 1 / 36e5,
  kj: 1 / 3600,
  gj: 1e3 / 3.6,
  wh: 1e-3,
  kwh: 1,
  KWh: 1,
  gwh: 1e6,
  twh: 1e9
};
var POWER_UNITS = {
  W: 1,
  kW: 1e3,
  MW: 1e6,
  w: 1,
  kw: 1e3,
  KW: 1e3,
  watt: 1,
  watts: 1,
  kilowatt: 1e3,
  kilowatts: 1e3,
  megawatt: 1e6,
  megawatts: 1e6
};
var MASS_UNITS = {
  g: 1e-3,
  kg: 1,
  t: 1e3,
  tonne: 1e3,
  tonnes: 1e3,
  kt: 1e6,
  Mt: 1e9
};
var INTENSITY_UNITS = {
  "g/kWh": 1,
  "kg/kWh": 1e3,
  "g/MWh": 1e-3,
  "kg/MWh": 1,
  "t/MWh": 1e3,
  "t/GWh": 1,
  // US eGRID publishes pounds per MWh; 1 lb = 0.45359237 kg exactly (international pound).
  "lb/MWh": 0.45359237,
  "g/kwh": 1,
  "kg/kwh": 1e3
};
var RATE_PERIODS = {
  s: 3600,
  sec: 3600,
  second: 3600,
  seconds: 3600,
  min: 60,
  mins: 60,
  minute: 60,
  minutes: 60,
  h: 1,
  hr: 1,
  hrs: 1,
  hour: 1,
  hours: 1,
  d: 1 / 24,
  day: 1 / 24,
  days: 1 / 24,
  w: 1 / 168,
  wk: 1 / 168,
  week: 1 / 168,
  weeks: 1 / 168,
  mo: 12 / HOURS_PER_YEAR,
  month: 12 / HOURS_PER_YEAR,
  months: 12 / HOURS_PER_YEAR,
  y: 1 / HOURS_PER_YEAR,
  yr: 1 / HOURS_PER_YEAR,
  year: 1 / HOURS_PER_YEAR,
  years: 1 / HOURS_PER_YEAR
};
var COUNT_SUFFIXES = { k: 1e3, K: 1e3, M: 1e6, B: 1e9, G: 1e9, T: 1e12 };
var CO2E_SUFFIX = /(?:\s*(?:CO2eq|CO2-eq|CO2-e|CO2e|CO₂eq|CO₂e|CO2))?$/;
var AMBIGUOUS_UNITS = {
  duration: {
    m: "`m` could be minutes or months: write `min` or `mo`",
    M: "`M` is not a duration: write `min` for minutes or `mo` for months"
  },
  energy: {
    mWh: "milli-units are not accepted, to avoid confusion with MWh: write `Wh`, `J` or `MWh`",
    mwh: "write `MWh` for megawatt-hours (milli-units are not accepted)",
    mJ: "milli-units are not accepted, to avoid confusion with MJ: write `J` or `MJ`",
    mj: "write `MJ` for megajoules (milli-units are not accepted)"
  },
  power: {
    mW: "milli-units are not accepted, to avoid confusion with MW: write `W` or `MW`",
    mw: "write `MW` for megawatts (milli-units are not accepted)"
  },
  mass: {
    MT: "`MT` usually means metric tonnes: write `t` (`Mt` would be megatonnes)",
    mt: "`mt` usually means metric tonnes: write `t` (`Mt` would be megatonnes)",
    ton: 'a "ton" may be a short ton (907 kg) or a tonne: write `t` for metric tonnes',
    tons: 'a "ton" may be a short ton (907 kg) or a tonne: write `t` for metric tonnes'
  }
};

// src/units/parse.ts
var NUMBER = /^[+-]?(?:(?:\d{1,3}(?:,\d{3})+|\d+(?:_\d{3})*)(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?/;
var RATE_TAIL = /^(?:([A-Za-z][A-Za-z-]*)\s*)?(?:\/|\bper\b)\s*([A-Za-z]+)$/;
var TWO_WORDS = /^([A-Za-z]+)\s+[A-Za-z][A-Za-z-]*\s*(?:\/|\bper\b)\s*([A-Za-z]+)$/;
var MULTIPLIER = /^([kKMBGT])(?![A-Za-z])\s*/;
var MAGNITUDE_WORDS = new RegExp(
  "^(?:k|m|b|g|t|mm|bn|mn|mln|mil|mio|bil|tn|mrd|kilo|mega|giga|tera|per|(?:hundred|thousand|million|milliard|billion|trillion|lakh|crore)s?)$",
  "i"
);
var MULTIPLIER_ADVICE = "write `k`, `M` or `B` straight after the number, e.g.";
var MULTIPLIER_NAMES = {
  k: "thousand",
  K: "thousand",
  M: "million",
  B: "billion",
  G: "billion",
  T: "trillion"
};
function rateFactor(number3) {
  const { rest, spaced, written } = number3;
  const multiplier = MULTIPLIER.exec(rest);
  const tail = multiplier ? rest.slice(multiplier[0].length) : rest;
  const one = RATE_TAIL.exec(tail);
  const two = one ? null : TWO_WORDS.exec(tail);
  const match = one ?? two;
  const period2 = RATE_PERIODS[match?.[2] ?? ""];
  if (!match || period2 === void 0) return void 0;
  const word = match[1];
  if (word !== void 0 && MAGNITUDE_WORDS.test(word)) {
    return { ok: false, message: `\`${word}\` is not read as a magnitude; ${MULTIPLIER_ADVICE} \`2M/day\`` };
  }
  if (two) return void 0;
  const letter = multiplier?.[1];
  if (letter !== void 0 && spaced) {
    const suggestion = `${written}${letter}${tail.startsWith("/") ? "" : " "}${tail}`;
    return { ok: false, message: `a multiplier goes straight after the number: write \`${suggestion}\`` };
  }
  const glued = word !== void 0 && !spaced && letter === void 0 ? /^[kKMBGT](?=[A-Za-z])/.exec(word)?.[0] : void 0;
  if (glued !== void 0 && word !== void 0) {
    return {
      ok: false,
      message: `is \`${glued}\` a multiplier (${MULTIPLIER_NAMES[glued] ?? ""}) or the first letter of \`${word}\`? Write \`${written} ${tail}\`, with a space, for ${written}; for ${MULTIPLIER_NAMES[glued] ?? ""}s, part the multiplier from the word, as in \`2M requests/day\``
    };
  }
  return { ok: true, factor: (letter === void 0 ? 1 : COUNT_SUFFIXES[letter] ?? 1) * period2 };
}
var UNIT_TABLES = [
  ["duration", DURATION_UNITS],
  ["energy", ENERGY_UNITS],
  ["power", POWER_UNITS],
  ["intensity", INTENSITY_UNITS]
];
function example(kind) {
  const info = KINDS[kind];
  return `${info.noun} such as ${info.examples.map((e) => `\`${e}\``).join(" or ")}`;
}
function normaliseIntensityUnit(unit) {
  return unit.replace(/\s*\/\s*/g, "/").replace(/\s*(?:CO2eq|CO2-eq|CO2-e|CO2e|CO₂eq|CO₂e|CO2)\s*/, "");
}
function stripCo2e(unit) {
  return unit.replace(CO2E_SUFFIX, "").trim();
}
function kindOfUnit(unit) {
  for (const [kind, table2] of UNIT_TABLES) if (unit in table2) return kind;
  if (normaliseIntensityUnit(unit) in INTENSITY_UNITS) return "intensity";
  if (stripCo2e(unit) in MASS_UNITS) return "mass";
  if (rateFactor({ value: 1, written: "1", rest: unit, spaced: false }) !== void 0) return "rate";
  if (unit === "%") return "fraction";
  return void 0;
}
function unitsOf(kind) {
  switch (kind) {
    case "duration":
      return Object.keys(DURATION_UNITS);
    case "energy":
      return Object.keys(ENERGY_UNITS);
    case "power":
      return Object.keys(POWER_UNITS);
    case "mass":
      return [...Object.keys(MASS_UNITS), "tCO2e", "kgCO2e", "gCO2e"];
    case "intensity":
      return [...Object.keys(INTENSITY_UNITS), "gCO2e/kWh"];
    default:
      return [];
  }
}
function leadingNumber(text2) {
  const match = NUMBER.exec(text2);
  if (!match) return void 0;
  const written = match[0];
  const after = text2.slice(written.length);
  return { value: Number(written.replace(/[,_]/g, "")), written, rest: after.trim(), spaced: /^\s/.test(after) };
}
function unitFactor(kind, unit) {
  switch (kind) {
    case "duration":
      return DURATION_UNITS[unit];
    case "energy":
      return ENERGY_UNITS[unit];
    case "power":
      return POWER_UNITS[unit];
    case "mass":
      return MASS_UNITS[stripCo2e(unit)];
    case "intensity":
      return INTENSITY_UNITS[normaliseIntensityUnit(unit)];
    case "count":
      return void 0;
    case "fraction":
      return unit === "%" ? 0.01 : void 0;
    case "rate":
      return void 0;
    case "ratio":
      return void 0;
  }
}
function plainFactor(spec) {
  if (spec.kind === "count" || spec.kind === "ratio" || spec.kind === "fraction") return 1;
  if (spec.plainUnit === void 0) return void 0;
  return unitFactor(spec.kind, spec.plainUnit);
}
function checkBounds(value, spec, written) {
  if (!Number.isFinite(value)) return { ok: false, message: `${written} is not a finite number` };
  const { min, max } = spec;
  if (min && (min.exclusive ? value <= min.value : value < min.value)) {
    const bound = min.value === 0 ? min.exclusive ? "greater than zero" : "zero or more" : `at least ${min.value}`;
    return { ok: false, message: `must be ${bound}, got ${written}` };
  }
  if (max !== void 0 && value > max) {
    const bound = spec.kind === "fraction" ? `${max * 100}%` : max.toLocaleString("en-US");
    const unit = KINDS[spec.kind].base;
    return {
      ok: false,
      message: `must be at most ${bound}${unit && spec.kind !== "fraction" ? ` ${unit}` : ""}, got ${written}${spec.maxReason ? ` (${spec.maxReason})` : ""}`
    };
  }
  if (spec.integer && !Number.isInteger(value)) return { ok: false, message: `must be a whole number, got ${written}` };
  return { ok: true, value };
}
function parseQuantity(input, spec) {
  const { kind } = spec;
  let text2;
  if (typeof input === "number") {
    if (Number.isNaN(input)) return { ok: false, message: `expected ${example(kind)}, got NaN` };
    if (!Number.isFinite(input)) return { ok: false, message: `expected ${example(kind)}, got an infinite number` };
    text2 = String(input);
  } else if (typeof input === "string") {
    text2 = input.trim();
  } else {
    return { ok: false, message: `expected ${example(kind)}, got ${showValue(input)}` };
  }
  if (/^[+-]?(?:\.nan|\.inf|nan|inf(?:inity)?)$/i.test(text2)) {
    return { ok: false, message: `expected ${example(kind)}, got ${showValue(input)}, which is not a finite number` };
  }
  const number3 = leadingNumber(text2);
  if (!number3) return { ok: false, message: `expected ${example(kind)}, got ${showValue(input)}` };
  const { value, rest } = number3;
  const written = showValue(input);
  if (rest === "") {
    const factor = plainFactor(spec);
    if (factor === void 0) {
      return { ok: false, message: `${written} has no unit: write ${example(kind)}` };
    }
    if (kind === "fraction" && value > 1) {
      return { ok: false, message: `${written} is not a fraction: write \`${value}%\` or \`${value / 100}\`` };
    }
    return checkBounds(value * factor, spec, written);
  }
  const ambiguous = AMBIGUOUS_UNITS[kind]?.[rest];
  if (ambiguous !== void 0) {
    return { ok: false, message: `${written}: ${ambiguous}` };
  }
  if (kind === "rate") {
    const read = rateFactor(number3);
    if (read?.ok === true) return checkBounds(value * read.factor, spec, written);
    if (read?.ok === false) return { ok: false, message: `${written}: ${read.message}` };
  } else if (kind === "count" && rest in COUNT_SUFFIXES) {
    if (number3.spaced) {
      return {
        ok: false,
        message: `${written}: a multiplier goes straight after the number: write \`${number3.written}${rest}\``
      };
    }
    return checkBounds(value * (COUNT_SUFFIXES[rest] ?? 1), spec, written);
  } else {
    const factor = unitFactor(kind, rest);
    if (factor !== void 0) return checkBounds(value * factor, spec, written);
  }
  const other = kindOfUnit(rest);
  if (other !== void 0 && other !== kind) {
    return { ok: false, message: `${written} is ${KINDS[other].noun}, but this field takes ${example(kind)}` };
  }
  if (kind === "ratio") return { ok: false, message: `expected a plain number such as \`1.1\`, got ${written}` };
  if (kind === "rate") {
    return {
      ok: false,
      message: `${written} is not a rate: write ${example(kind)} (per s, min, h, day, week, month or year)`
    };
  }
  if (kind === "count") {
    if (MAGNITUDE_WORDS.test(rest)) {
      return {
        ok: false,
        message: `${written}: \`${rest}\` is not read as a magnitude; ${MULTIPLIER_ADVICE} \`10k\``
      };
    }
    return {
      ok: false,
      message: `${written}: a count is a number with no unit or word: write \`${number3.written}\` (\`k\`, \`M\`, \`B\` or \`T\` straight after the number multiply it, as in \`10k\`)`
    };
  }
  return {
    ok: false,
    message: `unknown unit \`${rest}\` in ${written}${didYouMean(rest, unitsOf(kind))}: write ${example(kind)}`
  };
}

// src/config/quantity-schema.ts
var NUMBER_PATTERN = String.raw`[+-]?(?:(?:\d{1,3}(?:,\d{3})+|\d+(?:_\d{3})*)(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?`;
function alternatives(units) {
  return units.map((u) => u.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&")).join("|");
}
function editorPattern(kind) {
  const co2e = CO2E_SUFFIX.source.replace(/\$$/, "");
  const unit = (units) => `^\\s*${NUMBER_PATTERN}\\s*(?:${alternatives(units)})?\\s*$`;
  switch (kind) {
    case "duration":
      return unit(Object.keys(DURATION_UNITS));
    case "energy":
      return unit(Object.keys(ENERGY_UNITS));
    case "power":
      return unit(Object.keys(POWER_UNITS));
    case "mass":
      return `^\\s*${NUMBER_PATTERN}\\s*(?:(?:${alternatives(Object.keys(MASS_UNITS))})${co2e})?\\s*$`;
    case "intensity":
      return `^\\s*${NUMBER_PATTERN}\\s*(?:[^/]+/\\s*[kKMGT]?[Ww][Hh])?\\s*$`;
    case "rate":
      return `^\\s*${NUMBER_PATTERN}\\s*[${Object.keys(COUNT_SUFFIXES).join("")}]?\\s*(?:[A-Za-z-]+\\s*)?(?:/|per)\\s*(?:${alternatives(Object.keys(RATE_PERIODS))})\\s*$`;
    case "count":
      return `^\\s*${NUMBER_PATTERN}\\s*[${Object.keys(COUNT_SUFFIXES).join("")}]?\\s*$`;
    case "fraction":
      return `^\\s*${NUMBER_PATTERN}\\s*%?\\s*$`;
    case "ratio":
      return `^\\s*${NUMBER_PATTERN}\\s*$`;
  }
}
function quantity(field) {
  const text2 = string2().register(globalRegistry, { pattern: editorPattern(field.kind) });
  const wrongType = (issue2) => {
    const parsed = parseQuantity(issue2.input, field);
    return parsed.ok ? "expected a number or a string" : parsed.message;
  };
  const input = union([number2(), text2], { error: wrongType });
  const read = transform((value, ctx) => {
    const parsed = parseQuantity(value, field);
    if (!parsed.ok) {
      ctx.issues.push({ code: "custom", message: parsed.message, input: value });
      return NEVER;
    }
    return parsed.value;
  });
  return pipe(input, read).register(globalRegistry, {
    description: field.description,
    examples: field.kind === "ratio" ? [1.1] : [...KINDS[field.kind].examples]
  });
}

// src/config/schema.ts
config(en_default());
function anyCase(word) {
  return word.replace(/[a-z]/g, (c) => `[${c}${c.toUpperCase()}]`);
}
function strict(shape) {
  const known = Object.keys(shape);
  return strictObject(shape, {
    error: (issue2) => {
      if (issue2.code !== "unrecognized_keys") return void 0;
      return issue2.keys.map((key, i) => `unknown key \`${printable(key)}\`${i < 100 ? didYouMean(key, known) : ""}`).join("\n");
    }
  });
}
var positive = { value: 0, exclusive: true };
var REGION_PREFIXES = ["aws", "gcp", "google", "azure", "country", "zone", "on-prem"];
var region = string2().register(globalRegistry, {
  description: "Where the work runs: a cloud region (`aws:us-east-1`, `gcp:europe-west4`, `azure:westeurope`), a country by ISO 3166-1 code (`country:FR`, `country:FRA`), an Electricity Maps grid zone (`zone:US-MIDA-PJM`), or your own data centre in a country (`on-prem:DE`; `on-prem` alone with `intensity`). Sets the grid carbon intensity and the default PUE: the provider's for a cloud region, the industry average otherwise.",
  // JSON Schema patterns have no case-insensitive flag, and the loader ignores case here.
  pattern: `^\\s*(?:(?:${REGION_PREFIXES.map(anyCase).join("|")}):\\s*\\S+|${anyCase("on-prem")})\\s*$`,
  examples: ["aws:us-east-1", "gcp:europe-west4", "azure:westeurope", "country:FR", "zone:US-MIDA-PJM", "on-prem:DE"]
});
var accelerator = string2().register(globalRegistry, {
  description: "Accelerator model, by catalog id (`carbon-budget catalog` lists them) or as nvidia-smi names it. Its maximum board power (TDP) is the power drawn unless `power` is given.",
  // Examples rather than an enum: editors complete the ids without flagging the other spellings.
  examples: acceleratorIds()
});
var TEN_YEARS_H = 87600;
var instance = string2().register(globalRegistry, {
  description: "A cloud instance type as the provider writes it (`p4d.24xlarge`, `a2-highgpu-8g`, `Standard_ND96asr_v4`): sets the accelerator, and `count` is then the number of instances.",
  examples: instanceIds()
});
var intensity = quantity({
  kind: "intensity",
  plainUnit: "g/kWh",
  min: { value: 0, exclusive: false },
  max: 3e3,
  maxReason: "the most carbon-intensive grids are near 1,000 g/kWh; check the unit",
  description: "Grid carbon intensity to use instead of the region's, e.g. `57 g/kWh` (a plain number is gCO2e/kWh). Location-based, life-cycle."
});
var FIRST_YEAR = ELECTRICITY_MAPS.years[0];
var LAST_YEAR = ELECTRICITY_MAPS.years[ELECTRICITY_MAPS.years.length - 1] ?? FIRST_YEAR;
var yearMessage = `must be a year with grid data, ${FIRST_YEAR} to ${LAST_YEAR}`;
var year = int({ error: yearMessage }).check(_gte(FIRST_YEAR, { error: yearMessage }), _lte(LAST_YEAR, { error: yearMessage })).register(globalRegistry, {
  description: `Year of grid carbon intensity data to use (${ELECTRICITY_MAPS.years.join(", ")}); the newest by default.`
});
var pue = quantity({
  kind: "ratio",
  min: { value: 1, exclusive: false },
  max: 4,
  maxReason: "data centres run between about 1.05 and 2.5",
  description: "Power usage effectiveness of the data centre: total facility energy / IT energy, 1.0 or more. Defaults to the cloud provider's published figure, or the industry average for countries and zones."
});
var utilization = quantity({
  kind: "fraction",
  min: positive,
  max: 1,
  description: "Average share of its maximum board power that each accelerator draws, `0.9` or `90%`. Scales the catalog TDP; not with `power` (a measured average already includes it). Default 100%."
});
var budget = quantity({
  kind: "mass",
  plainUnit: "kg",
  min: positive,
  description: "The most CO2e this may emit, e.g. `25 tCO2e` or `800 kg` (a plain number is kgCO2e)."
});
var power = quantity({
  kind: "power",
  plainUnit: "W",
  min: positive,
  max: 2e4,
  maxReason: "this is per accelerator; the largest draw about 1,200 W",
  description: "Measured average power per accelerator, e.g. `330 W` (a plain number is watts). Overrides the catalog TDP and `utilization`."
});
var count = quantity({
  kind: "count",
  min: positive,
  integer: true,
  max: 1e7,
  maxReason: "more accelerators than any cluster has; check the value",
  description: "Number of accelerators running at once."
});
var hours = quantity({
  kind: "duration",
  plainUnit: "h",
  min: positive,
  max: TEN_YEARS_H,
  maxReason: "longer than ten years; check the unit",
  description: "Wall-clock duration of one run, e.g. `360` (hours), `14.8d`, `90 min`."
});
var acceleratorHours = quantity({
  kind: "duration",
  plainUnit: "h",
  min: positive,
  max: 1e10,
  maxReason: "hundreds of times the largest published training runs; check the value",
  description: "Total accelerator-hours of one run (count x hours), e.g. `184320` or `1,082,990 h`. Use instead of `count` and `hours`."
});
var period = quantity({
  kind: "duration",
  plainUnit: "d",
  min: positive,
  max: TEN_YEARS_H,
  maxReason: "longer than ten years; budgets are usually yearly",
  description: "The horizon a rate or a serving fleet is summed over, e.g. `365d`, `1 year`, `30` (days)."
});
var energyPerUnit = (unit) => quantity({
  kind: "energy",
  plainUnit: "Wh",
  min: positive,
  max: 1e3,
  maxReason: `per ${unit}; check the unit`,
  description: `IT energy per ${unit}, e.g. \`0.3 Wh\` or \`2 J\` (a plain number is Wh). PUE is applied on top.`
});
var YAML_11_TRUE = /^(?:y|yes|on|true)$/i;
var YAML_11_FALSE = /^(?:n|no|off|false)$/i;
function trueOrMapping(field, keys) {
  const expected = `\`true\` or a mapping of ${orList(keys)}`;
  return (issue2) => {
    const input = issue2.input;
    if (typeof input === "object" && input !== null && !Array.isArray(input)) return void 0;
    const got = `got ${typeof input === "string" ? `text ${showValue(input)}` : showValue(input)}`;
    if (typeof input === "string" && YAML_11_TRUE.test(input.trim())) {
      return `must be ${expected}, ${got}: YAML 1.2 reads \`${input.trim()}\` as text, so write \`true\``;
    }
    if (input === false || input === null || typeof input === "string" && YAML_11_FALSE.test(input.trim())) {
      return `must be ${expected}, ${got}: to leave it out, remove \`${field}\``;
    }
    return `must be ${expected}, ${got}`;
  };
}
var EMBODIED_KEYS = ["accelerator", "server", "accelerators-per-server", "lifetime", "usage"];
var embodied = union(
  [
    literal(true),
    strict({
      accelerator: quantity({
        kind: "mass",
        plainUnit: "kg",
        min: { value: 0, exclusive: false },
        max: 1e4,
        maxReason: "studies put one accelerator at about 150 kg; check the unit",
        description: "Manufacturing footprint of one accelerator, e.g. `150 kg`."
      }),
      server: quantity({
        kind: "mass",
        plainUnit: "kg",
        min: { value: 0, exclusive: false },
        max: 1e5,
        maxReason: "studies put one server at about 2,500 kg; check the unit",
        description: "Manufacturing footprint of one server without its accelerators, e.g. `2500 kg`."
      }),
      "accelerators-per-server": quantity({
        kind: "count",
        min: positive,
        integer: true,
        max: 1e3,
        description: "Accelerators in one server, e.g. `8`."
      }),
      lifetime: quantity({
        kind: "duration",
        plainUnit: "h",
        min: positive,
        max: 30 * 8760,
        maxReason: "longer than thirty years; hardware is kept a few, e.g. `6y`",
        description: "How long the hardware is kept, e.g. `6y`: at least a day in use (with `usage`)."
      }),
      usage: quantity({
        kind: "fraction",
        min: positive,
        max: 1,
        description: "Share of its lifetime the hardware is in use, e.g. `85%`."
      })
    })
  ],
  { error: trueOrMapping("embodied", EMBODIED_KEYS) }
).register(globalRegistry, {
  description: "Embodied (manufacturing) emissions of the hardware used, amortised over its life and reported apart from operational emissions. `true` uses the BLOOM study's figures (150 kg per accelerator, 2,500 kg per 8-accelerator server, 6 years, 85% usage)."
});
var host = union(
  [
    literal(true),
    strict({
      utilization: quantity({
        kind: "fraction",
        min: { value: 0, exclusive: false },
        max: 1,
        description: "Average vCPU utilisation of the hosts, e.g. `30%`. Default 50%."
      })
    })
  ],
  { error: trueOrMapping("host", ["utilization"]) }
).register(globalRegistry, {
  description: "Add the power of the instances' CPUs and memory, modelled from the instance type's vCPUs, memory and processor family as Cloud Carbon Footprint does (SPECpower watts per vCPU, 0.392 W per GB of memory). Needs `instance`. `true` assumes 50% vCPU utilisation."
});
var overheadEnergy = quantity({
  kind: "energy",
  plainUnit: "kWh",
  min: { value: 0, exclusive: false },
  max: 1e10,
  maxReason: "ten terawatt-hours, more than the largest data-centre fleets draw in a year; check the unit",
  description: "Measured energy beyond the accelerators' own draw (idle nodes, hosts, storage, network), e.g. `256,646 kWh` (a plain number is kWh). Added to the IT energy; PUE applies."
});
var placement = {
  region: optional(region),
  intensity: optional(intensity),
  year: optional(year),
  pue: optional(pue)
};
var PROSE_BREAKS = /[\n\t]/;
function printableText(what, prose) {
  const first = (text2) => {
    let at = 0;
    for (const char of text2) {
      at++;
      if (UNPRINTABLE.test(char) && !(prose && PROSE_BREAKS.test(char))) return { char, at };
    }
    return void 0;
  };
  return refine((text2) => !UNPRINTABLE.test(text2) || first(text2) === void 0, {
    error: (issue2) => {
      const found = typeof issue2.input === "string" ? first(issue2.input) : void 0;
      const where2 = found === void 0 ? "" : `, but character ${found.at} is ${describeChar(found.char)}`;
      return `must be ${what}${where2}: remove it`;
    }
  });
}
var common = {
  name: string2().check(_trim(), _minLength(1, "must not be empty"), printableText("one line of printable text", false)).register(globalRegistry, {
    description: "Unique name of the workload, shown in reports: one line of printable text."
  }),
  description: optional(string2().check(printableText("printable text (line breaks and tabs are fine)", true))).register(globalRegistry, { description: "Free text for readers of the report." }),
  ...placement,
  utilization: optional(utilization),
  budget: optional(budget)
};
var trainingSchema = strict({
  kind: literal("training").register(globalRegistry, { description: "A training run (or several: see `runs`)." }),
  ...common,
  accelerator: optional(accelerator),
  instance: optional(instance),
  power: optional(power),
  count: optional(count),
  hours: optional(hours),
  "accelerator-hours": optional(acceleratorHours),
  embodied: optional(embodied),
  host: optional(host),
  "overhead-energy": optional(overheadEnergy),
  runs: optional(
    quantity({
      kind: "count",
      min: positive,
      integer: true,
      max: 1e6,
      maxReason: "check the value",
      description: "Repetitions of the run (sweeps, restarts, seeds). Default 1."
    })
  )
}).register(globalRegistry, { title: "Training workload" });
var inferenceSchema = strict({
  kind: literal("inference").register(globalRegistry, { description: "A service answering requests over a period." }),
  ...common,
  requests: optional(
    quantity({
      kind: "rate",
      min: positive,
      max: 36e11,
      maxReason: "a billion a second, far beyond any service; check the multiplier",
      description: "Request rate, e.g. `2M/day`, `150/s`. With `energy-per-request` or `task` it is the load; with a serving fleet, the functional unit its emissions are also given per (per 1,000 requests)."
    })
  ),
  task: optional(
    _enum(Object.keys(INFERENCE_TASKS), {
      error: (issue2) => `\`task\` must be one of ${Object.keys(INFERENCE_TASKS).map((t) => `\`${t}\``).join(", ")}; got ${showValue(issue2.input)}`
    })
  ).register(globalRegistry, {
    description: 'What the service does, when its energy per request is not known: the mean measured for the task in the "Power Hungry Processing" study (FAccT 2024) is used. A measured `energy-per-request` is better.'
  }),
  "energy-per-request": optional(energyPerUnit("request")),
  tokens: optional(
    quantity({
      kind: "rate",
      min: positive,
      max: 36e14,
      maxReason: "a trillion a second, far beyond any service; check the multiplier",
      description: "Token rate, e.g. `1B/month`. With `energy-per-token` it is the load; with a serving fleet, the functional unit its emissions are also given per (per million tokens)."
    })
  ),
  "energy-per-token": optional(energyPerUnit("token")),
  period: optional(period),
  accelerator: optional(accelerator),
  instance: optional(instance),
  power: optional(power),
  count: optional(count),
  hours: optional(hours).register(globalRegistry, {
    description: "Hours the serving fleet runs in the period; the whole period by default."
  }),
  embodied: optional(embodied),
  host: optional(host),
  "overhead-energy": optional(overheadEnergy)
}).register(globalRegistry, { title: "Inference workload" });
var KINDS_WRITTEN = ["training", "inference"];
var workloadSchema = discriminatedUnion("kind", [trainingSchema, inferenceSchema], {
  error: (issue2) => {
    const kind = issue2.input?.kind;
    if (kind === void 0) return "`kind` is missing: write `kind: training` or `kind: inference`";
    const hint = typeof kind === "string" ? didYouMean(kind, KINDS_WRITTEN) : "";
    return `\`kind\` must be \`training\` or \`inference\`, got ${showValue(kind)}${hint}`;
  }
});
var defaultsSchema = strict({
  ...placement,
  utilization: optional(utilization),
  period: optional(period)
}).register(globalRegistry, {
  description: "Settings every workload in this file (and the files it includes) inherits unless it sets its own."
});
var budgetsSchema = strict({
  total: optional(budget).register(globalRegistry, {
    description: "The most CO2e all workloads of this file and its includes may emit together, e.g. `40 tCO2e`."
  }),
  warn: optional(
    quantity({
      kind: "fraction",
      min: positive,
      max: 1,
      description: "Warn when any budget is this full, e.g. `80%` (the default)."
    })
  ),
  increase: optional(budget).register(globalRegistry, {
    description: "The most CO2e one pull request may add to the total, e.g. `500 kg` (root file only). The GitHub Action checks it against the base branch."
  })
});
var fileShape = {
  $schema: optional(string2()).register(globalRegistry, { description: "The JSON Schema this file follows (for editors)." }),
  version: optional(literal(1, { error: "must be `1`" })).register(globalRegistry, { description: "Version of the file format: `1`." }),
  defaults: optional(defaultsSchema),
  budgets: optional(budgetsSchema),
  include: optional(array(string2().check(_trim(), _minLength(1, "must not be empty")))).register(globalRegistry, {
    description: "More workload files, as paths or globs relative to this file, e.g. `models/**/carbon-budget.yml`."
  })
};
var fileEnvelopeSchema = strict({ ...fileShape, workloads: optional(nullable(array(unknown()))) });
var fileSchema = strict({
  ...fileShape,
  // `workloads:` with nothing after it is YAML for null: an empty list, not a mistake.
  workloads: optional(nullable(array(workloadSchema))).register(globalRegistry, { description: "The workloads this file declares." })
}).register(globalRegistry, {
  title: "carbon-budget.yml",
  description: "Machine-learning workloads and carbon budgets, read by carbon-budget."
});
function jsonSchema() {
  const generated = toJSONSchema(fileSchema, { io: "input", unrepresentable: "any" });
  return { ...generated, $id: "https://github.com/carbon-budget/carbon-budget/schema/carbon-budget.schema.json" };
}

// node_modules/js-yaml/dist/js-yaml.mjs
function getDefaultExportFromCjs(x) {
  return x && x.__esModule && Object.prototype.hasOwnProperty.call(x, "default") ? x["default"] : x;
}
var jsYaml = {};
var loader = {};
var common2 = {};
var hasRequiredCommon;
function requireCommon() {
  if (hasRequiredCommon) return common2;
  hasRequiredCommon = 1;
  function isNothing(subject) {
    return typeof subject === "undefined" || subject === null;
  }
  function isObject2(subject) {
    return typeof subject === "object" && subject !== null;
  }
  function toArray(sequence) {
    if (Array.isArray(sequence)) return sequence;
    else if (isNothing(sequence)) return [];
    return [sequence];
  }
  function extend2(target, source) {
    if (source) {
      const sourceKeys = Object.keys(source);
      for (let index = 0, length = sourceKeys.length; index < length; index += 1) {
        const key = sourceKeys[index];
        target[key] = source[key];
      }
    }
    return target;
  }
  function repeat(string3, count2) {
    let result = "";
    for (let cycle = 0; cycle < count2; cycle += 1) {
      result += string3;
    }
    return result;
  }
  function isNegativeZero(number3) {
    return number3 === 0 && Number.NEGATIVE_INFINITY === 1 / number3;
  }
  common2.isNothing = isNothing;
  common2.isObject = isObject2;
  common2.toArray = toArray;
  common2.repeat = repeat;
  common2.isNegativeZero = isNegativeZero;
  common2.extend = extend2;
  return common2;
}
var exception;
var hasRequiredException;
function requireException() {
  if (hasRequiredException) return exception;
  hasRequiredException = 1;
  function formatError2(exception2, compact) {
    let where2 = "";
    const message = exception2.reason || "(unknown reason)";
    if (!exception2.mark) return message;
    if (exception2.mark.name) {
      where2 += 'in "' + exception2.mark.name + '" ';
    }
    where2 += "(" + (exception2.mark.line + 1) + ":" + (exception2.mark.column + 1) + ")";
    if (!compact && exception2.mark.snippet) {
      where2 += "\n\n" + exception2.mark.snippet;
    }
    return message + " " + where2;
  }
  function YAMLException2(reason, mark) {
    Error.call(this);
    this.name = "YAMLException";
    this.reason = reason;
    this.mark = mark;
    this.message = formatError2(this, false);
    if (Error.captureStackTrace) {
      Error.captureStackTrace(this, this.constructor);
    } else {
      this.stack = new Error().stack || "";
    }
  }
  YAMLException2.prototype = Object.create(Error.prototype);
  YAMLException2.prototype.constructor = YAMLException2;
  YAMLException2.prototype.toString = function toString(compact) {
    return this.name + ": " + formatError2(this, compact);
  };
  exception = YAMLException2;
  return exception;
}
var snippet;
var hasRequiredSnippet;
function requireSnippet() {
  if (hasRequiredSnippet) return snippet;
  hasRequiredSnippet = 1;
  const common22 = requireCommon();
  function getLine(buffer, lineStart, lineEnd, position, maxLineLength) {
    let head = "";
    let tail = "";
    const maxHalfLength = Math.floor(maxLineLength / 2) - 1;
    if (position - lineStart > maxHalfLength) {
      head = " ... ";
      lineStart = position - maxHalfLength + head.length;
    }
    if (lineEnd - position > maxHalfLength) {
      tail = " ...";
      lineEnd = position + maxHalfLength - tail.length;
    }
    return {
      str: head + buffer.slice(lineStart, lineEnd).replace(/\t/g, "\u2192") + tail,
      pos: position - lineStart + head.length
      // relative position
    };
  }
  function padStart(string3, max) {
    return common22.repeat(" ", max - string3.length) + string3;
  }
  function makeSnippet(mark, options) {
    options = Object.create(options || null);
    if (!mark.buffer) return null;
    if (!options.maxLength) options.maxLength = 79;
    if (typeof options.indent !== "number") options.indent = 1;
    if (typeof options.linesBefore !== "number") options.linesBefore = 3;
    if (typeof options.linesAfter !== "number") options.linesAfter = 2;
    const re = /\r?\n|\r|\0/g;
    const lineStarts2 = [0];
    const lineEnds = [];
    let match;
    let foundLineNo = -1;
    while (match = re.exec(mark.buffer)) {
      lineEnds.push(match.index);
      lineStarts2.push(match.index + match[0].length);
      if (mark.position <= match.index && foundLineNo < 0) {
        foundLineNo = lineStarts2.length - 2;
      }
    }
    if (foundLineNo < 0) foundLineNo = lineStarts2.length - 1;
    let result = "";
    const lineNoLength = Math.min(mark.line + options.linesAfter, lineEnds.length).toString().length;
    const maxLineLength = options.maxLength - (options.indent + lineNoLength + 3);
    for (let i = 1; i <= options.linesBefore; i++) {
      if (foundLineNo - i < 0) break;
      const line2 = getLine(
        mark.buffer,
        lineStarts2[foundLineNo - i],
        lineEnds[foundLineNo - i],
        mark.position - (lineStarts2[foundLineNo] - lineStarts2[foundLineNo - i]),
        maxLineLength
      );
      result = common22.repeat(" ", options.indent) + padStart((mark.line - i + 1).toString(), lineNoLength) + " | " + line2.str + "\n" + result;
    }
    const line = getLine(mark.buffer, lineStarts2[foundLineNo], lineEnds[foundLineNo], mark.position, maxLineLength);
    result += common22.repeat(" ", options.indent) + padStart((mark.line + 1).toString(), lineNoLength) + " | " + line.str + "\n";
    result += common22.repeat("-", options.indent + lineNoLength + 3 + line.pos) + "^\n";
    for (let i = 1; i <= options.linesAfter; i++) {
      if (foundLineNo + i >= lineEnds.length) break;
      const line2 = getLine(
        mark.buffer,
        lineStarts2[foundLineNo + i],
        lineEnds[foundLineNo + i],
        mark.position - (lineStarts2[foundLineNo] - lineStarts2[foundLineNo + i]),
        maxLineLength
      );
      result += common22.repeat(" ", options.indent) + padStart((mark.line + i + 1).toString(), lineNoLength) + " | " + line2.str + "\n";
    }
    return result.replace(/\n$/, "");
  }
  snippet = makeSnippet;
  return snippet;
}
var type;
var hasRequiredType;
function requireType() {
  if (hasRequiredType) return type;
  hasRequiredType = 1;
  const YAMLException2 = requireException();
  const TYPE_CONSTRUCTOR_OPTIONS = [
    "kind",
    "multi",
    "resolve",
    "construct",
    "instanceOf",
    "predicate",
    "represent",
    "representName",
    "defaultStyle",
    "styleAliases"
  ];
  const YAML_NODE_KINDS = [
    "scalar",
    "sequence",
    "mapping"
  ];
  function compileStyleAliases(map2) {
    const result = {};
    if (map2 !== null) {
      Object.keys(map2).forEach(function(style) {
        map2[style].forEach(function(alias) {
          result[String(alias)] = style;
        });
      });
    }
    return result;
  }
  function Type2(tag, options) {
    options = options || {};
    Object.keys(options).forEach(function(name) {
      if (TYPE_CONSTRUCTOR_OPTIONS.indexOf(name) === -1) {
        throw new YAMLException2('Unknown option "' + name + '" is met in definition of "' + tag + '" YAML type.');
      }
    });
    this.options = options;
    this.tag = tag;
    this.kind = options["kind"] || null;
    this.resolve = options["resolve"] || function() {
      return true;
    };
    this.construct = options["construct"] || function(data) {
      return data;
    };
    this.instanceOf = options["instanceOf"] || null;
    this.predicate = options["predicate"] || null;
    this.represent = options["represent"] || null;
    this.representName = options["representName"] || null;
    this.defaultStyle = options["defaultStyle"] || null;
    this.multi = options["multi"] || false;
    this.styleAliases = compileStyleAliases(options["styleAliases"] || null);
    if (YAML_NODE_KINDS.indexOf(this.kind) === -1) {
      throw new YAMLException2('Unknown kind "' + this.kind + '" is specified for "' + tag + '" YAML type.');
    }
  }
  type = Type2;
  return type;
}
var schema;
var hasRequiredSchema;
function requireSchema() {
  if (hasRequiredSchema) return schema;
  hasRequiredSchema = 1;
  const YAMLException2 = requireException();
  const Type2 = requireType();
  function compileList(schema2, name) {
    const result = [];
    schema2[name].forEach(function(currentType) {
      let newIndex = result.length;
      result.forEach(function(previousType, previousIndex) {
        if (previousType.tag === currentType.tag && previousType.kind === currentType.kind && previousType.multi === currentType.multi) {
          newIndex = previousIndex;
        }
      });
      result[newIndex] = currentType;
    });
    return result;
  }
  function compileMap() {
    const result = {
      scalar: {},
      sequence: {},
      mapping: {},
      fallback: {},
      multi: {
        scalar: [],
        sequence: [],
        mapping: [],
        fallback: []
      }
    };
    function collectType(type2) {
      if (type2.multi) {
        result.multi[type2.kind].push(type2);
        result.multi["fallback"].push(type2);
      } else {
        result[type2.kind][type2.tag] = result["fallback"][type2.tag] = type2;
      }
    }
    for (let index = 0, length = arguments.length; index < length; index += 1) {
      arguments[index].forEach(collectType);
    }
    return result;
  }
  function Schema2(definition) {
    return this.extend(definition);
  }
  Schema2.prototype.extend = function extend2(definition) {
    let implicit = [];
    let explicit = [];
    if (definition instanceof Type2) {
      explicit.push(definition);
    } else if (Array.isArray(definition)) {
      explicit = explicit.concat(definition);
    } else if (definition && (Array.isArray(definition.implicit) || Array.isArray(definition.explicit))) {
      if (definition.implicit) implicit = implicit.concat(definition.implicit);
      if (definition.explicit) explicit = explicit.concat(definition.explicit);
    } else {
      throw new YAMLException2("Schema.extend argument should be a Type, [ Type ], or a schema definition ({ implicit: [...], explicit: [...] })");
    }
    implicit.forEach(function(type2) {
      if (!(type2 instanceof Type2)) {
        throw new YAMLException2("Specified list of YAML types (or a single Type object) contains a non-Type object.");
      }
      if (type2.loadKind && type2.loadKind !== "scalar") {
        throw new YAMLException2("There is a non-scalar type in the implicit list of a schema. Implicit resolving of such types is not supported.");
      }
      if (type2.multi) {
        throw new YAMLException2("There is a multi type in the implicit list of a schema. Multi tags can only be listed as explicit.");
      }
    });
    explicit.forEach(function(type2) {
      if (!(type2 instanceof Type2)) {
        throw new YAMLException2("Specified list of YAML types (or a single Type object) contains a non-Type object.");
      }
    });
    const result = Object.create(Schema2.prototype);
    result.implicit = (this.implicit || []).concat(implicit);
    result.explicit = (this.explicit || []).concat(explicit);
    result.compiledImplicit = compileList(result, "implicit");
    result.compiledExplicit = compileList(result, "explicit");
    result.compiledTypeMap = compileMap(result.compiledImplicit, result.compiledExplicit);
    return result;
  };
  schema = Schema2;
  return schema;
}
var str;
var hasRequiredStr;
function requireStr() {
  if (hasRequiredStr) return str;
  hasRequiredStr = 1;
  const Type2 = requireType();
  str = new Type2("tag:yaml.org,2002:str", {
    kind: "scalar",
    construct: function(data) {
      return data !== null ? data : "";
    }
  });
  return str;
}
var seq;
var hasRequiredSeq;
function requireSeq() {
  if (hasRequiredSeq) return seq;
  hasRequiredSeq = 1;
  const Type2 = requireType();
  seq = new Type2("tag:yaml.org,2002:seq", {
    kind: "sequence",
    construct: function(data) {
      return data !== null ? data : [];
    }
  });
  return seq;
}
var map;
var hasRequiredMap;
function requireMap() {
  if (hasRequiredMap) return map;
  hasRequiredMap = 1;
  const Type2 = requireType();
  map = new Type2("tag:yaml.org,2002:map", {
    kind: "mapping",
    construct: function(data) {
      return data !== null ? data : {};
    }
  });
  return map;
}
var failsafe;
var hasRequiredFailsafe;
function requireFailsafe() {
  if (hasRequiredFailsafe) return failsafe;
  hasRequiredFailsafe = 1;
  const Schema2 = requireSchema();
  failsafe = new Schema2({
    explicit: [
      requireStr(),
      requireSeq(),
      requireMap()
    ]
  });
  return failsafe;
}
var _null3;
var hasRequired_null;
function require_null() {
  if (hasRequired_null) return _null3;
  hasRequired_null = 1;
  const Type2 = requireType();
  function resolveYamlNull(data) {
    if (data === null) return true;
    const max = data.length;
    return max === 1 && data === "~" || max === 4 && (data === "null" || data === "Null" || data === "NULL");
  }
  function constructYamlNull() {
    return null;
  }
  function isNull(object) {
    return object === null;
  }
  _null3 = new Type2("tag:yaml.org,2002:null", {
    kind: "scalar",
    resolve: resolveYamlNull,
    construct: constructYamlNull,
    predicate: isNull,
    represent: {
      canonical: function() {
        return "~";
      },
      lowercase: function() {
        return "null";
      },
      uppercase: function() {
        return "NULL";
      },
      camelcase: function() {
        return "Null";
      },
      empty: function() {
        return "";
      }
    },
    defaultStyle: "lowercase"
  });
  return _null3;
}
var bool;
var hasRequiredBool;
function requireBool() {
  if (hasRequiredBool) return bool;
  hasRequiredBool = 1;
  const Type2 = requireType();
  function resolveYamlBoolean(data) {
    if (data === null) return false;
    const max = data.length;
    return max === 4 && (data === "true" || data === "True" || data === "TRUE") || max === 5 && (data === "false" || data === "False" || data === "FALSE");
  }
  function constructYamlBoolean(data) {
    return data === "true" || data === "True" || data === "TRUE";
  }
  function isBoolean(object) {
    return Object.prototype.toString.call(object) === "[object Boolean]";
  }
  bool = new Type2("tag:yaml.org,2002:bool", {
    kind: "scalar",
    resolve: resolveYamlBoolean,
    construct: constructYamlBoolean,
    predicate: isBoolean,
    represent: {
      lowercase: function(object) {
        return object ? "true" : "false";
      },
      uppercase: function(object) {
        return object ? "TRUE" : "FALSE";
      },
      camelcase: function(object) {
        return object ? "True" : "False";
      }
    },
    defaultStyle: "lowercase"
  });
  return bool;
}
var int2;
var hasRequiredInt;
function requireInt() {
  if (hasRequiredInt) return int2;
  hasRequiredInt = 1;
  const common22 = requireCommon();
  const Type2 = requireType();
  function isHexCode(c) {
    return c >= 48 && c <= 57 || c >= 65 && c <= 70 || c >= 97 && c <= 102;
  }
  function isOctCode(c) {
    return c >= 48 && c <= 55;
  }
  function isDecCode(c) {
    return c >= 48 && c <= 57;
  }
  function resolveYamlInteger(data) {
    if (data === null) return false;
    const max = data.length;
    let index = 0;
    let hasDigits = false;
    if (!max) return false;
    let ch = data[index];
    if (ch === "-" || ch === "+") {
      ch = data[++index];
    }
    if (ch === "0") {
      if (index + 1 === max) return true;
      ch = data[++index];
      if (ch === "b") {
        index++;
        for (; index < max; index++) {
          ch = data[index];
          if (ch !== "0" && ch !== "1") return false;
          hasDigits = true;
        }
        return hasDigits && isFinite(parseYamlInteger(data));
      }
      if (ch === "x") {
        index++;
        for (; index < max; index++) {
          if (!isHexCode(data.charCodeAt(index))) return false;
          hasDigits = true;
        }
        return hasDigits && isFinite(parseYamlInteger(data));
      }
      if (ch === "o") {
        index++;
        for (; index < max; index++) {
          if (!isOctCode(data.charCodeAt(index))) return false;
          hasDigits = true;
        }
        return hasDigits && isFinite(parseYamlInteger(data));
      }
    }
    for (; index < max; index++) {
      if (!isDecCode(data.charCodeAt(index))) {
        return false;
      }
      hasDigits = true;
    }
    if (!hasDigits) return false;
    return isFinite(parseYamlInteger(data));
  }
  function parseYamlInteger(data) {
    let value = data;
    let sign = 1;
    let ch = value[0];
    if (ch === "-" || ch === "+") {
      if (ch === "-") sign = -1;
      value = value.slice(1);
      ch = value[0];
    }
    if (value === "0") return 0;
    if (ch === "0") {
      if (value[1] === "b") return sign * parseInt(value.slice(2), 2);
      if (value[1] === "x") return sign * parseInt(value.slice(2), 16);
      if (value[1] === "o") return sign * parseInt(value.slice(2), 8);
    }
    return sign * parseInt(value, 10);
  }
  function constructYamlInteger(data) {
    return parseYamlInteger(data);
  }
  function isInteger(object) {
    return Object.prototype.toString.call(object) === "[object Number]" && (object % 1 === 0 && !common22.isNegativeZero(object));
  }
  int2 = new Type2("tag:yaml.org,2002:int", {
    kind: "scalar",
    resolve: resolveYamlInteger,
    construct: constructYamlInteger,
    predicate: isInteger,
    represent: {
      binary: function(obj) {
        return obj >= 0 ? "0b" + obj.toString(2) : "-0b" + obj.toString(2).slice(1);
      },
      octal: function(obj) {
        return obj >= 0 ? "0o" + obj.toString(8) : "-0o" + obj.toString(8).slice(1);
      },
      decimal: function(obj) {
        return obj.toString(10);
      },
      hexadecimal: function(obj) {
        return obj >= 0 ? "0x" + obj.toString(16).toUpperCase() : "-0x" + obj.toString(16).toUpperCase().slice(1);
      }
    },
    defaultStyle: "decimal",
    styleAliases: {
      binary: [2, "bin"],
      octal: [8, "oct"],
      decimal: [10, "dec"],
      hexadecimal: [16, "hex"]
    }
  });
  return int2;
}
var float;
var hasRequiredFloat;
function requireFloat() {
  if (hasRequiredFloat) return float;
  hasRequiredFloat = 1;
  const common22 = requireCommon();
  const Type2 = requireType();
  const YAML_FLOAT_PATTERN = new RegExp(
    // 2.5e4, 2.5 and integers
    "^(?:[-+]?(?:[0-9]+)(?:\\.[0-9]*)?(?:[eE][-+]?[0-9]+)?|\\.[0-9]+(?:[eE][-+]?[0-9]+)?|[-+]?\\.(?:inf|Inf|INF)|\\.(?:nan|NaN|NAN))$"
  );
  const YAML_FLOAT_SPECIAL_PATTERN = new RegExp(
    "^(?:[-+]?\\.(?:inf|Inf|INF)|\\.(?:nan|NaN|NAN))$"
  );
  function resolveYamlFloat(data) {
    if (data === null) return false;
    if (!YAML_FLOAT_PATTERN.test(data)) {
      return false;
    }
    if (isFinite(parseFloat(data, 10))) {
      return true;
    }
    return YAML_FLOAT_SPECIAL_PATTERN.test(data);
  }
  function constructYamlFloat(data) {
    let value = data.toLowerCase();
    const sign = value[0] === "-" ? -1 : 1;
    if ("+-".indexOf(value[0]) >= 0) {
      value = value.slice(1);
    }
    if (value === ".inf") {
      return sign === 1 ? Number.POSITIVE_INFINITY : Number.NEGATIVE_INFINITY;
    } else if (value === ".nan") {
      return NaN;
    }
    return sign * parseFloat(value, 10);
  }
  const SCIENTIFIC_WITHOUT_DOT = /^[-+]?[0-9]+e/;
  function representYamlFloat(object, style) {
    if (isNaN(object)) {
      switch (style) {
        case "lowercase":
          return ".nan";
        case "uppercase":
          return ".NAN";
        case "camelcase":
          return ".NaN";
      }
    } else if (Number.POSITIVE_INFINITY === object) {
      switch (style) {
        case "lowercase":
          return ".inf";
        case "uppercase":
          return ".INF";
        case "camelcase":
          return ".Inf";
      }
    } else if (Number.NEGATIVE_INFINITY === object) {
      switch (style) {
        case "lowercase":
          return "-.inf";
        case "uppercase":
          return "-.INF";
        case "camelcase":
          return "-.Inf";
      }
    } else if (common22.isNegativeZero(object)) {
      return "-0.0";
    }
    const res = object.toString(10);
    return SCIENTIFIC_WITHOUT_DOT.test(res) ? res.replace("e", ".e") : res;
  }
  function isFloat(object) {
    return Object.prototype.toString.call(object) === "[object Number]" && (object % 1 !== 0 || common22.isNegativeZero(object));
  }
  float = new Type2("tag:yaml.org,2002:float", {
    kind: "scalar",
    resolve: resolveYamlFloat,
    construct: constructYamlFloat,
    predicate: isFloat,
    represent: representYamlFloat,
    defaultStyle: "lowercase"
  });
  return float;
}
var json;
var hasRequiredJson;
function requireJson() {
  if (hasRequiredJson) return json;
  hasRequiredJson = 1;
  json = requireFailsafe().extend({
    implicit: [
      require_null(),
      requireBool(),
      requireInt(),
      requireFloat()
    ]
  });
  return json;
}
var core;
var hasRequiredCore;
function requireCore() {
  if (hasRequiredCore) return core;
  hasRequiredCore = 1;
  core = requireJson();
  return core;
}
var timestamp;
var hasRequiredTimestamp;
function requireTimestamp() {
  if (hasRequiredTimestamp) return timestamp;
  hasRequiredTimestamp = 1;
  const Type2 = requireType();
  const YAML_DATE_REGEXP = new RegExp(
    "^([0-9][0-9][0-9][0-9])-([0-9][0-9])-([0-9][0-9])$"
  );
  const YAML_TIMESTAMP_REGEXP = new RegExp(
    "^([0-9][0-9][0-9][0-9])-([0-9][0-9]?)-([0-9][0-9]?)(?:[Tt]|[ \\t]+)([0-9][0-9]?):([0-9][0-9]):([0-9][0-9])(?:\\.([0-9]*))?(?:[ \\t]*(Z|([-+])([0-9][0-9]?)(?::([0-9][0-9]))?))?$"
  );
  function resolveYamlTimestamp(data) {
    if (data === null) return false;
    if (YAML_DATE_REGEXP.exec(data) !== null) return true;
    if (YAML_TIMESTAMP_REGEXP.exec(data) !== null) return true;
    return false;
  }
  function constructYamlTimestamp(data) {
    let fraction = 0;
    let delta = null;
    let match = YAML_DATE_REGEXP.exec(data);
    if (match === null) match = YAML_TIMESTAMP_REGEXP.exec(data);
    if (match === null) throw new Error("Date resolve error");
    const year2 = +match[1];
    const month = +match[2] - 1;
    const day = +match[3];
    if (!match[4]) {
      return new Date(Date.UTC(year2, month, day));
    }
    const hour = +match[4];
    const minute = +match[5];
    const second = +match[6];
    if (match[7]) {
      fraction = match[7].slice(0, 3);
      while (fraction.length < 3) {
        fraction += "0";
      }
      fraction = +fraction;
    }
    if (match[9]) {
      const tzHour = +match[10];
      const tzMinute = +(match[11] || 0);
      delta = (tzHour * 60 + tzMinute) * 6e4;
      if (match[9] === "-") delta = -delta;
    }
    const date2 = new Date(Date.UTC(year2, month, day, hour, minute, second, fraction));
    if (delta) date2.setTime(date2.getTime() - delta);
    return date2;
  }
  function representYamlTimestamp(object) {
    return object.toISOString();
  }
  timestamp = new Type2("tag:yaml.org,2002:timestamp", {
    kind: "scalar",
    resolve: resolveYamlTimestamp,
    construct: constructYamlTimestamp,
    instanceOf: Date,
    represent: representYamlTimestamp
  });
  return timestamp;
}
var merge2;
var hasRequiredMerge;
function requireMerge() {
  if (hasRequiredMerge) return merge2;
  hasRequiredMerge = 1;
  const Type2 = requireType();
  function resolveYamlMerge(data) {
    return data === "<<" || data === null;
  }
  merge2 = new Type2("tag:yaml.org,2002:merge", {
    kind: "scalar",
    resolve: resolveYamlMerge
  });
  return merge2;
}
var binary;
var hasRequiredBinary;
function requireBinary() {
  if (hasRequiredBinary) return binary;
  hasRequiredBinary = 1;
  const Type2 = requireType();
  const BASE64_MAP = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/=\n\r";
  function resolveYamlBinary(data) {
    if (data === null) return false;
    let bitlen = 0;
    const max = data.length;
    const map2 = BASE64_MAP;
    for (let idx = 0; idx < max; idx++) {
      const code2 = map2.indexOf(data.charAt(idx));
      if (code2 > 64) continue;
      if (code2 < 0) return false;
      bitlen += 6;
    }
    return bitlen % 8 === 0;
  }
  function constructYamlBinary(data) {
    const input = data.replace(/[\r\n=]/g, "");
    const max = input.length;
    const map2 = BASE64_MAP;
    let bits = 0;
    const result = [];
    for (let idx = 0; idx < max; idx++) {
      if (idx % 4 === 0 && idx) {
        result.push(bits >> 16 & 255);
        result.push(bits >> 8 & 255);
        result.push(bits & 255);
      }
      bits = bits << 6 | map2.indexOf(input.charAt(idx));
    }
    const tailbits = max % 4 * 6;
    if (tailbits === 0) {
      result.push(bits >> 16 & 255);
      result.push(bits >> 8 & 255);
      result.push(bits & 255);
    } else if (tailbits === 18) {
      result.push(bits >> 10 & 255);
      result.push(bits >> 2 & 255);
    } else if (tailbits === 12) {
      result.push(bits >> 4 & 255);
    }
    return new Uint8Array(result);
  }
  function representYamlBinary(object) {
    let result = "";
    let bits = 0;
    const max = object.length;
    const map2 = BASE64_MAP;
    for (let idx = 0; idx < max; idx++) {
      if (idx % 3 === 0 && idx) {
        result += map2[bits >> 18 & 63];
        result += map2[bits >> 12 & 63];
        result += map2[bits >> 6 & 63];
        result += map2[bits & 63];
      }
      bits = (bits << 8) + object[idx];
    }
    const tail = max % 3;
    if (tail === 0) {
      result += map2[bits >> 18 & 63];
      result += map2[bits >> 12 & 63];
      result += map2[bits >> 6 & 63];
      result += map2[bits & 63];
    } else if (tail === 2) {
      result += map2[bits >> 10 & 63];
      result += map2[bits >> 4 & 63];
      result += map2[bits << 2 & 63];
      result += map2[64];
    } else if (tail === 1) {
      result += map2[bits >> 2 & 63];
      result += map2[bits << 4 & 63];
      result += map2[64];
      result += map2[64];
    }
    return result;
  }
  function isBinary(obj) {
    return Object.prototype.toString.call(obj) === "[object Uint8Array]";
  }
  binary = new Type2("tag:yaml.org,2002:binary", {
    kind: "scalar",
    resolve: resolveYamlBinary,
    construct: constructYamlBinary,
    predicate: isBinary,
    represent: representYamlBinary
  });
  return binary;
}
var omap;
var hasRequiredOmap;
function requireOmap() {
  if (hasRequiredOmap) return omap;
  hasRequiredOmap = 1;
  const Type2 = requireType();
  const _hasOwnProperty = Object.prototype.hasOwnProperty;
  const _toString = Object.prototype.toString;
  function resolveYamlOmap(data) {
    if (data === null) return true;
    const objectKeys = {};
    const object = data;
    for (let index = 0, length = object.length; index < length; index += 1) {
      const pair = object[index];
      let pairHasKey = false;
      if (_toString.call(pair) !== "[object Object]") return false;
      let pairKey;
      for (pairKey in pair) {
        if (_hasOwnProperty.call(pair, pairKey)) {
          if (!pairHasKey) pairHasKey = true;
          else return false;
        }
      }
      if (!pairHasKey) return false;
      if (_hasOwnProperty.call(objectKeys, pairKey)) return false;
      Object.defineProperty(objectKeys, pairKey, { value: true });
    }
    return true;
  }
  function constructYamlOmap(data) {
    return data !== null ? data : [];
  }
  omap = new Type2("tag:yaml.org,2002:omap", {
    kind: "sequence",
    resolve: resolveYamlOmap,
    construct: constructYamlOmap
  });
  return omap;
}
var pairs;
var hasRequiredPairs;
function requirePairs() {
  if (hasRequiredPairs) return pairs;
  hasRequiredPairs = 1;
  const Type2 = requireType();
  const _toString = Object.prototype.toString;
  function resolveYamlPairs(data) {
    if (data === null) return true;
    const object = data;
    const result = new Array(object.length);
    for (let index = 0, length = object.length; index < length; index += 1) {
      const pair = object[index];
      if (_toString.call(pair) !== "[object Object]") return false;
      const keys = Object.keys(pair);
      if (keys.length !== 1) return false;
      result[index] = [keys[0], pair[keys[0]]];
    }
    return true;
  }
  function constructYamlPairs(data) {
    if (data === null) return [];
    const object = data;
    const result = new Array(object.length);
    for (let index = 0, length = object.length; index < length; index += 1) {
      const pair = object[index];
      const keys = Object.keys(pair);
      result[index] = [keys[0], pair[keys[0]]];
    }
    return result;
  }
  pairs = new Type2("tag:yaml.org,2002:pairs", {
    kind: "sequence",
    resolve: resolveYamlPairs,
    construct: constructYamlPairs
  });
  return pairs;
}
var set;
var hasRequiredSet;
function requireSet() {
  if (hasRequiredSet) return set;
  hasRequiredSet = 1;
  const Type2 = requireType();
  const _hasOwnProperty = Object.prototype.hasOwnProperty;
  function resolveYamlSet(data) {
    if (data === null) return true;
    const object = data;
    for (const key in object) {
      if (_hasOwnProperty.call(object, key)) {
        if (object[key] !== null) return false;
      }
    }
    return true;
  }
  function constructYamlSet(data) {
    return data !== null ? data : {};
  }
  set = new Type2("tag:yaml.org,2002:set", {
    kind: "mapping",
    resolve: resolveYamlSet,
    construct: constructYamlSet
  });
  return set;
}
var _default;
var hasRequired_default;
function require_default() {
  if (hasRequired_default) return _default;
  hasRequired_default = 1;
  _default = requireCore().extend({
    implicit: [
      requireTimestamp(),
      requireMerge()
    ],
    explicit: [
      requireBinary(),
      requireOmap(),
      requirePairs(),
      requireSet()
    ]
  });
  return _default;
}
var hasRequiredLoader;
function requireLoader() {
  if (hasRequiredLoader) return loader;
  hasRequiredLoader = 1;
  const common22 = requireCommon();
  const YAMLException2 = requireException();
  const makeSnippet = requireSnippet();
  const DEFAULT_SCHEMA2 = require_default();
  const _hasOwnProperty = Object.prototype.hasOwnProperty;
  const CONTEXT_FLOW_IN = 1;
  const CONTEXT_FLOW_OUT = 2;
  const CONTEXT_BLOCK_IN = 3;
  const CONTEXT_BLOCK_OUT = 4;
  const CHOMPING_CLIP = 1;
  const CHOMPING_STRIP = 2;
  const CHOMPING_KEEP = 3;
  const PATTERN_NON_PRINTABLE = /[\x00-\x08\x0B\x0C\x0E-\x1F\x7F-\x84\x86-\x9F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?:[^\uD800-\uDBFF]|^)[\uDC00-\uDFFF]/;
  const PATTERN_NON_ASCII_LINE_BREAKS = /[\x85\u2028\u2029]/;
  const PATTERN_FLOW_INDICATORS = /[,\[\]{}]/;
  const PATTERN_TAG_HANDLE = /^(?:!|!!|![0-9A-Za-z-]+!)$/;
  const PATTERN_TAG_URI = /^(?:!|[^,\[\]{}])(?:%[0-9a-f]{2}|[0-9a-z\-#;/?:@&=+$,_.!~*'()\[\]])*$/i;
  function _class(obj) {
    return Object.prototype.toString.call(obj);
  }
  function isEol(c) {
    return c === 10 || c === 13;
  }
  function isWhiteSpace(c) {
    return c === 9 || c === 32;
  }
  function isWsOrEol(c) {
    return c === 9 || c === 32 || c === 10 || c === 13;
  }
  function isFlowIndicator(c) {
    return c === 44 || c === 91 || c === 93 || c === 123 || c === 125;
  }
  function fromHexCode(c) {
    if (c >= 48 && c <= 57) {
      return c - 48;
    }
    const lc = c | 32;
    if (lc >= 97 && lc <= 102) {
      return lc - 97 + 10;
    }
    return -1;
  }
  function escapedHexLen(c) {
    if (c === 120) {
      return 2;
    }
    if (c === 117) {
      return 4;
    }
    if (c === 85) {
      return 8;
    }
    return 0;
  }
  function fromDecimalCode(c) {
    if (c >= 48 && c <= 57) {
      return c - 48;
    }
    return -1;
  }
  function simpleEscapeSequence(c) {
    switch (c) {
      case 48:
        return "\0";
      case 97:
        return "\x07";
      case 98:
        return "\b";
      case 116:
        return "	";
      case 9:
        return "	";
      case 110:
        return "\n";
      case 118:
        return "\v";
      case 102:
        return "\f";
      case 114:
        return "\r";
      case 101:
        return "\x1B";
      case 32:
        return " ";
      case 34:
        return '"';
      case 47:
        return "/";
      case 92:
        return "\\";
      case 78:
        return "\x85";
      case 95:
        return "\xA0";
      case 76:
        return "\u2028";
      case 80:
        return "\u2029";
      default:
        return "";
    }
  }
  function charFromCodepoint(c) {
    if (c <= 65535) {
      return String.fromCharCode(c);
    }
    return String.fromCharCode(
      (c - 65536 >> 10) + 55296,
      (c - 65536 & 1023) + 56320
    );
  }
  function setProperty(object, key, value) {
    if (key === "__proto__") {
      Object.defineProperty(object, key, {
        configurable: true,
        enumerable: true,
        writable: true,
        value
      });
    } else {
      object[key] = value;
    }
  }
  const simpleEscapeCheck = new Array(256);
  const simpleEscapeMap = new Array(256);
  for (let i = 0; i < 256; i++) {
    simpleEscapeCheck[i] = simpleEscapeSequence(i) ? 1 : 0;
    simpleEscapeMap[i] = simpleEscapeSequence(i);
  }
  function State(input, options) {
    this.input = input;
    this.filename = options["filename"] || null;
    this.schema = options["schema"] || DEFAULT_SCHEMA2;
    this.onWarning = options["onWarning"] || null;
    this.legacy = options["legacy"] || false;
    this.json = options["json"] || false;
    this.listener = options["listener"] || null;
    this.maxDepth = typeof options["maxDepth"] === "number" ? options["maxDepth"] : 100;
    this.maxTotalMergeKeys = typeof options["maxTotalMergeKeys"] === "number" ? options["maxTotalMergeKeys"] : 1e4;
    this.implicitTypes = this.schema.compiledImplicit;
    this.typeMap = this.schema.compiledTypeMap;
    this.length = input.length;
    this.position = 0;
    this.line = 0;
    this.lineStart = 0;
    this.lineIndent = 0;
    this.depth = 0;
    this.totalMergeKeys = 0;
    this.firstTabInLine = -1;
    this.documents = [];
    this.anchorMapTransactions = [];
  }
  function generateError(state, message) {
    const mark = {
      name: state.filename,
      buffer: state.input.slice(0, -1),
      // omit trailing \0
      position: state.position,
      line: state.line,
      column: state.position - state.lineStart
    };
    mark.snippet = makeSnippet(mark);
    return new YAMLException2(message, mark);
  }
  function throwError(state, message) {
    throw generateError(state, message);
  }
  function throwWarning(state, message) {
    if (state.onWarning) {
      state.onWarning.call(null, generateError(state, message));
    }
  }
  function storeAnchor(state, name, value) {
    const transactions = state.anchorMapTransactions;
    if (transactions.length !== 0) {
      const transaction = transactions[transactions.length - 1];
      if (!_hasOwnProperty.call(transaction, name)) {
        transaction[name] = {
          existed: _hasOwnProperty.call(state.anchorMap, name),
          value: state.anchorMap[name]
        };
      }
    }
    state.anchorMap[name] = value;
  }
  function beginAnchorTransaction(state) {
    state.anchorMapTransactions.push(/* @__PURE__ */ Object.create(null));
  }
  function commitAnchorTransaction(state) {
    const transaction = state.anchorMapTransactions.pop();
    const transactions = state.anchorMapTransactions;
    if (transactions.length === 0) return;
    const parent = transactions[transactions.length - 1];
    const names = Object.keys(transaction);
    for (let index = 0, length = names.length; index < length; index += 1) {
      const name = names[index];
      if (!_hasOwnProperty.call(parent, name)) {
        parent[name] = transaction[name];
      }
    }
  }
  function rollbackAnchorTransaction(state) {
    const transaction = state.anchorMapTransactions.pop();
    const names = Object.keys(transaction);
    for (let index = names.length - 1; index >= 0; index -= 1) {
      const entry = transaction[names[index]];
      if (entry.existed) {
        state.anchorMap[names[index]] = entry.value;
      } else {
        delete state.anchorMap[names[index]];
      }
    }
  }
  function snapshotState(state) {
    return {
      position: state.position,
      line: state.line,
      lineStart: state.lineStart,
      lineIndent: state.lineIndent,
      firstTabInLine: state.firstTabInLine,
      tag: state.tag,
      anchor: state.anchor,
      kind: state.kind,
      result: state.result
    };
  }
  function restoreState(state, snapshot) {
    state.position = snapshot.position;
    state.line = snapshot.line;
    state.lineStart = snapshot.lineStart;
    state.lineIndent = snapshot.lineIndent;
    state.firstTabInLine = snapshot.firstTabInLine;
    state.tag = snapshot.tag;
    state.anchor = snapshot.anchor;
    state.kind = snapshot.kind;
    state.result = snapshot.result;
  }
  const directiveHandlers = {
    YAML: function handleYamlDirective(state, name, args) {
      if (state.version !== null) {
        throwError(state, "duplication of %YAML directive");
      }
      if (args.length !== 1) {
        throwError(state, "YAML directive accepts exactly one argument");
      }
      const match = /^([0-9]+)\.([0-9]+)$/.exec(args[0]);
      if (match === null) {
        throwError(state, "ill-formed argument of the YAML directive");
      }
      const major = parseInt(match[1], 10);
      const minor = parseInt(match[2], 10);
      if (major !== 1) {
        throwError(state, "unacceptable YAML version of the document");
      }
      state.version = args[0];
      state.checkLineBreaks = minor < 2;
      if (minor !== 1 && minor !== 2) {
        throwWarning(state, "unsupported YAML version of the document");
      }
    },
    TAG: function handleTagDirective(state, name, args) {
      let prefix;
      if (args.length !== 2) {
        throwError(state, "TAG directive accepts exactly two arguments");
      }
      const handle = args[0];
      prefix = args[1];
      if (!PATTERN_TAG_HANDLE.test(handle)) {
        throwError(state, "ill-formed tag handle (first argument) of the TAG directive");
      }
      if (_hasOwnProperty.call(state.tagMap, handle)) {
        throwError(state, 'there is a previously declared suffix for "' + handle + '" tag handle');
      }
      if (!PATTERN_TAG_URI.test(prefix)) {
        throwError(state, "ill-formed tag prefix (second argument) of the TAG directive");
      }
      try {
        prefix = decodeURIComponent(prefix);
      } catch (err) {
        throwError(state, "tag prefix is malformed: " + prefix);
      }
      state.tagMap[handle] = prefix;
    }
  };
  function captureSegment(state, start, end, checkJson) {
    if (start < end) {
      const _result = state.input.slice(start, end);
      if (checkJson) {
        for (let _position = 0, _length2 = _result.length; _position < _length2; _position += 1) {
          const _character = _result.charCodeAt(_position);
          if (!(_character === 9 || _character >= 32 && _character <= 1114111)) {
            throwError(state, "expected valid JSON character");
          }
        }
      } else if (PATTERN_NON_PRINTABLE.test(_result)) {
        throwError(state, "the stream contains non-printable characters");
      }
      state.result += _result;
    }
  }
  function chargeMergeWork(state) {
    state.totalMergeKeys++;
    if (state.maxTotalMergeKeys !== -1 && state.totalMergeKeys > state.maxTotalMergeKeys) {
      throwError(state, "merge keys exceeded maxTotalMergeKeys (" + state.maxTotalMergeKeys + ")");
    }
  }
  function mergeMappings(state, destination, source, overridableKeys) {
    if (!common22.isObject(source)) {
      throwError(state, "cannot merge mappings; the provided source object is unacceptable");
    }
    chargeMergeWork(state);
    const sourceKeys = Object.keys(source);
    for (let index = 0, quantity2 = sourceKeys.length; index < quantity2; index += 1) {
      const key = sourceKeys[index];
      chargeMergeWork(state);
      if (!_hasOwnProperty.call(destination, key)) {
        setProperty(destination, key, source[key]);
        overridableKeys[key] = true;
      }
    }
  }
  function storeMappingPair(state, _result, overridableKeys, keyTag, keyNode, valueNode, startLine, startLineStart, startPos) {
    if (Array.isArray(keyNode)) {
      keyNode = Array.prototype.slice.call(keyNode);
      for (let index = 0, quantity2 = keyNode.length; index < quantity2; index += 1) {
        if (Array.isArray(keyNode[index])) {
          throwError(state, "nested arrays are not supported inside keys");
        }
        if (typeof keyNode === "object" && _class(keyNode[index]) === "[object Object]") {
          keyNode[index] = "[object Object]";
        }
      }
    }
    if (typeof keyNode === "object" && _class(keyNode) === "[object Object]") {
      keyNode = "[object Object]";
    }
    keyNode = String(keyNode);
    if (_result === null) {
      _result = {};
    }
    if (keyTag === "tag:yaml.org,2002:merge") {
      if (Array.isArray(valueNode)) {
        if (valueNode.length > 100) {
          throwError(state, "abnormal merge sequence size");
        }
        for (let index = 0, quantity2 = valueNode.length; index < quantity2; index += 1) {
          mergeMappings(state, _result, valueNode[index], overridableKeys);
        }
      } else {
        mergeMappings(state, _result, valueNode, overridableKeys);
      }
    } else {
      if (!state.json && !_hasOwnProperty.call(overridableKeys, keyNode) && _hasOwnProperty.call(_result, keyNode)) {
        state.line = startLine || state.line;
        state.lineStart = startLineStart || state.lineStart;
        state.position = startPos || state.position;
        throwError(state, "duplicated mapping key");
      }
      setProperty(_result, keyNode, valueNode);
      delete overridableKeys[keyNode];
    }
    return _result;
  }
  function readLineBreak(state) {
    const ch = state.input.charCodeAt(state.position);
    if (ch === 10) {
      state.position++;
    } else if (ch === 13) {
      state.position++;
      if (state.input.charCodeAt(state.position) === 10) {
        state.position++;
      }
    } else {
      throwError(state, "a line break is expected");
    }
    state.line += 1;
    state.lineStart = state.position;
    state.firstTabInLine = -1;
  }
  function skipSeparationSpace(state, allowComments, checkIndent) {
    let lineBreaks = 0;
    let ch = state.input.charCodeAt(state.position);
    while (ch !== 0) {
      while (isWhiteSpace(ch)) {
        if (ch === 9 && state.firstTabInLine === -1) {
          state.firstTabInLine = state.position;
        }
        ch = state.input.charCodeAt(++state.position);
      }
      if (allowComments && ch === 35) {
        do {
          ch = state.input.charCodeAt(++state.position);
        } while (ch !== 10 && ch !== 13 && ch !== 0);
      }
      if (isEol(ch)) {
        readLineBreak(state);
        ch = state.input.charCodeAt(state.position);
        lineBreaks++;
        state.lineIndent = 0;
        while (ch === 32) {
          state.lineIndent++;
          ch = state.input.charCodeAt(++state.position);
        }
      } else {
        break;
      }
    }
    if (checkIndent !== -1 && lineBreaks !== 0 && state.lineIndent < checkIndent) {
      throwWarning(state, "deficient indentation");
    }
    return lineBreaks;
  }
  function testDocumentSeparator(state) {
    let _position = state.position;
    let ch = state.input.charCodeAt(_position);
    if ((ch === 45 || ch === 46) && ch === state.input.charCodeAt(_position + 1) && ch === state.input.charCodeAt(_position + 2)) {
      _position += 3;
      ch = state.input.charCodeAt(_position);
      if (ch === 0 || isWsOrEol(ch)) {
        return true;
      }
    }
    return false;
  }
  function writeFoldedLines(state, count2) {
    if (count2 === 1) {
      state.result += " ";
    } else if (count2 > 1) {
      state.result += common22.repeat("\n", count2 - 1);
    }
  }
  function readPlainScalar(state, nodeIndent, withinFlowCollection) {
    let captureStart;
    let captureEnd;
    let hasPendingContent;
    let _line;
    let _lineStart;
    let _lineIndent;
    const _kind = state.kind;
    const _result = state.result;
    let ch = state.input.charCodeAt(state.position);
    if (isWsOrEol(ch) || isFlowIndicator(ch) || ch === 35 || ch === 38 || ch === 42 || ch === 33 || ch === 124 || ch === 62 || ch === 39 || ch === 34 || ch === 37 || ch === 64 || ch === 96) {
      return false;
    }
    if (ch === 63 || ch === 45) {
      const following = state.input.charCodeAt(state.position + 1);
      if (isWsOrEol(following) || withinFlowCollection && isFlowIndicator(following)) {
        return false;
      }
    }
    state.kind = "scalar";
    state.result = "";
    captureStart = captureEnd = state.position;
    hasPendingContent = false;
    while (ch !== 0) {
      if (ch === 58) {
        const following = state.input.charCodeAt(state.position + 1);
        if (isWsOrEol(following) || withinFlowCollection && isFlowIndicator(following)) {
          break;
        }
      } else if (ch === 35) {
        const preceding = state.input.charCodeAt(state.position - 1);
        if (isWsOrEol(preceding)) {
          break;
        }
      } else if (state.position === state.lineStart && testDocumentSeparator(state) || withinFlowCollection && isFlowIndicator(ch)) {
        break;
      } else if (isEol(ch)) {
        _line = state.line;
        _lineStart = state.lineStart;
        _lineIndent = state.lineIndent;
        skipSeparationSpace(state, false, -1);
        if (state.lineIndent >= nodeIndent) {
          hasPendingContent = true;
          ch = state.input.charCodeAt(state.position);
          continue;
        } else {
          state.position = captureEnd;
          state.line = _line;
          state.lineStart = _lineStart;
          state.lineIndent = _lineIndent;
          break;
        }
      }
      if (hasPendingContent) {
        captureSegment(state, captureStart, captureEnd, false);
        writeFoldedLines(state, state.line - _line);
        captureStart = captureEnd = state.position;
        hasPendingContent = false;
      }
      if (!isWhiteSpace(ch)) {
        captureEnd = state.position + 1;
      }
      ch = state.input.charCodeAt(++state.position);
    }
    captureSegment(state, captureStart, captureEnd, false);
    if (state.result) {
      return true;
    }
    state.kind = _kind;
    state.result = _result;
    return false;
  }
  function readSingleQuotedScalar(state, nodeIndent) {
    let captureStart;
    let captureEnd;
    let ch = state.input.charCodeAt(state.position);
    if (ch !== 39) {
      return false;
    }
    state.kind = "scalar";
    state.result = "";
    state.position++;
    captureStart = captureEnd = state.position;
    while ((ch = state.input.charCodeAt(state.position)) !== 0) {
      if (ch === 39) {
        captureSegment(state, captureStart, state.position, true);
        ch = state.input.charCodeAt(++state.position);
        if (ch === 39) {
          captureStart = state.position;
          state.position++;
          captureEnd = state.position;
        } else {
          return true;
        }
      } else if (isEol(ch)) {
        captureSegment(state, captureStart, captureEnd, true);
        writeFoldedLines(state, skipSeparationSpace(state, false, nodeIndent));
        captureStart = captureEnd = state.position;
      } else if (state.position === state.lineStart && testDocumentSeparator(state)) {
        throwError(state, "unexpected end of the document within a single quoted scalar");
      } else {
        state.position++;
        if (!isWhiteSpace(ch)) {
          captureEnd = state.position;
        }
      }
    }
    throwError(state, "unexpected end of the stream within a single quoted scalar");
  }
  function readDoubleQuotedScalar(state, nodeIndent) {
    let captureStart;
    let captureEnd;
    let tmp;
    let ch = state.input.charCodeAt(state.position);
    if (ch !== 34) {
      return false;
    }
    state.kind = "scalar";
    state.result = "";
    state.position++;
    captureStart = captureEnd = state.position;
    while ((ch = state.input.charCodeAt(state.position)) !== 0) {
      if (ch === 34) {
        captureSegment(state, captureStart, state.position, true);
        state.position++;
        return true;
      } else if (ch === 92) {
        captureSegment(state, captureStart, state.position, true);
        ch = state.input.charCodeAt(++state.position);
        if (isEol(ch)) {
          skipSeparationSpace(state, false, nodeIndent);
        } else if (ch < 256 && simpleEscapeCheck[ch]) {
          state.result += simpleEscapeMap[ch];
          state.position++;
        } else if ((tmp = escapedHexLen(ch)) > 0) {
          let hexLength = tmp;
          let hexResult = 0;
          for (; hexLength > 0; hexLength--) {
            ch = state.input.charCodeAt(++state.position);
            if ((tmp = fromHexCode(ch)) >= 0) {
              hexResult = (hexResult << 4) + tmp;
            } else {
              throwError(state, "expected hexadecimal character");
            }
          }
          state.result += charFromCodepoint(hexResult);
          state.position++;
        } else {
          throwError(state, "unknown escape sequence");
        }
        captureStart = captureEnd = state.position;
      } else if (isEol(ch)) {
        captureSegment(state, captureStart, captureEnd, true);
        writeFoldedLines(state, skipSeparationSpace(state, false, nodeIndent));
        captureStart = captureEnd = state.position;
      } else if (state.position === state.lineStart && testDocumentSeparator(state)) {
        throwError(state, "unexpected end of the document within a double quoted scalar");
      } else {
        state.position++;
        if (!isWhiteSpace(ch)) {
          captureEnd = state.position;
        }
      }
    }
    throwError(state, "unexpected end of the stream within a double quoted scalar");
  }
  function readFlowCollection(state, nodeIndent) {
    let readNext = true;
    let _line;
    let _lineStart;
    let _pos;
    const _tag = state.tag;
    let _result;
    const _anchor = state.anchor;
    let terminator;
    let isPair;
    let isExplicitPair;
    let isMapping2;
    const overridableKeys = /* @__PURE__ */ Object.create(null);
    let keyNode;
    let keyTag;
    let valueNode;
    let ch = state.input.charCodeAt(state.position);
    if (ch === 91) {
      terminator = 93;
      isMapping2 = false;
      _result = [];
    } else if (ch === 123) {
      terminator = 125;
      isMapping2 = true;
      _result = {};
    } else {
      return false;
    }
    if (state.anchor !== null) {
      storeAnchor(state, state.anchor, _result);
    }
    ch = state.input.charCodeAt(++state.position);
    while (ch !== 0) {
      skipSeparationSpace(state, true, nodeIndent);
      ch = state.input.charCodeAt(state.position);
      if (ch === terminator) {
        state.position++;
        state.tag = _tag;
        state.anchor = _anchor;
        state.kind = isMapping2 ? "mapping" : "sequence";
        state.result = _result;
        return true;
      } else if (!readNext) {
        throwError(state, "missed comma between flow collection entries");
      } else if (ch === 44) {
        throwError(state, "expected the node content, but found ','");
      }
      keyTag = keyNode = valueNode = null;
      isPair = isExplicitPair = false;
      if (ch === 63) {
        const following = state.input.charCodeAt(state.position + 1);
        if (isWsOrEol(following)) {
          isPair = isExplicitPair = true;
          state.position++;
          skipSeparationSpace(state, true, nodeIndent);
        }
      }
      _line = state.line;
      _lineStart = state.lineStart;
      _pos = state.position;
      composeNode(state, nodeIndent, CONTEXT_FLOW_IN, false, true);
      keyTag = state.tag;
      keyNode = state.result;
      skipSeparationSpace(state, true, nodeIndent);
      ch = state.input.charCodeAt(state.position);
      if ((isExplicitPair || state.line === _line) && ch === 58) {
        isPair = true;
        ch = state.input.charCodeAt(++state.position);
        skipSeparationSpace(state, true, nodeIndent);
        composeNode(state, nodeIndent, CONTEXT_FLOW_IN, false, true);
        valueNode = state.result;
      }
      if (isMapping2) {
        storeMappingPair(state, _result, overridableKeys, keyTag, keyNode, valueNode, _line, _lineStart, _pos);
      } else if (isPair) {
        _result.push(storeMappingPair(state, null, overridableKeys, keyTag, keyNode, valueNode, _line, _lineStart, _pos));
      } else {
        _result.push(keyNode);
      }
      skipSeparationSpace(state, true, nodeIndent);
      ch = state.input.charCodeAt(state.position);
      if (ch === 44) {
        readNext = true;
        ch = state.input.charCodeAt(++state.position);
      } else {
        readNext = false;
      }
    }
    throwError(state, "unexpected end of the stream within a flow collection");
  }
  function readBlockScalar(state, nodeIndent) {
    let folding;
    let chomping = CHOMPING_CLIP;
    let didReadContent = false;
    let detectedIndent = false;
    let textIndent = nodeIndent;
    let emptyLines = 0;
    let atMoreIndented = false;
    let tmp;
    let ch = state.input.charCodeAt(state.position);
    if (ch === 124) {
      folding = false;
    } else if (ch === 62) {
      folding = true;
    } else {
      return false;
    }
    state.kind = "scalar";
    state.result = "";
    while (ch !== 0) {
      ch = state.input.charCodeAt(++state.position);
      if (ch === 43 || ch === 45) {
        if (CHOMPING_CLIP === chomping) {
          chomping = ch === 43 ? CHOMPING_KEEP : CHOMPING_STRIP;
        } else {
          throwError(state, "repeat of a chomping mode identifier");
        }
      } else if ((tmp = fromDecimalCode(ch)) >= 0) {
        if (tmp === 0) {
          throwError(state, "bad explicit indentation width of a block scalar; it cannot be less than one");
        } else if (!detectedIndent) {
          textIndent = nodeIndent + tmp - 1;
          detectedIndent = true;
        } else {
          throwError(state, "repeat of an indentation width identifier");
        }
      } else {
        break;
      }
    }
    if (isWhiteSpace(ch)) {
      do {
        ch = state.input.charCodeAt(++state.position);
      } while (isWhiteSpace(ch));
      if (ch === 35) {
        do {
          ch = state.input.charCodeAt(++state.position);
        } while (!isEol(ch) && ch !== 0);
      }
    }
    while (ch !== 0) {
      readLineBreak(state);
      state.lineIndent = 0;
      ch = state.input.charCodeAt(state.position);
      while ((!detectedIndent || state.lineIndent < textIndent) && ch === 32) {
        state.lineIndent++;
        ch = state.input.charCodeAt(++state.position);
      }
      if (!detectedIndent && state.lineIndent > textIndent) {
        textIndent = state.lineIndent;
      }
      if (isEol(ch)) {
        emptyLines++;
        continue;
      }
      if (!detectedIndent && textIndent === 0) {
        throwError(state, "missing indentation for block scalar");
      }
      if (state.lineIndent < textIndent) {
        if (chomping === CHOMPING_KEEP) {
          state.result += common22.repeat("\n", didReadContent ? 1 + emptyLines : emptyLines);
        } else if (chomping === CHOMPING_CLIP) {
          if (didReadContent) {
            state.result += "\n";
          }
        }
        break;
      }
      if (folding) {
        if (isWhiteSpace(ch)) {
          atMoreIndented = true;
          state.result += common22.repeat("\n", didReadContent ? 1 + emptyLines : emptyLines);
        } else if (atMoreIndented) {
          atMoreIndented = false;
          state.result += common22.repeat("\n", emptyLines + 1);
        } else if (emptyLines === 0) {
          if (didReadContent) {
            state.result += " ";
          }
        } else {
          state.result += common22.repeat("\n", emptyLines);
        }
      } else {
        state.result += common22.repeat("\n", didReadContent ? 1 + emptyLines : emptyLines);
      }
      didReadContent = true;
      detectedIndent = true;
      emptyLines = 0;
      const captureStart = state.position;
      while (!isEol(ch) && ch !== 0) {
        ch = state.input.charCodeAt(++state.position);
      }
      captureSegment(state, captureStart, state.position, false);
    }
    return true;
  }
  function readBlockSequence(state, nodeIndent) {
    const _tag = state.tag;
    const _anchor = state.anchor;
    const _result = [];
    let detected = false;
    if (state.firstTabInLine !== -1) return false;
    if (state.anchor !== null) {
      storeAnchor(state, state.anchor, _result);
    }
    let ch = state.input.charCodeAt(state.position);
    while (ch !== 0) {
      if (state.firstTabInLine !== -1) {
        state.position = state.firstTabInLine;
        throwError(state, "tab characters must not be used in indentation");
      }
      if (ch !== 45) {
        break;
      }
      const following = state.input.charCodeAt(state.position + 1);
      if (!isWsOrEol(following)) {
        break;
      }
      detected = true;
      state.position++;
      if (skipSeparationSpace(state, true, -1)) {
        if (state.lineIndent <= nodeIndent) {
          _result.push(null);
          ch = state.input.charCodeAt(state.position);
          continue;
        }
      }
      const _line = state.line;
      composeNode(state, nodeIndent, CONTEXT_BLOCK_IN, false, true);
      _result.push(state.result);
      skipSeparationSpace(state, true, -1);
      ch = state.input.charCodeAt(state.position);
      if ((state.line === _line || state.lineIndent > nodeIndent) && ch !== 0) {
        throwError(state, "bad indentation of a sequence entry");
      } else if (state.lineIndent < nodeIndent) {
        break;
      }
    }
    if (detected) {
      state.tag = _tag;
      state.anchor = _anchor;
      state.kind = "sequence";
      state.result = _result;
      return true;
    }
    return false;
  }
  function readBlockMapping(state, nodeIndent, flowIndent) {
    let allowCompact;
    let _keyLine;
    let _keyLineStart;
    let _keyPos;
    const _tag = state.tag;
    const _anchor = state.anchor;
    const _result = {};
    const overridableKeys = /* @__PURE__ */ Object.create(null);
    let keyTag = null;
    let keyNode = null;
    let valueNode = null;
    let atExplicitKey = false;
    let detected = false;
    if (state.firstTabInLine !== -1) return false;
    if (state.anchor !== null) {
      storeAnchor(state, state.anchor, _result);
    }
    let ch = state.input.charCodeAt(state.position);
    while (ch !== 0) {
      if (!atExplicitKey && state.firstTabInLine !== -1) {
        state.position = state.firstTabInLine;
        throwError(state, "tab characters must not be used in indentation");
      }
      const following = state.input.charCodeAt(state.position + 1);
      const _line = state.line;
      if ((ch === 63 || ch === 58) && isWsOrEol(following)) {
        if (ch === 63) {
          if (atExplicitKey) {
            storeMappingPair(state, _result, overridableKeys, keyTag, keyNode, null, _keyLine, _keyLineStart, _keyPos);
            keyTag = keyNode = valueNode = null;
          }
          detected = true;
          atExplicitKey = true;
          allowCompact = true;
        } else if (atExplicitKey) {
          atExplicitKey = false;
          allowCompact = true;
        } else {
          throwError(state, "incomplete explicit mapping pair; a key node is missed; or followed by a non-tabulated empty line");
        }
        state.position += 1;
        ch = following;
      } else {
        _keyLine = state.line;
        _keyLineStart = state.lineStart;
        _keyPos = state.position;
        if (!composeNode(state, flowIndent, CONTEXT_FLOW_OUT, false, true)) {
          break;
        }
        if (state.line === _line) {
          ch = state.input.charCodeAt(state.position);
          while (isWhiteSpace(ch)) {
            ch = state.input.charCodeAt(++state.position);
          }
          if (ch === 58) {
            ch = state.input.charCodeAt(++state.position);
            if (!isWsOrEol(ch)) {
              throwError(state, "a whitespace character is expected after the key-value separator within a block mapping");
            }
            if (atExplicitKey) {
              storeMappingPair(state, _result, overridableKeys, keyTag, keyNode, null, _keyLine, _keyLineStart, _keyPos);
              keyTag = keyNode = valueNode = null;
            }
            detected = true;
            atExplicitKey = false;
            allowCompact = false;
            keyTag = state.tag;
            keyNode = state.result;
          } else if (detected) {
            throwError(state, "can not read an implicit mapping pair; a colon is missed");
          } else {
            state.tag = _tag;
            state.anchor = _anchor;
            return true;
          }
        } else if (detected) {
          throwError(state, "can not read a block mapping entry; a multiline key may not be an implicit key");
        } else {
          state.tag = _tag;
          state.anchor = _anchor;
          return true;
        }
      }
      if (state.line === _line || state.lineIndent > nodeIndent) {
        if (atExplicitKey) {
          _keyLine = state.line;
          _keyLineStart = state.lineStart;
          _keyPos = state.position;
        }
        if (composeNode(state, nodeIndent, CONTEXT_BLOCK_OUT, true, allowCompact)) {
          if (atExplicitKey) {
            keyNode = state.result;
          } else {
            valueNode = state.result;
          }
        }
        if (!atExplicitKey) {
          storeMappingPair(state, _result, overridableKeys, keyTag, keyNode, valueNode, _keyLine, _keyLineStart, _keyPos);
          keyTag = keyNode = valueNode = null;
        }
        skipSeparationSpace(state, true, -1);
        ch = state.input.charCodeAt(state.position);
      }
      if ((state.line === _line || state.lineIndent > nodeIndent) && ch !== 0) {
        throwError(state, "bad indentation of a mapping entry");
      } else if (state.lineIndent < nodeIndent) {
        break;
      }
    }
    if (atExplicitKey) {
      storeMappingPair(state, _result, overridableKeys, keyTag, keyNode, null, _keyLine, _keyLineStart, _keyPos);
    }
    if (detected) {
      state.tag = _tag;
      state.anchor = _anchor;
      state.kind = "mapping";
      state.result = _result;
    }
    return detected;
  }
  function readTagProperty(state) {
    let isVerbatim = false;
    let isNamed = false;
    let tagHandle;
    let tagName;
    let ch = state.input.charCodeAt(state.position);
    if (ch !== 33) return false;
    if (state.tag !== null) {
      throwError(state, "duplication of a tag property");
    }
    ch = state.input.charCodeAt(++state.position);
    if (ch === 60) {
      isVerbatim = true;
      ch = state.input.charCodeAt(++state.position);
    } else if (ch === 33) {
      isNamed = true;
      tagHandle = "!!";
      ch = state.input.charCodeAt(++state.position);
    } else {
      tagHandle = "!";
    }
    let _position = state.position;
    if (isVerbatim) {
      do {
        ch = state.input.charCodeAt(++state.position);
      } while (ch !== 0 && ch !== 62);
      if (state.position < state.length) {
        tagName = state.input.slice(_position, state.position);
        ch = state.input.charCodeAt(++state.position);
      } else {
        throwError(state, "unexpected end of the stream within a verbatim tag");
      }
    } else {
      while (ch !== 0 && !isWsOrEol(ch)) {
        if (ch === 33) {
          if (!isNamed) {
            tagHandle = state.input.slice(_position - 1, state.position + 1);
            if (!PATTERN_TAG_HANDLE.test(tagHandle)) {
              throwError(state, "named tag handle cannot contain such characters");
            }
            isNamed = true;
            _position = state.position + 1;
          } else {
            throwError(state, "tag suffix cannot contain exclamation marks");
          }
        }
        ch = state.input.charCodeAt(++state.position);
      }
      tagName = state.input.slice(_position, state.position);
      if (PATTERN_FLOW_INDICATORS.test(tagName)) {
        throwError(state, "tag suffix cannot contain flow indicator characters");
      }
    }
    if (tagName && !PATTERN_TAG_URI.test(tagName)) {
      throwError(state, "tag name cannot contain such characters: " + tagName);
    }
    try {
      tagName = decodeURIComponent(tagName);
    } catch (err) {
      throwError(state, "tag name is malformed: " + tagName);
    }
    if (isVerbatim) {
      state.tag = tagName;
    } else if (_hasOwnProperty.call(state.tagMap, tagHandle)) {
      state.tag = state.tagMap[tagHandle] + tagName;
    } else if (tagHandle === "!") {
      state.tag = "!" + tagName;
    } else if (tagHandle === "!!") {
      state.tag = "tag:yaml.org,2002:" + tagName;
    } else {
      throwError(state, 'undeclared tag handle "' + tagHandle + '"');
    }
    return true;
  }
  function readAnchorProperty(state) {
    let ch = state.input.charCodeAt(state.position);
    if (ch !== 38) return false;
    if (state.anchor !== null) {
      throwError(state, "duplication of an anchor property");
    }
    ch = state.input.charCodeAt(++state.position);
    const _position = state.position;
    while (ch !== 0 && !isWsOrEol(ch) && !isFlowIndicator(ch)) {
      ch = state.input.charCodeAt(++state.position);
    }
    if (state.position === _position) {
      throwError(state, "name of an anchor node must contain at least one character");
    }
    state.anchor = state.input.slice(_position, state.position);
    return true;
  }
  function readAlias(state) {
    let ch = state.input.charCodeAt(state.position);
    if (ch !== 42) return false;
    ch = state.input.charCodeAt(++state.position);
    const _position = state.position;
    while (ch !== 0 && !isWsOrEol(ch) && !isFlowIndicator(ch)) {
      ch = state.input.charCodeAt(++state.position);
    }
    if (state.position === _position) {
      throwError(state, "name of an alias node must contain at least one character");
    }
    const alias = state.input.slice(_position, state.position);
    if (!_hasOwnProperty.call(state.anchorMap, alias)) {
      throwError(state, 'unidentified alias "' + alias + '"');
    }
    state.result = state.anchorMap[alias];
    skipSeparationSpace(state, true, -1);
    return true;
  }
  function tryReadBlockMappingFromProperty(state, propertyStart, nodeIndent, flowIndent) {
    const fallbackState = snapshotState(state);
    beginAnchorTransaction(state);
    restoreState(state, propertyStart);
    state.tag = null;
    state.anchor = null;
    state.kind = null;
    state.result = null;
    if (readBlockMapping(state, nodeIndent, flowIndent) && state.kind === "mapping") {
      commitAnchorTransaction(state);
      return true;
    }
    rollbackAnchorTransaction(state);
    restoreState(state, fallbackState);
    return false;
  }
  function composeNode(state, parentIndent, nodeContext, allowToSeek, allowCompact) {
    let allowBlockScalars;
    let allowBlockCollections;
    let indentStatus = 1;
    let atNewLine = false;
    let hasContent = false;
    let propertyStart = null;
    let type2;
    let flowIndent;
    let blockIndent;
    if (state.depth >= state.maxDepth) {
      throwError(state, "nesting exceeded maxDepth (" + state.maxDepth + ")");
    }
    state.depth += 1;
    if (state.listener !== null) {
      state.listener("open", state);
    }
    state.tag = null;
    state.anchor = null;
    state.kind = null;
    state.result = null;
    const allowBlockStyles = allowBlockScalars = allowBlockCollections = CONTEXT_BLOCK_OUT === nodeContext || CONTEXT_BLOCK_IN === nodeContext;
    if (allowToSeek) {
      if (skipSeparationSpace(state, true, -1)) {
        atNewLine = true;
        if (state.lineIndent > parentIndent) {
          indentStatus = 1;
        } else if (state.lineIndent === parentIndent) {
          indentStatus = 0;
        } else if (state.lineIndent < parentIndent) {
          indentStatus = -1;
        }
      }
    }
    if (indentStatus === 1) {
      while (true) {
        const ch = state.input.charCodeAt(state.position);
        const propertyState = snapshotState(state);
        if (atNewLine && (ch === 33 && state.tag !== null || ch === 38 && state.anchor !== null)) {
          break;
        }
        if (!readTagProperty(state) && !readAnchorProperty(state)) {
          break;
        }
        if (propertyStart === null) {
          propertyStart = propertyState;
        }
        if (skipSeparationSpace(state, true, -1)) {
          atNewLine = true;
          allowBlockCollections = allowBlockStyles;
          if (state.lineIndent > parentIndent) {
            indentStatus = 1;
          } else if (state.lineIndent === parentIndent) {
            indentStatus = 0;
          } else if (state.lineIndent < parentIndent) {
            indentStatus = -1;
          }
        } else {
          allowBlockCollections = false;
        }
      }
    }
    if (allowBlockCollections) {
      allowBlockCollections = atNewLine || allowCompact;
    }
    if (indentStatus === 1 || CONTEXT_BLOCK_OUT === nodeContext) {
      if (CONTEXT_FLOW_IN === nodeContext || CONTEXT_FLOW_OUT === nodeContext) {
        flowIndent = parentIndent;
      } else {
        flowIndent = parentIndent + 1;
      }
      blockIndent = state.position - state.lineStart;
      if (indentStatus === 1) {
        if (allowBlockCollections && (readBlockSequence(state, blockIndent) || readBlockMapping(state, blockIndent, flowIndent)) || readFlowCollection(state, flowIndent)) {
          hasContent = true;
        } else {
          const ch = state.input.charCodeAt(state.position);
          if (propertyStart !== null && allowBlockStyles && !allowBlockCollections && ch !== 124 && ch !== 62 && tryReadBlockMappingFromProperty(
            state,
            propertyStart,
            propertyStart.position - propertyStart.lineStart,
            flowIndent
          )) {
            hasContent = true;
          } else if (allowBlockScalars && readBlockScalar(state, flowIndent) || readSingleQuotedScalar(state, flowIndent) || readDoubleQuotedScalar(state, flowIndent)) {
            hasContent = true;
          } else if (readAlias(state)) {
            hasContent = true;
            if (state.tag !== null || state.anchor !== null) {
              throwError(state, "alias node should not have any properties");
            }
          } else if (readPlainScalar(state, flowIndent, CONTEXT_FLOW_IN === nodeContext)) {
            hasContent = true;
            if (state.tag === null) {
              state.tag = "?";
            }
          }
          if (state.anchor !== null) {
            storeAnchor(state, state.anchor, state.result);
          }
        }
      } else if (indentStatus === 0) {
        hasContent = allowBlockCollections && readBlockSequence(state, blockIndent);
      }
    }
    if (state.tag === null) {
      if (state.anchor !== null) {
        storeAnchor(state, state.anchor, state.result);
      }
    } else if (state.tag === "?") {
      if (state.result !== null && state.kind !== "scalar") {
        throwError(state, 'unacceptable node kind for !<?> tag; it should be "scalar", not "' + state.kind + '"');
      }
      for (let typeIndex = 0, typeQuantity = state.implicitTypes.length; typeIndex < typeQuantity; typeIndex += 1) {
        type2 = state.implicitTypes[typeIndex];
        if (type2.resolve(state.result)) {
          state.result = type2.construct(state.result);
          state.tag = type2.tag;
          if (state.anchor !== null) {
            storeAnchor(state, state.anchor, state.result);
          }
          break;
        }
      }
    } else if (state.tag !== "!") {
      if (_hasOwnProperty.call(state.typeMap[state.kind || "fallback"], state.tag)) {
        type2 = state.typeMap[state.kind || "fallback"][state.tag];
      } else {
        type2 = null;
        const typeList = state.typeMap.multi[state.kind || "fallback"];
        for (let typeIndex = 0, typeQuantity = typeList.length; typeIndex < typeQuantity; typeIndex += 1) {
          if (state.tag.slice(0, typeList[typeIndex].tag.length) === typeList[typeIndex].tag) {
            type2 = typeList[typeIndex];
            break;
          }
        }
      }
      if (!type2) {
        throwError(state, "unknown tag !<" + state.tag + ">");
      }
      if (state.result !== null && type2.kind !== state.kind) {
        throwError(state, "unacceptable node kind for !<" + state.tag + '> tag; it should be "' + type2.kind + '", not "' + state.kind + '"');
      }
      if (!type2.resolve(state.result, state.tag)) {
        throwError(state, "cannot resolve a node with !<" + state.tag + "> explicit tag");
      } else {
        state.result = type2.construct(state.result, state.tag);
        if (state.anchor !== null) {
          storeAnchor(state, state.anchor, state.result);
        }
      }
    }
    if (state.listener !== null) {
      state.listener("close", state);
    }
    state.depth -= 1;
    return state.tag !== null || state.anchor !== null || hasContent;
  }
  function readDocument(state) {
    const documentStart = state.position;
    let hasDirectives = false;
    let ch;
    state.version = null;
    state.checkLineBreaks = state.legacy;
    state.tagMap = /* @__PURE__ */ Object.create(null);
    state.anchorMap = /* @__PURE__ */ Object.create(null);
    while ((ch = state.input.charCodeAt(state.position)) !== 0) {
      skipSeparationSpace(state, true, -1);
      ch = state.input.charCodeAt(state.position);
      if (state.lineIndent > 0 || ch !== 37) {
        break;
      }
      hasDirectives = true;
      ch = state.input.charCodeAt(++state.position);
      let _position = state.position;
      while (ch !== 0 && !isWsOrEol(ch)) {
        ch = state.input.charCodeAt(++state.position);
      }
      const directiveName = state.input.slice(_position, state.position);
      const directiveArgs = [];
      if (directiveName.length < 1) {
        throwError(state, "directive name must not be less than one character in length");
      }
      while (ch !== 0) {
        while (isWhiteSpace(ch)) {
          ch = state.input.charCodeAt(++state.position);
        }
        if (ch === 35) {
          do {
            ch = state.input.charCodeAt(++state.position);
          } while (ch !== 0 && !isEol(ch));
          break;
        }
        if (isEol(ch)) break;
        _position = state.position;
        while (ch !== 0 && !isWsOrEol(ch)) {
          ch = state.input.charCodeAt(++state.position);
        }
        directiveArgs.push(state.input.slice(_position, state.position));
      }
      if (ch !== 0) readLineBreak(state);
      if (_hasOwnProperty.call(directiveHandlers, directiveName)) {
        directiveHandlers[directiveName](state, directiveName, directiveArgs);
      } else {
        throwWarning(state, 'unknown document directive "' + directiveName + '"');
      }
    }
    skipSeparationSpace(state, true, -1);
    if (state.lineIndent === 0 && state.input.charCodeAt(state.position) === 45 && state.input.charCodeAt(state.position + 1) === 45 && state.input.charCodeAt(state.position + 2) === 45) {
      state.position += 3;
      skipSeparationSpace(state, true, -1);
    } else if (hasDirectives) {
      throwError(state, "directives end mark is expected");
    }
    composeNode(state, state.lineIndent - 1, CONTEXT_BLOCK_OUT, false, true);
    skipSeparationSpace(state, true, -1);
    if (state.checkLineBreaks && PATTERN_NON_ASCII_LINE_BREAKS.test(state.input.slice(documentStart, state.position))) {
      throwWarning(state, "non-ASCII line breaks are interpreted as content");
    }
    state.documents.push(state.result);
    if (state.position === state.lineStart && testDocumentSeparator(state)) {
      if (state.input.charCodeAt(state.position) === 46) {
        state.position += 3;
        skipSeparationSpace(state, true, -1);
      }
      return;
    }
    if (state.position < state.length - 1) {
      throwError(state, "end of the stream or a document separator is expected");
    }
  }
  function loadDocuments(input, options) {
    input = String(input);
    options = options || {};
    if (input.length !== 0) {
      if (input.charCodeAt(input.length - 1) !== 10 && input.charCodeAt(input.length - 1) !== 13) {
        input += "\n";
      }
      if (input.charCodeAt(0) === 65279) {
        input = input.slice(1);
      }
    }
    const state = new State(input, options);
    const nullpos = input.indexOf("\0");
    if (nullpos !== -1) {
      state.position = nullpos;
      throwError(state, "null byte is not allowed in input");
    }
    state.input += "\0";
    while (state.input.charCodeAt(state.position) === 32) {
      state.lineIndent += 1;
      state.position += 1;
    }
    while (state.position < state.length - 1) {
      readDocument(state);
    }
    return state.documents;
  }
  function loadAll2(input, iterator, options) {
    if (iterator !== null && typeof iterator === "object" && typeof options === "undefined") {
      options = iterator;
      iterator = null;
    }
    const documents = loadDocuments(input, options);
    if (typeof iterator !== "function") {
      return documents;
    }
    for (let index = 0, length = documents.length; index < length; index += 1) {
      iterator(documents[index]);
    }
  }
  function load2(input, options) {
    const documents = loadDocuments(input, options);
    if (documents.length === 0) {
      return void 0;
    } else if (documents.length === 1) {
      return documents[0];
    }
    throw new YAMLException2("expected a single document in the stream, but found more");
  }
  loader.loadAll = loadAll2;
  loader.load = load2;
  return loader;
}
var dumper = {};
var hasRequiredDumper;
function requireDumper() {
  if (hasRequiredDumper) return dumper;
  hasRequiredDumper = 1;
  const common22 = requireCommon();
  const YAMLException2 = requireException();
  const DEFAULT_SCHEMA2 = require_default();
  const _toString = Object.prototype.toString;
  const _hasOwnProperty = Object.prototype.hasOwnProperty;
  const CHAR_BOM = 65279;
  const CHAR_TAB = 9;
  const CHAR_LINE_FEED = 10;
  const CHAR_CARRIAGE_RETURN = 13;
  const CHAR_SPACE = 32;
  const CHAR_EXCLAMATION = 33;
  const CHAR_DOUBLE_QUOTE = 34;
  const CHAR_SHARP = 35;
  const CHAR_PERCENT = 37;
  const CHAR_AMPERSAND = 38;
  const CHAR_SINGLE_QUOTE = 39;
  const CHAR_ASTERISK = 42;
  const CHAR_COMMA = 44;
  const CHAR_MINUS = 45;
  const CHAR_COLON = 58;
  const CHAR_EQUALS = 61;
  const CHAR_GREATER_THAN = 62;
  const CHAR_QUESTION = 63;
  const CHAR_COMMERCIAL_AT = 64;
  const CHAR_LEFT_SQUARE_BRACKET = 91;
  const CHAR_RIGHT_SQUARE_BRACKET = 93;
  const CHAR_GRAVE_ACCENT = 96;
  const CHAR_LEFT_CURLY_BRACKET = 123;
  const CHAR_VERTICAL_LINE = 124;
  const CHAR_RIGHT_CURLY_BRACKET = 125;
  const ESCAPE_SEQUENCES = {};
  ESCAPE_SEQUENCES[0] = "\\0";
  ESCAPE_SEQUENCES[7] = "\\a";
  ESCAPE_SEQUENCES[8] = "\\b";
  ESCAPE_SEQUENCES[9] = "\\t";
  ESCAPE_SEQUENCES[10] = "\\n";
  ESCAPE_SEQUENCES[11] = "\\v";
  ESCAPE_SEQUENCES[12] = "\\f";
  ESCAPE_SEQUENCES[13] = "\\r";
  ESCAPE_SEQUENCES[27] = "\\e";
  ESCAPE_SEQUENCES[34] = '\\"';
  ESCAPE_SEQUENCES[92] = "\\\\";
  ESCAPE_SEQUENCES[133] = "\\N";
  ESCAPE_SEQUENCES[160] = "\\_";
  ESCAPE_SEQUENCES[8232] = "\\L";
  ESCAPE_SEQUENCES[8233] = "\\P";
  const DEPRECATED_BOOLEANS_SYNTAX = [
    "y",
    "Y",
    "yes",
    "Yes",
    "YES",
    "on",
    "On",
    "ON",
    "n",
    "N",
    "no",
    "No",
    "NO",
    "off",
    "Off",
    "OFF"
  ];
  const DEPRECATED_BASE60_SYNTAX = /^[-+]?[0-9_]+(?::[0-9_]+)+(?:\.[0-9_]*)?$/;
  function compileStyleMap(schema2, map2) {
    if (map2 === null) return {};
    const result = {};
    const keys = Object.keys(map2);
    for (let index = 0, length = keys.length; index < length; index += 1) {
      let tag = keys[index];
      let style = String(map2[tag]);
      if (tag.slice(0, 2) === "!!") {
        tag = "tag:yaml.org,2002:" + tag.slice(2);
      }
      const type2 = schema2.compiledTypeMap["fallback"][tag];
      if (type2 && _hasOwnProperty.call(type2.styleAliases, style)) {
        style = type2.styleAliases[style];
      }
      result[tag] = style;
    }
    return result;
  }
  function encodeHex(character) {
    let handle;
    let length;
    const string3 = character.toString(16).toUpperCase();
    if (character <= 255) {
      handle = "x";
      length = 2;
    } else if (character <= 65535) {
      handle = "u";
      length = 4;
    } else if (character <= 4294967295) {
      handle = "U";
      length = 8;
    } else {
      throw new YAMLException2("code point within a string may not be greater than 0xFFFFFFFF");
    }
    return "\\" + handle + common22.repeat("0", length - string3.length) + string3;
  }
  const QUOTING_TYPE_SINGLE = 1;
  const QUOTING_TYPE_DOUBLE = 2;
  function State(options) {
    this.schema = options["schema"] || DEFAULT_SCHEMA2;
    this.indent = Math.max(1, options["indent"] || 2);
    this.noArrayIndent = options["noArrayIndent"] || false;
    this.skipInvalid = options["skipInvalid"] || false;
    this.flowLevel = common22.isNothing(options["flowLevel"]) ? -1 : options["flowLevel"];
    this.styleMap = compileStyleMap(this.schema, options["styles"] || null);
    this.sortKeys = options["sortKeys"] || false;
    this.lineWidth = options["lineWidth"] || 80;
    this.noRefs = options["noRefs"] || false;
    this.noCompatMode = options["noCompatMode"] || false;
    this.condenseFlow = options["condenseFlow"] || false;
    this.quotingType = options["quotingType"] === '"' ? QUOTING_TYPE_DOUBLE : QUOTING_TYPE_SINGLE;
    this.forceQuotes = options["forceQuotes"] || false;
    this.replacer = typeof options["replacer"] === "function" ? options["replacer"] : null;
    this.implicitTypes = this.schema.compiledImplicit;
    this.explicitTypes = this.schema.compiledExplicit;
    this.tag = null;
    this.result = "";
    this.duplicates = [];
    this.usedDuplicates = null;
  }
  function indentString(string3, spaces) {
    const ind = common22.repeat(" ", spaces);
    let position = 0;
    let result = "";
    const length = string3.length;
    while (position < length) {
      let line;
      const next = string3.indexOf("\n", position);
      if (next === -1) {
        line = string3.slice(position);
        position = length;
      } else {
        line = string3.slice(position, next + 1);
        position = next + 1;
      }
      if (line.length && line !== "\n") result += ind;
      result += line;
    }
    return result;
  }
  function generateNextLine(state, level) {
    return "\n" + common22.repeat(" ", state.indent * level);
  }
  function testImplicitResolving(state, str2) {
    for (let index = 0, length = state.implicitTypes.length; index < length; index += 1) {
      const type2 = state.implicitTypes[index];
      if (type2.resolve(str2)) {
        return true;
      }
    }
    return false;
  }
  function isWhitespace(c) {
    return c === CHAR_SPACE || c === CHAR_TAB;
  }
  function isPrintable(c) {
    return c >= 32 && c <= 126 || c >= 161 && c <= 55295 && c !== 8232 && c !== 8233 || c >= 57344 && c <= 65533 && c !== CHAR_BOM || c >= 65536 && c <= 1114111;
  }
  function isNsCharOrWhitespace(c) {
    return isPrintable(c) && c !== CHAR_BOM && // - b-char
    c !== CHAR_CARRIAGE_RETURN && c !== CHAR_LINE_FEED;
  }
  function isPlainSafe(c, prev, inblock) {
    const cIsNsCharOrWhitespace = isNsCharOrWhitespace(c);
    const cIsNsChar = cIsNsCharOrWhitespace && !isWhitespace(c);
    return (
      // ns-plain-safe
      (inblock ? cIsNsCharOrWhitespace : cIsNsCharOrWhitespace && // - c-flow-indicator
      c !== CHAR_COMMA && c !== CHAR_LEFT_SQUARE_BRACKET && c !== CHAR_RIGHT_SQUARE_BRACKET && c !== CHAR_LEFT_CURLY_BRACKET && c !== CHAR_RIGHT_CURLY_BRACKET) && // ns-plain-char
      c !== CHAR_SHARP && // false on '#'
      !(prev === CHAR_COLON && !cIsNsChar) || // false on ': '
      isNsCharOrWhitespace(prev) && !isWhitespace(prev) && c === CHAR_SHARP || // change to true on '[^ ]#'
      prev === CHAR_COLON && cIsNsChar
    );
  }
  function isPlainSafeFirst(c) {
    return isPrintable(c) && c !== CHAR_BOM && !isWhitespace(c) && // - s-white
    // - (c-indicator ::=
    // “-” | “?” | “:” | “,” | “[” | “]” | “{” | “}”
    c !== CHAR_MINUS && c !== CHAR_QUESTION && c !== CHAR_COLON && c !== CHAR_COMMA && c !== CHAR_LEFT_SQUARE_BRACKET && c !== CHAR_RIGHT_SQUARE_BRACKET && c !== CHAR_LEFT_CURLY_BRACKET && c !== CHAR_RIGHT_CURLY_BRACKET && // | “#” | “&” | “*” | “!” | “|” | “=” | “>” | “'” | “"”
    c !== CHAR_SHARP && c !== CHAR_AMPERSAND && c !== CHAR_ASTERISK && c !== CHAR_EXCLAMATION && c !== CHAR_VERTICAL_LINE && c !== CHAR_EQUALS && c !== CHAR_GREATER_THAN && c !== CHAR_SINGLE_QUOTE && c !== CHAR_DOUBLE_QUOTE && // | “%” | “@” | “`”)
    c !== CHAR_PERCENT && c !== CHAR_COMMERCIAL_AT && c !== CHAR_GRAVE_ACCENT;
  }
  function isPlainSafeLast(c) {
    return !isWhitespace(c) && c !== CHAR_COLON;
  }
  function codePointAt(string3, pos) {
    const first = string3.charCodeAt(pos);
    let second;
    if (first >= 55296 && first <= 56319 && pos + 1 < string3.length) {
      second = string3.charCodeAt(pos + 1);
      if (second >= 56320 && second <= 57343) {
        return (first - 55296) * 1024 + second - 56320 + 65536;
      }
    }
    return first;
  }
  function needIndentIndicator(string3) {
    const leadingSpaceRe = /^\n* /;
    return leadingSpaceRe.test(string3);
  }
  const STYLE_PLAIN = 1;
  const STYLE_SINGLE = 2;
  const STYLE_LITERAL = 3;
  const STYLE_FOLDED = 4;
  const STYLE_DOUBLE = 5;
  function chooseScalarStyle(string3, singleLineOnly, indentPerLevel, lineWidth, testAmbiguousType, quotingType, forceQuotes, inblock) {
    let i;
    let char = 0;
    let prevChar = null;
    let hasLineBreak = false;
    let hasFoldableLine = false;
    const shouldTrackWidth = lineWidth !== -1;
    let previousLineBreak = -1;
    let plain2 = isPlainSafeFirst(codePointAt(string3, 0)) && isPlainSafeLast(codePointAt(string3, string3.length - 1));
    if (singleLineOnly || forceQuotes) {
      for (i = 0; i < string3.length; char >= 65536 ? i += 2 : i++) {
        char = codePointAt(string3, i);
        if (!isPrintable(char)) {
          return STYLE_DOUBLE;
        }
        plain2 = plain2 && isPlainSafe(char, prevChar, inblock);
        prevChar = char;
      }
    } else {
      for (i = 0; i < string3.length; char >= 65536 ? i += 2 : i++) {
        char = codePointAt(string3, i);
        if (char === CHAR_LINE_FEED) {
          hasLineBreak = true;
          if (shouldTrackWidth) {
            hasFoldableLine = hasFoldableLine || // Foldable line = too long, and not more-indented.
            i - previousLineBreak - 1 > lineWidth && string3[previousLineBreak + 1] !== " ";
            previousLineBreak = i;
          }
        } else if (!isPrintable(char)) {
          return STYLE_DOUBLE;
        }
        plain2 = plain2 && isPlainSafe(char, prevChar, inblock);
        prevChar = char;
      }
      hasFoldableLine = hasFoldableLine || shouldTrackWidth && (i - previousLineBreak - 1 > lineWidth && string3[previousLineBreak + 1] !== " ");
    }
    if (!hasLineBreak && !hasFoldableLine) {
      if (plain2 && !forceQuotes && !testAmbiguousType(string3)) {
        return STYLE_PLAIN;
      }
      return quotingType === QUOTING_TYPE_DOUBLE ? STYLE_DOUBLE : STYLE_SINGLE;
    }
    if (indentPerLevel > 9 && needIndentIndicator(string3)) {
      return STYLE_DOUBLE;
    }
    if (!forceQuotes) {
      return hasFoldableLine ? STYLE_FOLDED : STYLE_LITERAL;
    }
    return quotingType === QUOTING_TYPE_DOUBLE ? STYLE_DOUBLE : STYLE_SINGLE;
  }
  function writeScalar(state, string3, level, iskey, inblock) {
    state.dump = (function() {
      if (string3.length === 0) {
        return state.quotingType === QUOTING_TYPE_DOUBLE ? '""' : "''";
      }
      if (!state.noCompatMode) {
        if (DEPRECATED_BOOLEANS_SYNTAX.indexOf(string3) !== -1 || DEPRECATED_BASE60_SYNTAX.test(string3)) {
          return state.quotingType === QUOTING_TYPE_DOUBLE ? '"' + string3 + '"' : "'" + string3 + "'";
        }
      }
      const indent = state.indent * Math.max(1, level);
      const lineWidth = state.lineWidth === -1 ? -1 : Math.max(Math.min(state.lineWidth, 40), state.lineWidth - indent);
      const singleLineOnly = iskey || // No block styles in flow mode.
      state.flowLevel > -1 && level >= state.flowLevel;
      function testAmbiguity(string22) {
        return testImplicitResolving(state, string22);
      }
      switch (chooseScalarStyle(
        string3,
        singleLineOnly,
        state.indent,
        lineWidth,
        testAmbiguity,
        state.quotingType,
        state.forceQuotes && !iskey,
        inblock
      )) {
        case STYLE_PLAIN:
          return string3;
        case STYLE_SINGLE:
          return "'" + string3.replace(/'/g, "''") + "'";
        case STYLE_LITERAL:
          return "|" + blockHeader(string3, state.indent) + dropEndingNewline(indentString(string3, indent));
        case STYLE_FOLDED:
          return ">" + blockHeader(string3, state.indent) + dropEndingNewline(indentString(foldString(string3, lineWidth), indent));
        case STYLE_DOUBLE:
          return '"' + escapeString(string3) + '"';
        default:
          throw new YAMLException2("impossible error: invalid scalar style");
      }
    })();
  }
  function blockHeader(string3, indentPerLevel) {
    const indentIndicator = needIndentIndicator(string3) ? String(indentPerLevel) : "";
    const clip = string3[string3.length - 1] === "\n";
    const keep = clip && (string3[string3.length - 2] === "\n" || string3 === "\n");
    const chomp = keep ? "+" : clip ? "" : "-";
    return indentIndicator + chomp + "\n";
  }
  function dropEndingNewline(string3) {
    return string3[string3.length - 1] === "\n" ? string3.slice(0, -1) : string3;
  }
  function foldString(string3, width) {
    const lineRe = /(\n+)([^\n]*)/g;
    let result = (function() {
      let nextLF = string3.indexOf("\n");
      nextLF = nextLF !== -1 ? nextLF : string3.length;
      lineRe.lastIndex = nextLF;
      return foldLine(string3.slice(0, nextLF), width);
    })();
    let prevMoreIndented = string3[0] === "\n" || string3[0] === " ";
    let moreIndented;
    let match;
    while (match = lineRe.exec(string3)) {
      const prefix = match[1];
      const line = match[2];
      moreIndented = line[0] === " ";
      result += prefix + (!prevMoreIndented && !moreIndented && line !== "" ? "\n" : "") + foldLine(line, width);
      prevMoreIndented = moreIndented;
    }
    return result;
  }
  function foldLine(line, width) {
    if (line === "" || line[0] === " ") return line;
    const breakRe = / [^ ]/g;
    let match;
    let start = 0;
    let end;
    let curr = 0;
    let next = 0;
    let result = "";
    while (match = breakRe.exec(line)) {
      next = match.index;
      if (next - start > width) {
        end = curr > start ? curr : next;
        result += "\n" + line.slice(start, end);
        start = end + 1;
      }
      curr = next;
    }
    result += "\n";
    if (line.length - start > width && curr > start) {
      result += line.slice(start, curr) + "\n" + line.slice(curr + 1);
    } else {
      result += line.slice(start);
    }
    return result.slice(1);
  }
  function escapeString(string3) {
    let result = "";
    let char = 0;
    for (let i = 0; i < string3.length; char >= 65536 ? i += 2 : i++) {
      char = codePointAt(string3, i);
      const escapeSeq = ESCAPE_SEQUENCES[char];
      if (!escapeSeq && isPrintable(char)) {
        result += string3[i];
        if (char >= 65536) result += string3[i + 1];
      } else {
        result += escapeSeq || encodeHex(char);
      }
    }
    return result;
  }
  function writeFlowSequence(state, level, object) {
    let _result = "";
    const _tag = state.tag;
    for (let index = 0, length = object.length; index < length; index += 1) {
      let value = object[index];
      if (state.replacer) {
        value = state.replacer.call(object, String(index), value);
      }
      if (writeNode(state, level, value, false, false) || typeof value === "undefined" && writeNode(state, level, null, false, false)) {
        if (_result !== "") _result += "," + (!state.condenseFlow ? " " : "");
        _result += state.dump;
      }
    }
    state.tag = _tag;
    state.dump = "[" + _result + "]";
  }
  function writeBlockSequence(state, level, object, compact) {
    let _result = "";
    const _tag = state.tag;
    for (let index = 0, length = object.length; index < length; index += 1) {
      let value = object[index];
      if (state.replacer) {
        value = state.replacer.call(object, String(index), value);
      }
      if (writeNode(state, level + 1, value, true, true, false, true) || typeof value === "undefined" && writeNode(state, level + 1, null, true, true, false, true)) {
        if (!compact || _result !== "") {
          _result += generateNextLine(state, level);
        }
        if (state.dump && CHAR_LINE_FEED === state.dump.charCodeAt(0)) {
          _result += "-";
        } else {
          _result += "- ";
        }
        _result += state.dump;
      }
    }
    state.tag = _tag;
    state.dump = _result || "[]";
  }
  function writeFlowMapping(state, level, object) {
    let _result = "";
    const _tag = state.tag;
    const objectKeyList = Object.keys(object);
    for (let index = 0, length = objectKeyList.length; index < length; index += 1) {
      let pairBuffer = "";
      if (_result !== "") pairBuffer += ", ";
      if (state.condenseFlow) pairBuffer += '"';
      const objectKey = objectKeyList[index];
      let objectValue = object[objectKey];
      if (state.replacer) {
        objectValue = state.replacer.call(object, objectKey, objectValue);
      }
      if (!writeNode(state, level, objectKey, false, false)) {
        continue;
      }
      if (state.dump.length > 1024) pairBuffer += "? ";
      pairBuffer += state.dump + (state.condenseFlow ? '"' : "") + ":" + (state.condenseFlow ? "" : " ");
      if (!writeNode(state, level, objectValue, false, false)) {
        continue;
      }
      pairBuffer += state.dump;
      _result += pairBuffer;
    }
    state.tag = _tag;
    state.dump = "{" + _result + "}";
  }
  function writeBlockMapping(state, level, object, compact) {
    let _result = "";
    const _tag = state.tag;
    const objectKeyList = Object.keys(object);
    if (state.sortKeys === true) {
      objectKeyList.sort();
    } else if (typeof state.sortKeys === "function") {
      objectKeyList.sort(state.sortKeys);
    } else if (state.sortKeys) {
      throw new YAMLException2("sortKeys must be a boolean or a function");
    }
    for (let index = 0, length = objectKeyList.length; index < length; index += 1) {
      let pairBuffer = "";
      if (!compact || _result !== "") {
        pairBuffer += generateNextLine(state, level);
      }
      const objectKey = objectKeyList[index];
      let objectValue = object[objectKey];
      if (state.replacer) {
        objectValue = state.replacer.call(object, objectKey, objectValue);
      }
      if (!writeNode(state, level + 1, objectKey, true, true, true)) {
        continue;
      }
      const explicitPair = state.tag !== null && state.tag !== "?" || state.dump && state.dump.length > 1024;
      if (explicitPair) {
        if (state.dump && CHAR_LINE_FEED === state.dump.charCodeAt(0)) {
          pairBuffer += "?";
        } else {
          pairBuffer += "? ";
        }
      }
      pairBuffer += state.dump;
      if (explicitPair) {
        pairBuffer += generateNextLine(state, level);
      }
      if (!writeNode(state, level + 1, objectValue, true, explicitPair)) {
        continue;
      }
      if (state.dump && CHAR_LINE_FEED === state.dump.charCodeAt(0)) {
        pairBuffer += ":";
      } else {
        pairBuffer += ": ";
      }
      pairBuffer += state.dump;
      _result += pairBuffer;
    }
    state.tag = _tag;
    state.dump = _result || "{}";
  }
  function detectType(state, object, explicit) {
    const typeList = explicit ? state.explicitTypes : state.implicitTypes;
    for (let index = 0, length = typeList.length; index < length; index += 1) {
      const type2 = typeList[index];
      if ((type2.instanceOf || type2.predicate) && (!type2.instanceOf || typeof object === "object" && object instanceof type2.instanceOf) && (!type2.predicate || type2.predicate(object))) {
        if (explicit) {
          if (type2.multi && type2.representName) {
            state.tag = type2.representName(object);
          } else {
            state.tag = type2.tag;
          }
        } else {
          state.tag = "?";
        }
        if (type2.represent) {
          const style = state.styleMap[type2.tag] || type2.defaultStyle;
          let _result;
          if (_toString.call(type2.represent) === "[object Function]") {
            _result = type2.represent(object, style);
          } else if (_hasOwnProperty.call(type2.represent, style)) {
            _result = type2.represent[style](object, style);
          } else {
            throw new YAMLException2("!<" + type2.tag + '> tag resolver accepts not "' + style + '" style');
          }
          state.dump = _result;
        }
        return true;
      }
    }
    return false;
  }
  function writeNode(state, level, object, block, compact, iskey, isblockseq) {
    state.tag = null;
    state.dump = object;
    if (!detectType(state, object, false)) {
      detectType(state, object, true);
    }
    const type2 = _toString.call(state.dump);
    const inblock = block;
    if (block) {
      block = state.flowLevel < 0 || state.flowLevel > level;
    }
    const objectOrArray = type2 === "[object Object]" || type2 === "[object Array]";
    let duplicateIndex;
    let duplicate;
    if (objectOrArray) {
      duplicateIndex = state.duplicates.indexOf(object);
      duplicate = duplicateIndex !== -1;
    }
    if (state.tag !== null && state.tag !== "?" || duplicate || state.indent !== 2 && level > 0) {
      compact = false;
    }
    if (duplicate && state.usedDuplicates[duplicateIndex]) {
      state.dump = "*ref_" + duplicateIndex;
    } else {
      if (objectOrArray && duplicate && !state.usedDuplicates[duplicateIndex]) {
        state.usedDuplicates[duplicateIndex] = true;
      }
      if (type2 === "[object Object]") {
        if (block && Object.keys(state.dump).length !== 0) {
          writeBlockMapping(state, level, state.dump, compact);
          if (duplicate) {
            state.dump = "&ref_" + duplicateIndex + state.dump;
          }
        } else {
          writeFlowMapping(state, level, state.dump);
          if (duplicate) {
            state.dump = "&ref_" + duplicateIndex + " " + state.dump;
          }
        }
      } else if (type2 === "[object Array]") {
        if (block && state.dump.length !== 0) {
          if (state.noArrayIndent && !isblockseq && level > 0) {
            writeBlockSequence(state, level - 1, state.dump, compact);
          } else {
            writeBlockSequence(state, level, state.dump, compact);
          }
          if (duplicate) {
            state.dump = "&ref_" + duplicateIndex + state.dump;
          }
        } else {
          writeFlowSequence(state, level, state.dump);
          if (duplicate) {
            state.dump = "&ref_" + duplicateIndex + " " + state.dump;
          }
        }
      } else if (type2 === "[object String]") {
        if (state.tag !== "?") {
          writeScalar(state, state.dump, level, iskey, inblock);
        }
      } else if (type2 === "[object Undefined]") {
        return false;
      } else {
        if (state.skipInvalid) return false;
        throw new YAMLException2("unacceptable kind of an object to dump " + type2);
      }
      if (state.tag !== null && state.tag !== "?") {
        let tagStr = encodeURI(
          state.tag[0] === "!" ? state.tag.slice(1) : state.tag
        ).replace(/!/g, "%21");
        if (state.tag[0] === "!") {
          tagStr = "!" + tagStr;
        } else if (tagStr.slice(0, 18) === "tag:yaml.org,2002:") {
          tagStr = "!!" + tagStr.slice(18);
        } else {
          tagStr = "!<" + tagStr + ">";
        }
        state.dump = tagStr + " " + state.dump;
      }
    }
    return true;
  }
  function getDuplicateReferences(object, state) {
    const objects2 = [];
    const duplicatesIndexes = [];
    inspectNode(object, objects2, duplicatesIndexes);
    const length = duplicatesIndexes.length;
    for (let index = 0; index < length; index += 1) {
      state.duplicates.push(objects2[duplicatesIndexes[index]]);
    }
    state.usedDuplicates = new Array(length);
  }
  function inspectNode(object, objects2, duplicatesIndexes) {
    if (object !== null && typeof object === "object") {
      const index = objects2.indexOf(object);
      if (index !== -1) {
        if (duplicatesIndexes.indexOf(index) === -1) {
          duplicatesIndexes.push(index);
        }
      } else {
        objects2.push(object);
        if (Array.isArray(object)) {
          for (let i = 0, length = object.length; i < length; i += 1) {
            inspectNode(object[i], objects2, duplicatesIndexes);
          }
        } else {
          const objectKeyList = Object.keys(object);
          for (let i = 0, length = objectKeyList.length; i < length; i += 1) {
            inspectNode(object[objectKeyList[i]], objects2, duplicatesIndexes);
          }
        }
      }
    }
  }
  function dump2(input, options) {
    options = options || {};
    const state = new State(options);
    if (!state.noRefs) getDuplicateReferences(input, state);
    let value = input;
    if (state.replacer) {
      value = state.replacer.call({ "": value }, "", value);
    }
    if (writeNode(state, 0, value, true, true)) return state.dump + "\n";
    return "";
  }
  dumper.dump = dump2;
  return dumper;
}
var hasRequiredJsYaml;
function requireJsYaml() {
  if (hasRequiredJsYaml) return jsYaml;
  hasRequiredJsYaml = 1;
  const loader2 = requireLoader();
  const dumper2 = requireDumper();
  function renamed(from, to) {
    return function() {
      throw new Error("Function yaml." + from + " is removed in js-yaml 4. Use yaml." + to + " instead, which is now safe by default.");
    };
  }
  jsYaml.Type = requireType();
  jsYaml.Schema = requireSchema();
  jsYaml.FAILSAFE_SCHEMA = requireFailsafe();
  jsYaml.JSON_SCHEMA = requireJson();
  jsYaml.CORE_SCHEMA = requireCore();
  jsYaml.DEFAULT_SCHEMA = require_default();
  jsYaml.load = loader2.load;
  jsYaml.loadAll = loader2.loadAll;
  jsYaml.dump = dumper2.dump;
  jsYaml.YAMLException = requireException();
  jsYaml.types = {
    binary: requireBinary(),
    float: requireFloat(),
    map: requireMap(),
    null: require_null(),
    pairs: requirePairs(),
    set: requireSet(),
    timestamp: requireTimestamp(),
    bool: requireBool(),
    int: requireInt(),
    merge: requireMerge(),
    omap: requireOmap(),
    seq: requireSeq(),
    str: requireStr()
  };
  jsYaml.safeLoad = renamed("safeLoad", "load");
  jsYaml.safeLoadAll = renamed("safeLoadAll", "loadAll");
  jsYaml.safeDump = renamed("safeDump", "dump");
  return jsYaml;
}
var jsYamlExports = requireJsYaml();
var yaml = /* @__PURE__ */ getDefaultExportFromCjs(jsYamlExports);
var {
  Type,
  Schema,
  FAILSAFE_SCHEMA,
  JSON_SCHEMA,
  CORE_SCHEMA,
  DEFAULT_SCHEMA,
  load,
  loadAll,
  dump,
  YAMLException,
  types,
  safeLoad,
  safeLoadAll,
  safeDump
} = yaml;

// src/config/path-walk.ts
function walkPath(root, path, options, child) {
  let node = root;
  let best = root;
  for (const [index, part] of path.entries()) {
    if (node === void 0) break;
    const next = child(node, part);
    const last = index === path.length - 1;
    const chosen = last && options.key ? next.key ?? next.value : next.value ?? next.key;
    if (chosen === void 0) break;
    best = chosen;
    node = next.value;
  }
  return best;
}

// src/config/yaml-fast.ts
var NULL = /^(?:~|null|Null|NULL)?$/;
var BOOL = /^(?:true|True|TRUE|false|False|FALSE)$/;
var INT = /^(?:[-+]?[0-9]+|0o[0-7]+|0x[0-9a-fA-F]+)$/;
var FLOAT = /^(?:[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN))$/;
var CORE = FAILSAFE_SCHEMA.extend({
  implicit: [
    new Type("tag:yaml.org,2002:null", { kind: "scalar", resolve: (s) => NULL.test(s), construct: () => null }),
    new Type("tag:yaml.org,2002:bool", {
      kind: "scalar",
      resolve: (s) => BOOL.test(s),
      construct: (s) => s.startsWith("t") || s.startsWith("T")
    }),
    new Type("tag:yaml.org,2002:int", {
      kind: "scalar",
      resolve: (s) => INT.test(s),
      construct: (s) => s.startsWith("0o") ? parseInt(s.slice(2), 8) : s.startsWith("0x") ? parseInt(s.slice(2), 16) : parseInt(s, 10)
    }),
    new Type("tag:yaml.org,2002:float", {
      kind: "scalar",
      resolve: (s) => FLOAT.test(s),
      construct: (s) => {
        if (s.endsWith("nan") || s.endsWith("NaN") || s.endsWith("NAN")) return NaN;
        if (s.endsWith("inf") || s.endsWith("Inf") || s.endsWith("INF"))
          return s.startsWith("-") ? -Infinity : Infinity;
        return parseFloat(s);
      }
    })
  ]
});
var NotPlain = class extends Error {
};
function skipSeparation(text2, from) {
  let at = from;
  for (; ; ) {
    const c = text2.charCodeAt(at);
    if (c === 32 || c === 9 || c === 10 || c === 13) at++;
    else if (c === 35) {
      const end = text2.indexOf("\n", at);
      at = end === -1 ? text2.length : end;
    } else return at;
  }
}
function skipSpaces(text2, from) {
  let at = from;
  while (text2[at] === " " || text2[at] === "	") at++;
  return at;
}
var NO_CHILDREN = Object.freeze([]);
function recorder(text2) {
  const frames = [{ open: 0, children: void 0 }];
  const listener = (event, state) => {
    if (event === "open") {
      frames.push({ open: state.position, children: void 0 });
      return;
    }
    const frame = frames.pop();
    const parent = frames[frames.length - 1];
    if (frame === void 0 || parent === void 0) throw new NotPlain();
    const result = state.result;
    const children = frame.children ?? NO_CHILDREN;
    const only = children.length === 1 ? children[0] : void 0;
    let record;
    if (only !== void 0 && only.value === result) {
      record = only;
    } else {
      const kind = state.kind === "mapping" || state.kind === "sequence" || state.kind === "scalar" ? state.kind : "empty";
      const start = kind === "empty" ? skipSpaces(text2, frame.open) : skipSeparation(text2, frame.open);
      const first = text2[start];
      if (first === "&" || first === "!" || first === "*") throw new NotPlain();
      const flow = first === "{" || first === "[" || kind === "scalar" && first !== "|" && first !== ">";
      if (flow) {
        const newline = text2.indexOf("\n", start);
        if (newline !== -1 && newline < state.position) throw new NotPlain();
      }
      if (kind === "sequence" && children.length !== result.length) throw new NotPlain();
      if (kind === "mapping" && children.length !== 2 * Object.keys(result).length) throw new NotPlain();
      for (let i = 0; i < children.length; i++) {
        const child = children[i];
        if (kind === "mapping" && i % 2 === 0) {
          if (child.kind !== "scalar" || typeof child.value !== "string") throw new NotPlain();
        } else {
          child.value = void 0;
        }
      }
      record = { start, kind, value: result, children };
    }
    (parent.children ??= []).push(record);
  };
  return { listener, root: () => frames[0]?.children?.[0] };
}
var KEPT_DEPTH = 2;
var KEPT_FOR = "budget";
var PRUNED = Object.freeze([]);
function prune(node, depth) {
  if (depth === KEPT_DEPTH) {
    const keeps = node.kind === "mapping" && node.children.some((child, i) => i % 2 === 0 && child.value === KEPT_FOR);
    if (!keeps && node.children.length > 0) node.children = PRUNED;
    return;
  }
  for (const child of node.children) prune(child, depth + 1);
}
function fullTree(text2) {
  const { listener, root } = recorder(text2);
  load(text2, { schema: CORE, listener });
  const tree = root();
  if (tree === void 0) throw new Error("the fast YAML path read a file once and not again");
  return tree;
}
var RecordedPositions = class {
  /**
   * `root` is pruned below depth KEPT_DEPTH; a path that goes below a pruned node reads the file's
   * tree again, once.
   */
  constructor(text2, root) {
    this.text = text2;
    this.root = root;
  }
  text;
  root;
  lineStarts;
  full;
  at(offset) {
    this.lineStarts ??= lineStarts(this.text);
    const starts = this.lineStarts;
    let low = 0;
    let high = starts.length - 1;
    while (low < high) {
      const mid = low + high + 1 >> 1;
      if ((starts[mid] ?? 0) <= offset) low = mid;
      else high = mid - 1;
    }
    return { line: low + 1, column: offset - (starts[low] ?? 0) + 1 };
  }
  child(node, part) {
    if (node.kind === "mapping") {
      for (let i = 0; i + 1 < node.children.length; i += 2) {
        const key = node.children[i];
        if (key !== void 0 && String(key.value) === String(part))
          return { key, ...node.children[i + 1] === void 0 ? {} : { value: node.children[i + 1] } };
      }
      return {};
    }
    if (node.kind === "sequence" && typeof part === "number") {
      const item = node.children[part];
      return item === void 0 ? {} : { value: item };
    }
    return {};
  }
  find(path, options = {}) {
    const root = this.reachesPruned(path) ? this.full ??= fullTree(this.text) : this.root;
    return this.at(walkPath(root, path, options, (node, part) => this.child(node, part)).start);
  }
  /** Whether `path` goes on below a node whose children were dropped. */
  reachesPruned(path) {
    if (path.length <= KEPT_DEPTH) return false;
    let node = this.root;
    for (let i = 0; i < KEPT_DEPTH && node !== void 0; i++) node = this.child(node, path[i]).value;
    return node?.children === PRUNED;
  }
};
function lineStarts(text2) {
  const starts = [0];
  for (let at = text2.indexOf("\n"); at !== -1; at = text2.indexOf("\n", at + 1)) starts.push(at + 1);
  return starts;
}
var NOT_PLAIN_TEXT = /<<|^%|[}\]"']#|\r(?!\n)|\t|^(?:---|\.\.\.)\S/m;
function readPlainYaml(text2) {
  if (NOT_PLAIN_TEXT.test(text2) || text2.startsWith("\uFEFF")) return void 0;
  const { listener, root } = recorder(text2);
  let value;
  try {
    value = load(text2, { schema: CORE, listener });
  } catch {
    return void 0;
  }
  const tree = root();
  if (value === void 0 || value === null || tree === void 0) return void 0;
  tree.value = void 0;
  prune(tree, 0);
  return { value, positions: new RecordedPositions(text2, tree) };
}

// src/config/load.ts
function sourceRef(file, path, key = false) {
  const { line, column } = file.positions.find(path, { key });
  return { file: file.file, line, column };
}
var LIMITS = { fileBytes: MAX_FILE_BYTES, files: 1e4 };
function displayPath(root, absolute) {
  const relative = posix2.relative(root, absolute);
  return relative === "" ? posix2.basename(absolute) : relative;
}
async function parseWorkloadFile(read) {
  const text2 = read.replace(/^\uFEFF/, "");
  const fast = readPlainYaml(text2);
  if (fast !== void 0) return validate2(fast.value, fast.positions, false);
  const { readReferenceYaml } = await import("./yaml-reference.js");
  const reference = readReferenceYaml(text2);
  return reference.ok ? validate2(reference.value, reference.positions, reference.empty) : { problems: reference.problems };
}
var MAX_PROBLEMS_PER_FILE = 100;
function validate2(value, positions, empty) {
  const located = [];
  const envelope = fileEnvelopeSchema.safeParse(value, { reportInput: true });
  if (!envelope.success) located.push(...locateIssues(envelope.error.issues));
  const raw = typeof value === "object" && value !== null && !Array.isArray(value) ? value : {};
  const rawWorkloads = Array.isArray(raw.workloads) ? raw.workloads : [];
  const workloads = [];
  const strayNames = envelope.success ? [] : strayDefaultsNames(raw.defaults);
  rawWorkloads.forEach((item, index) => {
    const parsed = workloadSchema.safeParse(item, { reportInput: true });
    if (parsed.success) workloads.push({ index, entry: parsed.data });
    else if (envelope.success || !envelope.error.issues.some((i) => i.path[0] === "workloads" && i.path.length === 1)) {
      located.push(...locateIssues(parsed.error.issues, ["workloads", index]));
    }
    if (!parsed.success || !envelope.success) strayNames.push(...strayWorkloadNames(item, index));
  });
  const problems = located.slice(0, MAX_PROBLEMS_PER_FILE).map((item) => ({ at: positions.find(item.path, { key: item.key }), message: item.message }));
  const firstHidden = located[MAX_PROBLEMS_PER_FILE];
  if (firstHidden !== void 0) {
    const more = located.length - MAX_PROBLEMS_PER_FILE;
    problems.push({
      at: positions.find(firstHidden.path, { key: firstHidden.key }),
      message: `and ${more.toLocaleString("en-US")} more problem${more === 1 ? "" : "s"} in this file, not listed: fix these first`,
      count: more
    });
  }
  if (envelope.success)
    return { problems, content: { envelope: envelope.data, workloads, positions, broken: false, empty, strayNames } };
  const include = Array.isArray(raw.include) ? raw.include.filter((i) => typeof i === "string") : [];
  return { problems, content: { envelope: { include }, workloads: [], positions, broken: true, empty, strayNames } };
}
function nextTurn() {
  return new Promise((resolve3) => setImmediate(resolve3));
}
var Loader = class {
  constructor(options) {
    this.options = options;
  }
  options;
  files = [];
  diagnostics = [];
  loadedFrom = /* @__PURE__ */ new Map();
  reads = /* @__PURE__ */ new Map();
  overLimit = false;
  /**
   * Reads each file once; reads started early (prefetch) run while earlier files are parsed, where the source waits
   * on anything (git, the API). The root goes with each read: the disk refuses a path through a link below it.
   */
  read(absolute) {
    return cached(this.reads, absolute, () => this.options.source.read(absolute, this.options.root));
  }
  prefetch(paths) {
    const fresh = paths.filter((p) => !this.reads.has(p));
    this.options.source.prefetch?.(fresh);
    for (const path of fresh) void this.read(path).catch(() => void 0);
  }
  isLoaded(absolute) {
    return this.loadedFrom.has(absolute);
  }
  report(file, at, message, count2) {
    this.diagnostics.push({
      file,
      line: at.line,
      column: at.column,
      message,
      ...count2 === void 0 ? {} : { count: count2 }
    });
  }
  /**
   * A file that cannot be read is reported where it was named: at the include entry of the file that
   * includes it (`via`), or, for a root file, as the file itself. A file that is not UTF-8 is reported
   * at its own first bad byte.
   */
  unreadable(file, problem, parent, via) {
    if (parent === void 0 || via === void 0 || problem.problem === "encoding") {
      this.diagnostics.push({
        file,
        line: problem.line ?? 0,
        column: problem.column ?? 0,
        message: problemText(problem)
      });
      return;
    }
    const message = `include \`${via.pattern}\`: ${file} ${problemText(problem)} (paths are relative to ${parent.file})`;
    this.report(parent.file, via.at, message);
  }
  async load(absolute, parent, chain, via) {
    const file = displayPath(this.options.root, absolute);
    const read = await this.read(absolute);
    await nextTurn();
    const bytes = typeof read === "string" ? Buffer.byteLength(read) : 0;
    const problem = typeof read !== "string" ? read : bytes > LIMITS.fileBytes ? { problem: "too-big", bytes } : void 0;
    if (problem !== void 0 || typeof read !== "string") {
      this.loadedFrom.delete(absolute);
      this.unreadable(file, problem ?? { problem: "missing" }, parent, via);
      return;
    }
    if (this.files.length >= LIMITS.files) {
      const message = `more than ${LIMITS.files.toLocaleString("en-US")} workload files are included; carbon-budget reads at most that many`;
      if (!this.overLimit) {
        if (parent !== void 0 && via !== void 0)
          this.report(parent.file, via.at, `include \`${via.pattern}\`: ${message}`);
        else this.diagnostics.push({ file, line: 0, column: 0, message });
      }
      this.overLimit = true;
      return;
    }
    const { parses } = this.options.cache;
    let parsed = parses.get(read);
    if (parsed === void 0) {
      parsed = await parseWorkloadFile(read);
      parses.set(read, parsed);
    }
    for (const problem2 of parsed.problems) this.report(file, problem2.at, problem2.message, problem2.count);
    if (parsed.content === void 0) return;
    if (parent === void 0 && parsed.content.empty) {
      this.report(
        file,
        { line: 1, column: 1 },
        "the file is empty (or only comments): declare `workloads:` (an empty list `workloads: []` is fine)"
      );
      return;
    }
    const { envelope, workloads, positions, strayNames } = parsed.content;
    const loaded = {
      file,
      absolute,
      envelope,
      workloads,
      positions,
      strayNames,
      ...parsed.content.broken ? { broken: true } : {},
      ...parent === void 0 ? {} : { parent }
    };
    this.files.push(loaded);
    this.loadedFrom.set(absolute, file);
    await this.loadIncludes(loaded, [...chain, absolute]);
  }
  /** The files a glob gives to load, or the problem that stops it. */
  async glob(pattern, dir, from) {
    const { root, source } = this.options;
    try {
      return globbedFiles(pattern, await source.glob(pattern, dir, root), from, root);
    } catch (error2) {
      if (!(error2 instanceof TypeError || error2 instanceof SyntaxError)) throw error2;
      return { problem: `include \`${pattern}\` is not a glob carbon-budget can read (${error2.message})` };
    }
  }
  async loadIncludes(from, chain) {
    const { root } = this.options;
    const plans = planIncludes(from.envelope.include ?? [], from, root);
    const dir = posix2.dirname(from.absolute);
    const globbed = await Promise.all(
      plans.map(async (plan) => plan.action === "glob" ? this.glob(plan.pattern, dir, from) : void 0)
    );
    const toRead = plans.flatMap((plan, index) => {
      if (plan.action === "read") return [plan.path];
      const found = globbed[index];
      return found !== void 0 && "files" in found ? found.files : [];
    });
    this.prefetch(toRead.filter((path) => !this.loadedFrom.has(path)));
    for (const [index, plan] of plans.entries()) {
      const at = from.positions.find(["include", index]);
      if (plan.action === "refuse") {
        this.report(from.file, at, plan.message);
        continue;
      }
      const included = plan.action === "read" ? { files: [plan.path] } : globbed[index] ?? { files: [] };
      if ("problem" in included) {
        this.report(from.file, at, included.problem);
        continue;
      }
      for (const match of included.files) {
        if (chain.includes(match)) {
          const cycle = [...chain.slice(chain.indexOf(match)), match].map((p) => displayPath(root, p));
          this.report(from.file, at, `include cycle: ${cycle.join(" -> ")}`);
          continue;
        }
        const earlier = this.loadedFrom.get(match);
        if (earlier !== void 0) {
          this.report(
            from.file,
            at,
            `\`${displayPath(root, match)}\` is included more than once; include each file from one place only`
          );
          continue;
        }
        this.loadedFrom.set(match, from.file);
        await this.load(match, from, chain, { at, pattern: plan.pattern });
      }
    }
  }
};
async function loadWorkloadFiles(rootFiles, options) {
  const loader2 = new Loader(options);
  for (const root of rootFiles) {
    if (loader2.isLoaded(root)) continue;
    await loader2.load(root, void 0, []);
  }
  return { files: loader2.files, diagnostics: loader2.diagnostics };
}

// src/config/budgets.ts
var MIN_LIMIT_KG = 1e-3;
var DEFAULT_WARN_AT = 0.8;
function listBudgets(files) {
  const roots = files.filter(({ file }) => file.parent === void 0);
  const budgets = [];
  const diagnostics = [];
  for (const { file, budgets: declared, warn } of files) {
    const total = declared?.total;
    if (total === void 0) continue;
    budgets.push({
      name: file.parent === void 0 && roots.length === 1 ? "total" : `total of ${file.file}`,
      scope: file.parent === void 0 ? "total" : "file",
      limitKg: total,
      warnAt: warn ?? DEFAULT_WARN_AT,
      workloads: files.filter((f) => isWithin(f.file, file)).flatMap((f) => f.workloads.map((w) => w.name)),
      at: sourceRef(file, ["budgets", "total"])
    });
  }
  for (const { file, budgets: declared, warn } of files) {
    const increase = declared?.increase;
    if (increase === void 0) continue;
    const at = sourceRef(file, ["budgets", "increase"], true);
    if (file.parent !== void 0) {
      diagnostics.push({
        ...at,
        message: "`increase` limits a whole pull request, so it belongs in the root workload file only"
      });
      continue;
    }
    if (budgets.some((b) => b.scope === "increase")) {
      diagnostics.push({
        ...at,
        message: "`increase` limits a whole pull request: declare it in one root file of the set only"
      });
      continue;
    }
    budgets.push({
      name: "increase",
      scope: "increase",
      limitKg: increase,
      warnAt: warn ?? DEFAULT_WARN_AT,
      workloads: files.flatMap((f) => f.workloads.map((w) => w.name)),
      at: sourceRef(file, ["budgets", "increase"])
    });
  }
  for (const { workloads, warn } of files) {
    for (const w of workloads) {
      if (w.budgetKg === void 0 || w.budgetAt === void 0) continue;
      budgets.push({
        name: `workload ${w.name}`,
        scope: "workload",
        limitKg: w.budgetKg,
        warnAt: warn ?? DEFAULT_WARN_AT,
        workloads: [w.name],
        at: w.budgetAt
      });
    }
  }
  for (const budget2 of budgets) {
    if (budget2.limitKg >= MIN_LIMIT_KG) continue;
    diagnostics.push({
      ...budget2.at,
      message: `budget \`${printable(budget2.name)}\`: ${String(Number(budget2.limitKg.toPrecision(3)))} kg is below 1 gCO2e: check the unit (\`800 kg\`, \`25 t\`)`
    });
  }
  return { budgets: budgets.sort((a, b) => SCOPE_ORDER[a.scope] - SCOPE_ORDER[b.scope]), diagnostics };
}
var SCOPE_ORDER = { total: 0, increase: 1, file: 2, workload: 3 };
function isWithin(file, ancestor) {
  for (let f = file; f !== void 0; f = f.parent) if (f === ancestor) return true;
  return false;
}

// src/config/inherit.ts
function nestPlacement(outer, level) {
  if (level.region !== void 0) return { region: level.region, intensity: level.intensity };
  if (level.intensity !== void 0) return { region: outer.region, intensity: level.intensity };
  return outer;
}
function inherit(parent, own2, warn) {
  const base = parent ?? { placement: {} };
  return {
    placement: own2 === void 0 ? base.placement : nestPlacement(base.placement, own2),
    year: own2?.year ?? base.year,
    pue: own2?.pue ?? base.pue,
    utilization: own2?.utilization ?? base.utilization,
    period: own2?.period ?? base.period,
    warn: warn ?? base.warn
  };
}

// src/catalog/data/embodied.ts
var BLOOM_EMBODIED = {
  acceleratorKg: 150,
  serverKg: 2500,
  acceleratorsPerServer: 8,
  lifetimeYears: 6,
  usage: 0.85,
  source: "Luccioni et al. 2023 (BLOOM): 150 kgCO2e per A100 (a lower-bound estimate), 2,500 kgCO2e per server (HPE ProLiant DL345 Gen10 Plus life-cycle assessment, without GPUs), 6-year life and 85% usage (IDRIS)",
  url: "https://arxiv.org/abs/2211.02001"
};

// src/catalog/data/host-power.ts
var CPU_POWER = {
  broadwell: { name: "Intel Broadwell", minWPerVcpu: 0.71, maxWPerVcpu: 3.69 },
  skylake: { name: "Intel Skylake", minWPerVcpu: 0.65, maxWPerVcpu: 4.26 },
  "cascade-lake": { name: "Intel Cascade Lake", minWPerVcpu: 0.64, maxWPerVcpu: 3.97 },
  "epyc-2nd-gen": { name: "AMD EPYC 2nd Gen (Rome)", minWPerVcpu: 0.47, maxWPerVcpu: 1.69 },
  "epyc-3rd-gen": { name: "AMD EPYC 3rd Gen (Milan)", minWPerVcpu: 0.45, maxWPerVcpu: 2.02 }
};
var MEMORY_W_PER_GB = 0.392;
var HOST_UTILIZATION = 0.5;
var HOST_POWER_SOURCE = {
  title: "Cloud Carbon Footprint methodology: compute (min and max watts per vCPU by microarchitecture, from SPECpower) and memory (0.392 W/GB)",
  publisher: "Thoughtworks (Cloud Carbon Footprint)",
  url: "https://www.cloudcarbonfootprint.org/docs/methodology",
  year: 2023,
  licence: "Apache-2.0"
};

// src/catalog/data/pue.ts
var PROVIDER_PUE = {
  gcp: {
    value: 1.1,
    source: "Google 2024 Environmental Report: fleet average annual PUE",
    url: "https://blog.google/outreach-initiatives/sustainability/2024-environmental-report",
    year: 2023
  },
  aws: {
    value: 1.14,
    source: 'Amazon Sustainability, AWS Cloud: "In 2025, our data centers reported an average global PUE of 1.14 which is an improvement compared to 1.15 reported in 2024"',
    url: "https://sustainability.aboutamazon.com/environment/the-cloud/asdi",
    year: 2025
  },
  azure: {
    value: 1.185,
    source: "Microsoft sustainability team: fleet-wide trailing 12-month PUE, as quoted in the Cloud Carbon Footprint methodology",
    url: "https://www.cloudcarbonfootprint.org/docs/methodology/",
    year: null
  }
};
var INDUSTRY_PUE = {
  value: 1.54,
  source: "Uptime Institute Global Data Center Survey 2025: weighted average annual PUE of 1.54 in 2025; secondary: the figure read in theFreesheet's report of the survey (19 January 2026), Uptime's own summary says only that average PUE shows little change for the sixth year",
  url: "https://intelligence.uptimeinstitute.com/resource/uptime-institute-global-data-center-survey-2025",
  year: 2025
};

// src/config/demand.ts
function devicesOf(entry, named, problems) {
  const instance2 = named.instance;
  if (instance2 === void 0) return { accelerator: named.accelerator, count: entry.count };
  if (entry.accelerator !== void 0) {
    problems.push({
      path: ["accelerator"],
      key: true,
      message: `\`instance\` ${instance2.type.id} already carries ${instance2.type.acceleratorsPerInstance} x ${instance2.accelerator.id}: remove \`accelerator\``
    });
  }
  const per = instance2.type.acceleratorsPerInstance;
  if (entry.count === void 0) return { accelerator: instance2.accelerator };
  const instances = { id: instance2.type.id, instances: entry.count, acceleratorsPerInstance: per };
  return { accelerator: instance2.accelerator, count: entry.count * per, instance: instances };
}
function devicePower(entry, devices, inherited, problems) {
  const { accelerator: accelerator2 } = devices;
  if (entry.power !== void 0) {
    if (entry.utilization !== void 0) {
      problems.push({
        path: ["utilization"],
        key: true,
        message: "`utilization` has no effect with `power` (a measured average already includes it): remove one of them"
      });
    }
    return { powerW: entry.power, powerBasis: "declared", ...accelerator2 ? { accelerator: accelerator2 } : {} };
  }
  if (accelerator2 !== void 0) {
    const { tdpW } = accelerator2;
    if (tdpW === void 0) {
      const field = entry.instance === void 0 ? "accelerator" : "instance";
      problems.push({
        path: [field],
        message: `\`${field}\`: ${accelerator2.name}: ${accelerator2.note ?? "no power figure is known"} (e.g. \`power: 300 W\`)`
      });
      return { powerW: 0, powerBasis: "declared", accelerator: accelerator2 };
    }
    const utilization2 = entry.utilization ?? inherited.utilization;
    return {
      powerW: tdpW * (utilization2 ?? 1),
      powerBasis: "catalog-tdp",
      accelerator: accelerator2,
      ...utilization2 === void 0 ? {} : { utilization: utilization2 }
    };
  }
  return void 0;
}
function trainingDemand(entry, named, inherited, problems) {
  const devices = devicesOf(entry, named, problems);
  const { count: count2, instance: instance2 } = devices;
  const power2 = devicePower(entry, devices, inherited, problems);
  if (power2 === void 0)
    problems.push({
      path: [],
      message: "needs `accelerator` (a catalog id) or `power` (measured average per accelerator)"
    });
  const acceleratorHours2 = entry["accelerator-hours"];
  let deviceHours;
  if (acceleratorHours2 !== void 0) {
    if (entry.hours !== void 0)
      problems.push({
        path: ["hours"],
        key: true,
        message: "give either `hours` (with `count`) or `accelerator-hours`, not both"
      });
    if (count2 !== void 0)
      problems.push({
        path: ["count"],
        key: true,
        message: "`count` has no effect with `accelerator-hours`, which already counts every accelerator: remove one of them"
      });
    deviceHours = acceleratorHours2;
  } else if (entry.hours !== void 0) {
    if (count2 === void 0)
      problems.push({ path: [], message: "needs `count`, the number of accelerators running for `hours`" });
    else deviceHours = count2 * entry.hours;
  } else {
    problems.push({ path: [], message: "needs `hours` (with `count`) or `accelerator-hours`" });
  }
  if (power2 === void 0 || deviceHours === void 0) return void 0;
  return {
    type: "devices",
    ...power2,
    ...count2 === void 0 ? {} : { count: count2 },
    ...instance2 === void 0 ? {} : { instance: instance2 },
    ...entry.hours === void 0 ? {} : { hoursPerRun: entry.hours },
    deviceHoursPerRun: deviceHours,
    runs: entry.runs ?? 1
  };
}
function inferenceDemand(entry, named, inherited, problems) {
  const devices = devicesOf(entry, named, problems);
  const { count: count2, instance: instance2 } = devices;
  const period2 = entry.period ?? inherited.period;
  const fleet = devices.accelerator !== void 0 || entry.power !== void 0 || count2 !== void 0;
  const served = fleet && entry["energy-per-request"] === void 0 && entry["energy-per-token"] === void 0 && entry.task === void 0 ? entry.requests !== void 0 && entry.tokens === void 0 ? { unit: "request", rate: entry.requests } : entry.tokens !== void 0 && entry.requests === void 0 ? { unit: "token", rate: entry.tokens } : void 0 : void 0;
  const modes = [
    served === void 0 && (entry.requests !== void 0 || entry["energy-per-request"] !== void 0) ? "requests" : void 0,
    served === void 0 && (entry.tokens !== void 0 || entry["energy-per-token"] !== void 0) ? "tokens" : void 0,
    fleet ? "fleet" : void 0
  ].filter((m) => m !== void 0);
  if (modes.length === 0) {
    problems.push({
      path: [],
      message: "needs `requests` with `energy-per-request`, `tokens` with `energy-per-token`, or a serving fleet (`accelerator` or `power`, with `count`)"
    });
    return void 0;
  }
  const mismatch = entry.tokens !== void 0 && entry["energy-per-request"] !== void 0 && entry.requests === void 0 ? ["energy-per-request", "tokens", "energy-per-token"] : entry.requests !== void 0 && entry["energy-per-token"] !== void 0 && entry.tokens === void 0 ? ["energy-per-token", "requests", "energy-per-request"] : void 0;
  if (mismatch !== void 0) {
    problems.push({
      path: [mismatch[0] ?? ""],
      key: true,
      message: `\`${mismatch[0] ?? ""}\` does not go with \`${mismatch[1] ?? ""}\`: use \`${mismatch[2] ?? ""}\``
    });
    return void 0;
  }
  if (modes.length > 1) {
    problems.push({
      path: [],
      message: `describes the load in more than one way (${modes.join(" and ")}): keep one, or split it into two workloads`
    });
    return void 0;
  }
  if (modes[0] === "fleet") {
    const power2 = devicePower(entry, devices, inherited, problems);
    if (power2 === void 0) problems.push({ path: [], message: "a serving fleet needs `accelerator` or `power`" });
    if (count2 === void 0)
      problems.push({ path: [], message: "a serving fleet needs `count`, the number of accelerators serving" });
    const hours2 = entry.hours ?? period2;
    if (hours2 === void 0)
      problems.push({ path: [], message: "a serving fleet needs `period` (it serves the whole period) or `hours`" });
    if (entry.hours !== void 0 && period2 !== void 0 && entry.hours > period2 * (1 + 1e-9)) {
      problems.push({
        path: ["hours"],
        message: `\`hours\` (${entry.hours} h) is longer than \`period\` (${period2} h): a fleet cannot serve longer than the period`
      });
    }
    if (power2 === void 0 || count2 === void 0 || hours2 === void 0) return void 0;
    const servedOver = period2 ?? hours2;
    const functionalUnit = served === void 0 ? {} : { functionalUnit: { unit: served.unit, ratePerHour: served.rate, periodHours: servedOver } };
    return {
      type: "devices",
      ...power2,
      count: count2,
      ...instance2 === void 0 ? {} : { instance: instance2 },
      hoursPerRun: hours2,
      deviceHoursPerRun: count2 * hours2,
      runs: 1,
      ...functionalUnit
    };
  }
  if (entry.hours !== void 0)
    problems.push({ path: ["hours"], key: true, message: "`hours` is for a serving fleet; with a rate, use `period`" });
  if (entry.utilization !== void 0)
    problems.push({
      path: ["utilization"],
      key: true,
      message: "`utilization` scales accelerator power, so it has no effect on an energy per request or token: remove it"
    });
  const unit = modes[0] === "requests" ? "request" : "token";
  const rate = unit === "request" ? entry.requests : entry.tokens;
  const declared = unit === "request" ? entry["energy-per-request"] : entry["energy-per-token"];
  const task = entry.task === void 0 ? void 0 : INFERENCE_TASKS[entry.task];
  if (task !== void 0 && (declared !== void 0 || unit !== "request")) {
    problems.push({
      path: ["task"],
      key: true,
      message: unit === "request" ? "give `task` (a default) or `energy-per-request` (measured), not both" : "`task` gives an energy per request: use it with `requests`, not `tokens`"
    });
  }
  const energy = declared ?? (task === void 0 ? void 0 : task.kwhPer1000 / 1e3);
  if (rate === void 0)
    problems.push({ path: [], message: `needs \`${unit}s\`, the ${unit} rate (e.g. \`2M/day\`)` });
  if (energy === void 0)
    problems.push({
      path: [],
      message: `needs \`energy-per-${unit}\` (e.g. \`0.3 Wh\`)` + (unit === "request" ? ", or a `task` for a default" : "")
    });
  if (period2 === void 0)
    problems.push({
      path: [],
      message: "needs `period`, the horizon the rate is summed over (e.g. `365d`), here or in `defaults`"
    });
  if (rate === void 0 || energy === void 0 || period2 === void 0) return void 0;
  const fromTask = declared === void 0 && task !== void 0 && entry.task !== void 0 ? { task: { id: entry.task, label: task.label, source: TASK_SOURCE.source, url: TASK_SOURCE.url } } : {};
  return { type: "per-unit", unit, ratePerHour: rate, periodHours: period2, energyPerUnitKwh: energy, ...fromTask };
}

// src/config/resolve-workload.ts
function resolveWorkload(entry, named, inherited, at, cache, problems) {
  const yearWritten = entry.year ?? inherited.year;
  const year2 = yearWritten !== void 0 && isIntensityYear(yearWritten) ? yearWritten : LATEST_YEAR;
  const placement2 = nestPlacement(inherited.placement, { region: named.region, intensity: entry.intensity });
  const intensity2 = resolveIntensity(placement2, year2, cache, problems);
  const demand = entry.kind === "training" ? trainingDemand(entry, named, inherited, problems) : inferenceDemand(entry, named, inherited, problems);
  if (problems.length > 0 || intensity2 === void 0 || demand === void 0) return void 0;
  const embodied2 = resolveEmbodied(entry, demand, problems);
  const host2 = resolveHost(entry, named, demand, problems);
  if (problems.length > 0) return void 0;
  const workload = { name: entry.name, kind: entry.kind };
  if (entry.description !== void 0) workload.description = entry.description;
  workload.at = at([]);
  workload.demand = demand;
  if (placement2.region !== void 0) workload.location = placement2.region;
  workload.pue = resolvePue(entry, inherited, placement2.region);
  workload.intensity = intensity2;
  if (entry.budget !== void 0) {
    workload.budgetKg = entry.budget;
    workload.budgetAt = at(["budget"]);
  }
  if (embodied2 !== void 0) workload.embodied = embodied2;
  if (entry["overhead-energy"] !== void 0) workload.overheadEnergyKwh = entry["overhead-energy"];
  if (host2 !== void 0) workload.host = host2;
  return workload;
}
var DEFAULT_PUE = {
  industry: {
    value: INDUSTRY_PUE.value,
    basis: "industry-default",
    source: INDUSTRY_PUE.source,
    url: INDUSTRY_PUE.url,
    year: INDUSTRY_PUE.year
  },
  provider: Object.fromEntries(
    Object.entries(PROVIDER_PUE).map(([provider, d]) => [
      provider,
      { value: d.value, basis: "provider-default", source: d.source, url: d.url, year: d.year }
    ])
  )
};
function resolvePue(entry, inherited, location) {
  const declared = entry.pue ?? inherited.pue;
  if (declared !== void 0) return { value: declared, basis: "declared" };
  return location?.provider !== void 0 ? DEFAULT_PUE.provider[location.provider] : DEFAULT_PUE.industry;
}
function gridFigure(location, year2, cache) {
  return cached(cache.gridFigures, `${location.id} ${year2}`, () => {
    const found = gridIntensity(location, year2);
    if (!found.ok) return found;
    const g = found.value;
    return {
      ok: true,
      value: {
        gPerKwh: g.gPerKwh,
        basis: "grid-data",
        source: g.source,
        year: g.year,
        zone: g.zone,
        zoneName: g.zoneName,
        licence: g.licence,
        attribution: g.attribution
      }
    };
  });
}
function resolveIntensity(placement2, year2, cache, problems) {
  if (placement2.intensity !== void 0) {
    return { gPerKwh: placement2.intensity, basis: "declared", source: "declared in the workload file" };
  }
  if (placement2.region === void 0) {
    problems.push({
      path: [],
      message: "no region: set `region` (e.g. `aws:us-east-1`, `country:FR`) or `intensity`, here or in `defaults`"
    });
    return void 0;
  }
  const found = gridFigure(placement2.region, year2, cache);
  if (!found.ok) {
    problems.push({ path: ["region"], message: found.message });
    return void 0;
  }
  return found.value;
}
function resolveEmbodied(entry, demand, problems) {
  const written = entry.embodied;
  if (written === void 0) return void 0;
  if (demand.type !== "devices") {
    problems.push({
      path: ["embodied"],
      key: true,
      message: "`embodied` needs accelerator-hours to amortise over: give a serving fleet (`accelerator` or `power`, with `count`) instead of an energy per request or token"
    });
    return void 0;
  }
  if (written === true) {
    const b = BLOOM_EMBODIED;
    return {
      acceleratorKg: b.acceleratorKg,
      serverKg: b.serverKg,
      acceleratorsPerServer: b.acceleratorsPerServer,
      lifetimeHours: b.lifetimeYears * 8760,
      usage: b.usage,
      basis: "bloom-study",
      source: b.source,
      url: b.url
    };
  }
  const usedHours = written.lifetime * written.usage;
  if (usedHours < 24) {
    problems.push({
      path: ["embodied", "lifetime"],
      message: `the hardware would be in use for ${String(Number(usedHours.toPrecision(3)))} h of its life (\`lifetime\` x \`usage\`), and its manufacturing footprint is spread over those hours: it must be at least a day. Write \`lifetime\` in years (e.g. \`6y\`) and \`usage\` as a share (e.g. \`85%\`)`
    });
    return void 0;
  }
  return {
    acceleratorKg: written.accelerator,
    serverKg: written.server,
    acceleratorsPerServer: written["accelerators-per-server"],
    lifetimeHours: written.lifetime,
    usage: written.usage,
    basis: "declared"
  };
}
var GIB_IN_GB = 1.073741824;
function resolveHost(entry, named, demand, problems) {
  const written = entry.host;
  if (written === void 0) return void 0;
  const type2 = named.instance?.type;
  if (type2 === void 0 || demand.type !== "devices") {
    problems.push({
      path: ["host"],
      key: true,
      message: "`host` models the CPUs and memory of an `instance` type: name the instance (or give measured `overhead-energy`)"
    });
    return void 0;
  }
  if (type2.cpu === void 0 || type2.vcpus === void 0 || type2.memoryGiB === void 0) {
    const missing = type2.cpu === void 0 ? "its processor family has no published per-vCPU power figures" : "its vCPUs and memory are not known";
    problems.push({
      path: ["host"],
      key: true,
      message: `\`host\`: cannot model ${type2.id}'s host power (${missing}); give measured \`overhead-energy\` instead`
    });
    return void 0;
  }
  const cpu = CPU_POWER[type2.cpu];
  const utilization2 = written === true ? HOST_UTILIZATION : written.utilization;
  const memoryGb = type2.provider === "aws" ? type2.memoryGiB * GIB_IN_GB : type2.memoryGiB;
  const wattsPerInstance = type2.vcpus * (cpu.minWPerVcpu + utilization2 * (cpu.maxWPerVcpu - cpu.minWPerVcpu)) + memoryGb * MEMORY_W_PER_GB;
  return {
    instance: type2.id,
    acceleratorsPerInstance: type2.acceleratorsPerInstance,
    vcpus: type2.vcpus,
    memoryGb,
    cpu: cpu.name,
    minWPerVcpu: cpu.minWPerVcpu,
    maxWPerVcpu: cpu.maxWPerVcpu,
    utilization: utilization2,
    memoryWPerGb: MEMORY_W_PER_GB,
    wattsPerInstance,
    source: HOST_POWER_SOURCE.title,
    url: HOST_POWER_SOURCE.url
  };
}

// src/config/resolve.ts
function resolveWorkloads(files, cache) {
  const diagnostics = [];
  const declared = /* @__PURE__ */ new Map();
  const inherited = /* @__PURE__ */ new Map();
  const broken = /* @__PURE__ */ new Set();
  const resolved = files.map((file) => {
    const names = lookUpNames(file, cache);
    diagnostics.push(...names.problems);
    const defaults = file.broken ? void 0 : names.defaults;
    if (defaults === void 0) broken.add(file);
    const parent = file.parent === void 0 ? void 0 : inherited.get(file.parent);
    const own2 = defaults === void 0 ? inherit(parent, void 0, void 0) : inherit(parent, { ...file.envelope.defaults, region: defaults.region }, file.envelope.budgets?.warn);
    inherited.set(file, own2);
    const workloads = isBroken(file, broken) ? [] : resolveFile(file, names.workloads, own2, declared, cache, diagnostics);
    return { file, budgets: defaults === void 0 ? void 0 : file.envelope.budgets, warn: own2.warn, workloads };
  });
  const budgets = listBudgets(resolved);
  return {
    workloads: resolved.flatMap((f) => f.workloads),
    budgets: budgets.budgets,
    diagnostics: capPerFile([...diagnostics, ...budgets.diagnostics])
  };
}
var MAX_PROBLEMS_PER_FILE2 = 100;
function capPerFile(diagnostics) {
  const listed = /* @__PURE__ */ new Map();
  const hidden = /* @__PURE__ */ new Map();
  const out = [];
  for (const d of diagnostics) {
    const n = (listed.get(d.file) ?? 0) + 1;
    listed.set(d.file, n);
    if (n <= MAX_PROBLEMS_PER_FILE2) out.push(d);
    else {
      const more = hidden.get(d.file);
      if (more === void 0) hidden.set(d.file, { first: d, count: d.count ?? 1 });
      else more.count += d.count ?? 1;
    }
  }
  for (const [file, { first, count: count2 }] of hidden) {
    const message = `and ${count2.toLocaleString("en-US")} more problem${count2 === 1 ? "" : "s"} in this file, not listed: fix these first`;
    out.push({ file, line: first.line, column: first.column, message, count: count2 });
  }
  return out;
}
function resolveFile(file, names, inherited, declared, cache, diagnostics) {
  const key = `${file.file}
${JSON.stringify(inherited)}`;
  const reused = cache.resolvedFiles.get(file.workloads)?.get(key);
  if (reused !== void 0 && reused.workloads.every(({ workload }) => !declared.has(workload.name))) {
    for (const { workload, declared: at } of reused.workloads) declared.set(workload.name, at);
    return reused.workloads.map(({ workload }) => workload);
  }
  const problemsBefore = diagnostics.length;
  const resolved = [];
  for (const [i, { index, entry }] of file.workloads.entries()) {
    const named = names[i];
    if (named === void 0) continue;
    const base = ["workloads", index];
    const at = (path, key2 = false) => sourceRef(file, [...base, ...path], key2);
    const earlier = declared.get(entry.name);
    const problems = earlier === void 0 ? [] : [duplicateName(earlier())];
    const workload = resolveWorkload(entry, named, inherited, at, cache, problems);
    for (const problem of problems)
      diagnostics.push({ ...at(problem.path, problem.key), message: `workload \`${entry.name}\`: ${problem.message}` });
    const nameAt = () => at(["name"]);
    if (earlier === void 0) declared.set(entry.name, nameAt);
    if (workload !== void 0) resolved.push({ workload, declared: nameAt });
  }
  if (diagnostics.length === problemsBefore && resolved.length === file.workloads.length) {
    cached(cache.resolvedFiles, file.workloads, () => /* @__PURE__ */ new Map()).set(key, {
      workloads: resolved
    });
  }
  return resolved.map(({ workload }) => workload);
}
function duplicateName(first) {
  return {
    path: ["name"],
    message: `the name is already used at ${first.file}:${first.line}:${first.column}; workload names must be unique`
  };
}
function emptySet(files) {
  const root = files[0];
  if (root === void 0 || files.some((f) => f.broken === true || Array.isArray(f.envelope.workloads)))
    return void 0;
  const advice = "list the workloads, or write `workloads: []` to say there are none yet (an empty set would pass every budget with zero)";
  if (root.envelope.workloads === null) {
    const included2 = files.length > 1 ? " and no file it includes declares one" : "";
    return {
      ...sourceRef(root, ["workloads"], true),
      message: `\`workloads:\` has nothing after it${included2}: ${advice}`
    };
  }
  const included = files.length > 1 ? ", nor does any file it includes" : "";
  return { ...sourceRef(root, []), message: `no workloads: the file declares none${included}; ${advice}` };
}
function isBroken(file, broken) {
  for (let f = file; f !== void 0; f = f.parent) if (broken.has(f)) return true;
  return false;
}

// src/estimate/alternatives.ts
var MIN_SAVING_SHARE = 0.1;
function greenerRegions(estimate2, cache, limit = 3) {
  const { location, intensity: intensity2 } = estimate2.workload;
  if (location?.provider === void 0 || intensity2.basis !== "grid-data" || estimate2.co2eKg <= 0) return [];
  const year2 = typeof intensity2.year === "number" && isIntensityYear(intensity2.year) ? intensity2.year : LATEST_YEAR;
  const current = intensity2.gPerKwh;
  const options = [];
  for (const r of candidates(location.provider, year2, cache)) {
    if (r.id === location.id) continue;
    const savingShare = 1 - r.gPerKwh / current;
    if (r.gPerKwh >= current || savingShare < MIN_SAVING_SHARE || options.length === limit) break;
    options.push({
      region: r.id,
      location: r.location,
      gPerKwh: r.gPerKwh,
      savingKg: estimate2.co2eKg * savingShare,
      savingShare
    });
  }
  return options;
}
function candidates(provider, year2, cache) {
  return cached(
    cache.greenerCandidates,
    `${provider} ${year2}`,
    () => CLOUD_REGIONS.filter((r) => r.provider === provider && !r.restricted).flatMap((r) => {
      const g = zoneIntensity(r.zone, year2)?.gPerKwh;
      return g === void 0 ? [] : [{ id: `${r.provider}:${r.region}`, location: r.location, gPerKwh: g }];
    }).sort((a, b) => a.gPerKwh - b.gPerKwh || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
  );
}

// src/estimate/finite.ts
var TOO_LARGE = "which comes to more than 1.8e308";
var CHECK = "check the values for a slipped unit or exponent";
function bad(value) {
  return value !== void 0 && !Number.isFinite(value);
}
function unusableFigure(e) {
  if (bad(e.itEnergyKwh) || bad(e.hostEnergyKwh)) return "its IT energy";
  if (bad(e.energyKwh)) return "its energy";
  if (bad(e.co2eKg)) return "its emissions";
  if (bad(e.embodiedKg)) return "its embodied emissions";
  const d = e.workload.demand;
  const unit = d.type === "per-unit" ? d.unit : d.functionalUnit?.unit;
  if (bad(e.units)) return `its number of ${unit ?? "unit"}s over the period`;
  if (unit !== void 0 && e.units) {
    const per = unit === "request" ? 1e3 : 1e6;
    const perUnit2 = [e.co2eKg, e.embodiedKg ?? 0, e.energyKwh].map((x) => x * 1e3 / (e.units ?? 1) * per);
    if (perUnit2.some(bad))
      return `its figures per ${unit === "request" ? "1,000 requests" : "million tokens"} (over ${e.units.toPrecision(3)} ${unit}s)`;
  }
  for (const a of e.alternatives ?? [])
    if (bad(a.savingKg) || bad(a.savingShare)) return "what a greener region would avoid";
  return void 0;
}
function unusableFigures(estimates, budgets, root) {
  const problems = [];
  for (const e of estimates) {
    const figure = unusableFigure(e);
    if (figure !== void 0)
      problems.push({
        ...e.workload.at,
        message: `workload \`${printable(e.workload.name)}\`: cannot compute ${figure}, ${TOO_LARGE}: ${CHECK}`
      });
  }
  if (problems.length > 0) return problems;
  const totals = totalOf(estimates);
  for (const [figure, value] of [
    ["energy", totals.energyKwh],
    ["emissions", totals.co2eKg],
    ["embodied emissions", totals.embodiedKg]
  ]) {
    if (bad(value))
      problems.push({
        ...root,
        message: `cannot compute the total ${figure} of the workload files, ${TOO_LARGE}: ${CHECK}`
      });
  }
  for (const b of judge(budgets, estimates).budgets) {
    if (bad(b.usedKg))
      problems.push({
        ...b.budget.at,
        message: `budget \`${printable(b.budget.name)}\`: cannot compute what it covers, ${TOO_LARGE}: ${CHECK}`
      });
    else if (bad(b.share) || bad(b.excessKg)) {
      problems.push({
        ...b.budget.at,
        message: `budget \`${printable(b.budget.name)}\`: its limit is too small to compare with (${b.budget.limitKg.toPrecision(3)} kg): ${CHECK}`
      });
    }
  }
  return problems;
}

// src/catalog/data/equivalences.ts
var DESNZ_2024 = "https://www.gov.uk/government/publications/greenhouse-gas-reporting-conversion-factors-2024";
var LHR_JFK_KM = 5540;
var LONG_HAUL_ECONOMY_KG_PER_PKM = 0.20011;
var EQUIVALENCES = [
  {
    id: "car-km",
    phrase: (n) => `${n} km driven by an average car`,
    kgPerUnit: 0.16691,
    source: "UK DESNZ 2024 conversion factors: average car, unknown fuel, per km",
    url: DESNZ_2024,
    year: 2024,
    licence: "Open Government Licence v3.0"
  },
  {
    id: "flight-lhr-jfk-return",
    phrase: (n) => `${n} return flights London\u2013New York (economy, one passenger)`,
    kgPerUnit: 2 * LHR_JFK_KM * LONG_HAUL_ECONOMY_KG_PER_PKM,
    source: "UK DESNZ 2024 conversion factors: long-haul economy flight with radiative forcing, 0.20011 kg per passenger-km, x 2 x 5,540 km",
    url: DESNZ_2024,
    year: 2024,
    licence: "Open Government Licence v3.0"
  }
];

// src/report/format.ts
var byFractionDigits = /* @__PURE__ */ new Map();
function toFractionDigits(value, digits) {
  let format = byFractionDigits.get(digits);
  if (format === void 0) {
    format = new Intl.NumberFormat("en-US", { minimumFractionDigits: 0, maximumFractionDigits: digits });
    byFractionDigits.set(digits, format);
  }
  return format.format(value);
}
var tenSignificantDigits = new Intl.NumberFormat("en-US", { maximumSignificantDigits: 10 });
function formatNumber(value) {
  const abs = Math.abs(value);
  if (abs === 0) return "0";
  const digits = abs >= 100 ? 0 : abs >= 10 ? 1 : abs >= 1 ? 2 : Math.min(6, 2 - Math.floor(Math.log10(abs)));
  return toFractionDigits(value, digits);
}
function formatMass(kg, suffix = "CO2e") {
  const abs = Math.abs(kg);
  if (abs > 0 && abs < 1) return `${formatNumber(kg * 1e3)} g${suffix}`;
  return abs < 1e3 ? `${formatNumber(kg)} kg${suffix}` : `${formatNumber(kg / 1e3)} t${suffix}`;
}
function formatDelta(kg) {
  if (Math.abs(kg) < 5e-4) return "\xB10";
  return `${kg > 0 ? "+" : "\u2212"}${formatMass(Math.abs(kg))}`;
}
function formatEnergy(kwh) {
  const abs = Math.abs(kwh);
  if (abs < 1e3) return `${formatNumber(kwh)} kWh`;
  if (abs < 1e8) return `${formatNumber(kwh / 1e3)} MWh`;
  return `${formatNumber(kwh / 1e6)} GWh`;
}
function formatPercent(share) {
  return `${formatNumber(share * 100)}%`;
}
function formatApprox(value) {
  return threeSignificantDigits.format(value);
}
var threeSignificantDigits = new Intl.NumberFormat("en-US", { maximumSignificantDigits: 3 });
function formatExact(value) {
  return tenSignificantDigits.format(value);
}

// src/report/report.ts
var REPORT_SCHEMA_VERSION = 1;
function formula(e) {
  const { demand, pue: pue2, intensity: intensity2 } = e.workload;
  const tail = `= ${formatEnergy(e.itEnergyKwh)} IT x PUE ${formatExact(pue2.value)} = ${formatEnergy(e.energyKwh)} x ${formatExact(intensity2.gPerKwh)} gCO2e/kWh = ${formatMass(e.co2eKg)}`;
  if (demand.type === "per-unit") {
    return [
      formatExact(demand.ratePerHour * demand.periodHours),
      ` ${demand.unit}s (`,
      formatExact(demand.ratePerHour),
      "/h x ",
      formatExact(demand.periodHours),
      " h) x ",
      formatExact(demand.energyPerUnitKwh * 1e3),
      " Wh ",
      tail
    ].join("");
  }
  const power2 = demand.powerBasis === "catalog-tdp" && demand.utilization !== void 0 ? `${formatExact(demand.accelerator?.tdpW ?? demand.powerW)} W x ${formatExact(demand.utilization * 100)}%` : `${formatExact(demand.powerW)} W`;
  const instance2 = demand.instance === void 0 ? "" : ` (${formatExact(demand.instance.instances)} x ${demand.instance.id}, ${formatExact(demand.instance.acceleratorsPerInstance)} accelerators each)`;
  const time2 = demand.count !== void 0 && demand.hoursPerRun !== void 0 ? `${formatExact(demand.count)}${instance2} x ${formatExact(demand.hoursPerRun)} h` : `${formatExact(demand.deviceHoursPerRun)} accelerator-h`;
  const runs = demand.runs === 1 ? "" : ` x ${formatExact(demand.runs)} runs`;
  const overhead = (e.workload.overheadEnergyKwh ? ` + ${formatExact(e.workload.overheadEnergyKwh)} kWh overhead` : "") + (e.hostEnergyKwh === void 0 || e.workload.host === void 0 ? "" : ` + ${formatEnergy(e.hostEnergyKwh)} host (${formatExact(e.workload.host.wattsPerInstance)} W per instance)`);
  const embodied2 = e.embodiedKg === void 0 ? "" : `; embodied ${formatMass(e.embodiedKg)}`;
  return [time2, " x ", power2, runs, overhead, " ", tail, embodied2].join("");
}
function workloadReport(e, parts) {
  const w = e.workload;
  const out = { name: w.name, kind: w.kind };
  if (w.description !== void 0) out.description = w.description;
  out.file = w.at.file;
  out.line = w.at.line;
  out.energyKwh = e.energyKwh;
  out.itEnergyKwh = e.itEnergyKwh;
  out.co2eKg = e.co2eKg;
  if (e.embodiedKg !== void 0) out.embodiedKg = e.embodiedKg;
  if (w.budgetKg !== void 0) out.budgetKg = w.budgetKg;
  out.assumptions = assumptionsOf(e, parts);
  out.formula = formula(e);
  const perFunctionalUnit = perUnit(e);
  if (perFunctionalUnit !== void 0) out.perFunctionalUnit = perFunctionalUnit;
  if (e.alternatives !== void 0) out.alternatives = e.alternatives;
  return out;
}
var SharedParts = class {
  regions = /* @__PURE__ */ new Map();
  accelerators = /* @__PURE__ */ new Map();
  pues = /* @__PURE__ */ new Map();
  intensities = /* @__PURE__ */ new Map();
  region(l) {
    return cached(this.regions, l, () => {
      const region2 = { id: l.id, label: l.label };
      if (l.note !== void 0) region2.note = l.note;
      return region2;
    });
  }
  accelerator(a) {
    return cached(this.accelerators, a, () => {
      const accelerator2 = { id: a.id, name: a.name };
      if (a.tdpW !== void 0) accelerator2.tdpW = a.tdpW;
      if (a.rating !== void 0) accelerator2.rating = a.rating;
      accelerator2.source = a.source.title;
      accelerator2.url = a.source.url;
      accelerator2.year = a.source.year;
      accelerator2.licence = a.source.licence;
      return accelerator2;
    });
  }
  pue(p) {
    return cached(this.pues, p, () => {
      const pue2 = { value: p.value, basis: p.basis };
      if (p.source !== void 0) pue2.source = p.source;
      if (p.url !== void 0) pue2.url = p.url;
      if (p.year !== void 0) pue2.year = p.year;
      return pue2;
    });
  }
  intensity(i) {
    return cached(this.intensities, i, () => {
      const intensity2 = { gPerKwh: i.gPerKwh, basis: i.basis, source: i.source };
      if (i.zone !== void 0) intensity2.zone = i.zone;
      if (i.zoneName !== void 0) intensity2.zoneName = i.zoneName;
      if (i.year !== void 0) intensity2.year = i.year;
      if (i.licence !== void 0) intensity2.licence = i.licence;
      return intensity2;
    });
  }
};
function assumptionsOf(e, parts) {
  const w = e.workload;
  const d = w.demand;
  const out = {};
  if (w.location !== void 0) out.region = parts.region(w.location);
  if (d.type === "devices") {
    const power2 = { watts: d.powerW, basis: d.powerBasis };
    if (d.accelerator !== void 0) power2.accelerator = parts.accelerator(d.accelerator);
    if (d.utilization !== void 0) power2.utilization = d.utilization;
    out.power = power2;
    if (d.count !== void 0) out.count = d.count;
    if (d.instance !== void 0) out.instance = d.instance;
    if (d.hoursPerRun !== void 0) out.hoursPerRun = d.hoursPerRun;
    out.acceleratorHoursPerRun = d.deviceHoursPerRun;
    out.runs = d.runs;
  } else {
    out.unit = d.unit;
    out.ratePerHour = d.ratePerHour;
    out.periodHours = d.periodHours;
    out.units = e.units ?? 0;
    out.energyPerUnitKwh = d.energyPerUnitKwh;
    if (d.task !== void 0) out.task = d.task;
  }
  out.pue = parts.pue(w.pue);
  out.intensity = parts.intensity(w.intensity);
  if (w.overheadEnergyKwh !== void 0) out.overheadEnergyKwh = w.overheadEnergyKwh;
  if (w.host !== void 0 && e.hostEnergyKwh !== void 0) out.host = { ...w.host, energyKwh: e.hostEnergyKwh };
  if (w.embodied !== void 0) out.embodied = { ...w.embodied };
  return out;
}
function perUnit(e) {
  const d = e.workload.demand;
  const unit = d.type === "per-unit" ? d.unit : d.functionalUnit?.unit;
  if (unit === void 0 || !e.units) return void 0;
  const per = unit === "request" ? 1e3 : 1e6;
  const out = {
    unit: unit === "request" ? "1,000 requests" : "1M tokens",
    co2eG: e.co2eKg * 1e3 / e.units * per
  };
  if (e.embodiedKg !== void 0) out.embodiedG = e.embodiedKg * 1e3 / e.units * per;
  out.energyWh = e.energyKwh * 1e3 / e.units * per;
  return out;
}
function budgetReport(r) {
  return {
    name: r.budget.name,
    scope: r.budget.scope,
    limitKg: r.budget.limitKg,
    usedKg: r.usedKg,
    share: r.share,
    warnAt: r.budget.warnAt,
    status: r.status,
    excessKg: r.excessKg,
    file: r.budget.at.file,
    line: r.budget.at.line,
    workloads: r.budget.workloads,
    ...r.baseUsedKg === void 0 ? {} : { baseUsedKg: r.baseUsedKg },
    ...r.note === void 0 ? {} : { note: r.note }
  };
}
function buildReport(config2, version2, estimates, verdict, comparison) {
  const totals = totalOf(estimates);
  const parts = new SharedParts();
  return {
    schemaVersion: REPORT_SCHEMA_VERSION,
    tool: { name: "carbon-budget", version: version2 },
    config: config2,
    status: verdict.status,
    totals: { ...totals, workloads: estimates.length },
    workloads: estimates.map((e) => workloadReport(e, parts)),
    budgets: verdict.budgets.map(budgetReport),
    ...comparison === void 0 ? {} : { comparison },
    equivalents: EQUIVALENCES.map((eq) => {
      const count2 = totals.co2eKg / eq.kgPerUnit;
      return {
        id: eq.id,
        count: count2,
        text: eq.phrase(formatApprox(count2)),
        source: eq.source,
        url: eq.url,
        year: eq.year,
        licence: eq.licence
      };
    }),
    data: {
      co2js: CO2JS_VERSION,
      gridIntensity: [
        {
          source: `${ELECTRICITY_MAPS.name}: ${ELECTRICITY_MAPS.description}`,
          url: ELECTRICITY_MAPS.url,
          year: ELECTRICITY_MAPS.years.join(", "),
          licence: ELECTRICITY_MAPS.licence
        },
        { source: `${EMBER.name}: ${EMBER.description}`, url: EMBER.url, licence: EMBER.licence }
      ]
    }
  };
}

// src/run-cache.ts
var RunCache = class {
  /**
   * Parsed files by their text. Emptied once both sides are read: the parses (every file's
   * YAML and positions) are done with, and the report, built next, is the largest thing a run holds.
   */
  parses = /* @__PURE__ */ new Map();
  /** Catalog entries by the text written for them (`region`, `accelerator`, `instance`), or why there is none. */
  regions = /* @__PURE__ */ new Map();
  accelerators = /* @__PURE__ */ new Map();
  instances = /* @__PURE__ */ new Map();
  /** A location's grid figure for a year, by `location-id year`. */
  gridFigures = /* @__PURE__ */ new Map();
  /** A file's workloads as resolved, by its parsed workloads (shared through `parses`) and then by what it inherits. */
  resolvedFiles = /* @__PURE__ */ new WeakMap();
  /** A workload's estimate: both sides resolve an unchanged file to the same workloads. */
  estimates = /* @__PURE__ */ new WeakMap();
  /** A cloud provider's regions for a year, cleanest first, by `provider year`: where a workload could move. */
  greenerCandidates = /* @__PURE__ */ new Map();
  /** A report's markdown rows, rendered once for the several foldings of the comment and the job summary. */
  markdownTables = /* @__PURE__ */ new WeakMap();
};

// src/version.ts
var VERSION = "0.1.0";

// src/analyse.ts
async function analyse(configPaths, options) {
  const cache = runCacheOf(options);
  const evaluated = await evaluate(configPaths, options.root, options.source, cache);
  if (!evaluated.ok) return evaluated;
  const { estimates, budgets } = evaluated;
  const base = await options.base;
  cache.parses.clear();
  const verdict = judge(budgets, estimates, baselineOf(base));
  const comparison = base === void 0 ? void 0 : compare(base, estimates);
  const label2 = options.label ?? configPaths.map((p) => displayPath(options.root, p)).join(" ");
  return { ok: true, report: buildReport(label2, VERSION, estimates, verdict, comparison) };
}
function runCacheOf(options) {
  return options.cache ?? new RunCache();
}
async function evaluate(configPaths, root, source, cache) {
  const loaded = await loadWorkloadFiles(configPaths, { root, source, cache });
  const resolved = resolveWorkloads(loaded.files, cache);
  const diagnostics = [...loaded.diagnostics, ...resolved.diagnostics].sort(byPosition);
  if (diagnostics.length > 0) return { ok: false, diagnostics };
  const empty = emptySet(loaded.files);
  if (empty !== void 0) return { ok: false, diagnostics: [empty] };
  const estimates = resolved.workloads.map((workload) => estimateOf(workload, cache));
  const rootFile = { file: displayPath(root, configPaths[0] ?? root), line: 1, column: 1 };
  const unusable = unusableFigures(estimates, resolved.budgets, rootFile);
  if (unusable.length > 0) return { ok: false, diagnostics: unusable };
  return { ok: true, estimates, budgets: resolved.budgets };
}
function estimateOf(workload, cache) {
  return cached(cache.estimates, workload, () => {
    const estimate2 = estimateWorkload(workload);
    const alternatives2 = greenerRegions(estimate2, cache);
    return alternatives2.length === 0 ? estimate2 : { ...estimate2, alternatives: alternatives2 };
  });
}
async function analyseBase(configPaths, options) {
  const where2 = { ref: options.ref, ...options.sha === void 0 ? {} : { sha: options.sha } };
  const present = [];
  for (const path of configPaths) if (typeof await options.source.read(path) === "string") present.push(path);
  if (present.length === 0) return { state: "absent", ...where2 };
  const evaluated = await evaluate(present, options.root, options.source, runCacheOf(options));
  if (!evaluated.ok) return { state: "invalid", ...where2, problems: problemCount(evaluated.diagnostics) };
  const { estimates } = evaluated;
  const verdict = judge(evaluated.budgets, estimates, { kind: "none" });
  return {
    state: "compared",
    ...where2,
    report: {
      totals: totalOf(estimates),
      budgets: verdict.budgets.map((b) => ({ name: b.budget.name, usedKg: b.usedKg, status: b.status })),
      workloads: estimates.map((e) => ({
        name: e.workload.name,
        co2eKg: e.co2eKg,
        energyKwh: e.energyKwh,
        ...e.embodiedKg === void 0 ? {} : { embodiedKg: e.embodiedKg }
      }))
    }
  };
}

// src/io/fs-source.ts
import { closeSync, constants, fstatSync, lstatSync, openSync, readSync } from "node:fs";
import { posix as posix3 } from "node:path";
function errorCode(error2) {
  return error2.code;
}
function isMissing(error2) {
  const code2 = errorCode(error2);
  return code2 === "ENOENT" || code2 === "ENOTDIR" || code2 === "EISDIR" || code2 === "ENAMETOOLONG";
}
function notRegular(stat) {
  if (stat.isSymbolicLink()) return { problem: "symlink" };
  if (stat.isDirectory()) return { problem: "directory" };
  return stat.isFile() ? void 0 : { problem: "special" };
}
function tooBig(bytes, maxBytes) {
  return bytes > maxBytes ? { problem: "too-big", bytes } : void 0;
}
function linkBelow(root, dir, checked) {
  const relative = posix3.relative(root, dir);
  if (relative === "" || isOutside(root, dir)) return void 0;
  let current = root;
  for (const step of relative.split("/")) {
    current = posix3.join(current, step);
    if (checked?.has(current)) continue;
    let stat;
    try {
      stat = lstatSync(current, { throwIfNoEntry: false });
    } catch (error2) {
      if (isMissing(error2)) return { problem: "missing" };
      throw error2;
    }
    if (stat === void 0) return { problem: "missing" };
    if (stat.isSymbolicLink()) return { problem: "linked-directory", link: posix3.relative(root, current) };
    if (!stat.isDirectory()) return { problem: "missing" };
    checked?.add(current);
  }
  return void 0;
}
var OPEN_FLAGS = constants.O_RDONLY | constants.O_NOFOLLOW | constants.O_NONBLOCK;
function readRegularFile(path, maxBytes = MAX_FILE_BYTES) {
  let fd;
  try {
    fd = openSync(path, OPEN_FLAGS);
  } catch (error2) {
    if (errorCode(error2) === "ELOOP") return { problem: "symlink" };
    if (errorCode(error2) === "ENXIO") return { problem: "special" };
    throw error2;
  }
  try {
    const stat = fstatSync(fd);
    const problem = notRegular(stat) ?? tooBig(stat.size, maxBytes);
    if (problem !== void 0) return problem;
    let buffer = Buffer.allocUnsafe(stat.size + 1);
    let length = 0;
    for (; ; ) {
      if (length === buffer.length) {
        if (length > maxBytes) return { problem: "too-big", bytes: length };
        const grown = Buffer.allocUnsafe(Math.min(length * 2 + 4096, maxBytes + 1));
        buffer.copy(grown, 0, 0, length);
        buffer = grown;
      }
      const read = readSync(fd, buffer, length, buffer.length - length, null);
      if (read === 0) break;
      length += read;
    }
    return buffer.subarray(0, length);
  } finally {
    closeSync(fd);
  }
}
function readChecked(path, root, maxBytes) {
  if (path.includes("\0")) return { problem: "missing" };
  try {
    const through = root === void 0 ? void 0 : linkBelow(root, posix3.dirname(path));
    if (through !== void 0) return through;
    const stat = lstatSync(path);
    const problem = notRegular(stat) ?? tooBig(stat.size, maxBytes);
    if (problem !== void 0) return problem;
    return readRegularFile(path, maxBytes);
  } catch (error2) {
    if (isMissing(error2)) return { problem: "missing" };
    throw error2;
  }
}
function readText(path, root) {
  const bytes = readChecked(path, root, MAX_FILE_BYTES);
  if (!Buffer.isBuffer(bytes)) return bytes;
  const text2 = bytes.toString("utf8");
  if (Buffer.byteLength(text2) !== bytes.length) {
    const before = text2.slice(0, text2.indexOf("\uFFFD"));
    return { problem: "encoding", line: before.split("\n").length, column: before.length - before.lastIndexOf("\n") };
  }
  return text2;
}
function listableBelow(root) {
  const checked = /* @__PURE__ */ new Set();
  return (dir) => {
    const relative = posix3.relative(root, dir);
    if (relative === "") return true;
    if (isOutside(root, dir) || isUnderGit(relative)) return false;
    try {
      return linkBelow(root, dir, checked) === void 0;
    } catch {
      return false;
    }
  };
}
var fileSystemSource = {
  // An unexpected error (permissions, say) rejects, as the source's contract has it.
  read: (path, root) => new Promise((resolve3) => {
    resolve3(readText(path, root));
  }),
  async glob(pattern, dir, root) {
    const mayList = root === void 0 ? void 0 : listableBelow(root);
    if (mayList !== void 0 && !mayList(dir)) return [];
    const { globFiles } = await import("./glob.js");
    const found = await globFiles(pattern, dir, mayList);
    return found.map((p) => posix3.normalize(p)).sort();
  }
};

// src/io/git-source.ts
import { execFile, spawn } from "node:child_process";
import { readFileSync, statSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { promisify } from "node:util";

// src/io/tree-source.ts
import { posix as posix4 } from "node:path";
function escapeGlob(path) {
  return path.replace(/[*?[\]{}()!+@|\\]/g, "\\$&");
}
function inside(root, path) {
  const relative = posix4.relative(root, path);
  return relative !== "" && !relative.startsWith("../") && relative !== ".." && !posix4.isAbsolute(relative);
}
function treeSource(root, listFiles, readBlob) {
  let files;
  const cache = /* @__PURE__ */ new Map();
  const start = (path) => cached(cache, path, () => {
    const text2 = readBlob(posix4.relative(root, path));
    text2.catch(() => void 0);
    return text2;
  });
  return {
    async read(path) {
      if (!inside(root, path)) return { problem: "missing" };
      return await start(path) ?? { problem: "missing" };
    },
    prefetch(paths) {
      for (const path of paths) if (inside(root, path)) void start(path);
    },
    async glob(pattern, dir) {
      files ??= listFiles().then((relative) => relative.map((p) => posix4.join(root, p)));
      const joined = posix4.normalize(posix4.join(escapeGlob(posix4.relative(root, dir)), pattern));
      const { globMatcher } = await import("./glob.js");
      const matches = globMatcher(joined);
      return (await files).filter((f) => matches(posix4.relative(root, f))).sort();
    }
  };
}

// src/io/git-source.ts
var run = promisify(execFile);
async function git(cwd, args) {
  try {
    const { stdout } = await run("git", [...args], { cwd, maxBuffer: 512 * 1024 * 1024, encoding: "utf8" });
    return stdout;
  } catch {
    return void 0;
  }
}
var ObjectReader = class {
  #child;
  #waiting = [];
  // Output not yet answered, in the chunks it came in, and how many bytes the next answer needs:
  // a large file is joined once, not once per chunk.
  #chunks = [];
  #length = 0;
  #need = 1;
  // Bytes of an object too large to keep that have not come yet: dropped as they come.
  #skip = 0;
  #failed;
  constructor(repo) {
    this.#child = spawn("git", ["cat-file", "--batch"], { cwd: repo, stdio: ["pipe", "pipe", "ignore"] });
    this.#child.stdout.on("data", (data) => {
      const dropped = Math.min(this.#skip, data.length);
      this.#skip -= dropped;
      const chunk = dropped === 0 ? data : data.subarray(dropped);
      if (chunk.length === 0) return;
      this.#chunks.push(chunk);
      this.#length += chunk.length;
      if (this.#length >= this.#need) this.#answer();
    });
    const fail = (error2) => {
      this.#failed = error2;
      for (const w of this.#waiting.splice(0)) w.reject(error2);
    };
    this.#child.on("error", fail);
    this.#child.on("close", (code2) => {
      fail(new Error(`git cat-file exited with ${String(code2)}`));
    });
    this.#child.stdin.on("error", () => void 0);
    this.#idle();
  }
  /**
   * The object `name` names (`<rev>^{commit}`, `<rev>:<path>`), or undefined when git has none.
   * An object over `maxBytes` comes without its content, which is dropped as git sends it.
   */
  read(name, maxBytes = Infinity) {
    if (this.#failed !== void 0) return Promise.reject(this.#failed);
    if (/[\0\n\r]/.test(name)) return Promise.resolve(void 0);
    if (this.#waiting.length === 0) this.#busy();
    return new Promise((resolve3, reject) => {
      this.#waiting.push({ resolve: resolve3, reject, maxBytes });
      this.#child.stdin.write(`${name}
`);
    });
  }
  #answer() {
    const buffer = this.#chunks.length === 1 ? this.#chunks[0] ?? Buffer.alloc(0) : Buffer.concat(this.#chunks, this.#length);
    let at = 0;
    this.#need = 1;
    while (this.#waiting.length > 0) {
      const eol = buffer.indexOf(10, at);
      if (eol < 0) {
        this.#need = buffer.length - at + 1;
        break;
      }
      const header = buffer.toString("utf8", at, eol);
      const match = /^([0-9a-f]+) (\w+) (\d+)$/.exec(header);
      if (match === null) {
        at = eol + 1;
        this.#settle()?.resolve(void 0);
        continue;
      }
      const size = Number(match[3]);
      const end = eol + 1 + size;
      if (size > (this.#waiting[0]?.maxBytes ?? Infinity)) {
        const here = Math.min(buffer.length, end + 1);
        this.#skip = end + 1 - here;
        at = here;
        this.#settle()?.resolve({ oid: match[1] ?? "", type: match[2] ?? "", size, content: void 0 });
        continue;
      }
      if (buffer.length < end + 1) {
        this.#need = end + 1 - at;
        break;
      }
      const content = buffer.subarray(eol + 1, end);
      at = end + 1;
      this.#settle()?.resolve({ oid: match[1] ?? "", type: match[2] ?? "", size, content });
    }
    const rest = buffer.subarray(at);
    this.#chunks = rest.length > 0 ? [rest] : [];
    this.#length = rest.length;
  }
  #settle() {
    const waiting = this.#waiting.shift();
    if (this.#waiting.length === 0) this.#idle();
    return waiting;
  }
  #busy() {
    this.#child.ref();
    this.#child.stdout.ref?.();
  }
  #idle() {
    this.#child.unref();
    this.#child.stdout.unref?.();
    this.#child.stdin.unref?.();
  }
};
var readers = /* @__PURE__ */ new Map();
function objects(repo) {
  return cached(readers, repo, () => new ObjectReader(repo));
}
async function resolveRevision(repo, revision) {
  try {
    const commit = await objects(repo).read(`${revision}^{commit}`);
    return commit?.type === "commit" ? commit.oid : void 0;
  } catch {
    return void 0;
  }
}
function gitRevisionSource(repo, revision) {
  const reader = objects(repo);
  let listed;
  const directories = /* @__PURE__ */ new Map();
  const directory = (dir) => cached(
    directories,
    dir,
    () => reader.read(`${revision}:${dir}`).then(
      (tree) => tree?.type === "tree" && tree.content !== void 0 ? treeObjectEntries(tree.content, tree.oid.length / 2) : void 0
    )
  );
  const readBlob = async (path) => {
    const slash = path.lastIndexOf("/");
    const entry = listed !== void 0 ? listed.get(path) : (await directory(slash < 0 ? "" : path.slice(0, slash)))?.get(path.slice(slash + 1));
    if (entry === void 0) return void 0;
    if (entry.mode === SYMLINK) return { problem: "symlink" };
    const object = await reader.read(entry.oid, MAX_FILE_BYTES);
    if (object?.type !== "blob") return void 0;
    return object.content === void 0 ? { problem: "too-big", bytes: object.size } : object.content.toString("utf8");
  };
  const list = async () => {
    const listing = await git(repo, ["ls-tree", "-r", "-z", "--full-tree", revision]);
    if (listing === void 0) throw new Error(`git cannot list the files of \`${revision}\``);
    listed = treeEntries(listing);
    return [...listed.keys()];
  };
  return treeSource(repo, list, readBlob);
}
var SYMLINK = "120000";
function treeObjectEntries(tree, idBytes) {
  const entries = /* @__PURE__ */ new Map();
  let at = 0;
  while (at < tree.length) {
    const space = tree.indexOf(32, at);
    const nul = tree.indexOf(0, space);
    if (space < 0 || nul < 0 || nul + 1 + idBytes > tree.length) break;
    entries.set(tree.toString("utf8", space + 1, nul), {
      mode: tree.toString("latin1", at, space).padStart(6, "0"),
      oid: tree.toString("hex", nul + 1, nul + 1 + idBytes)
    });
    at = nul + 1 + idBytes;
  }
  return entries;
}
function treeEntries(listing) {
  const entries = /* @__PURE__ */ new Map();
  for (const record of listing.split("\0")) {
    const tab = record.indexOf("	");
    if (tab < 0) continue;
    const [mode = "", , oid = ""] = record.slice(0, tab).split(" ");
    entries.set(record.slice(tab + 1), { mode, oid });
  }
  return entries;
}
async function gitTopLevel(dir) {
  if (process.env.GIT_DIR || process.env.GIT_WORK_TREE) {
    const out = await git(dir, ["rev-parse", "--show-toplevel"]);
    return out?.trim().replace(/\\/g, "/") || void 0;
  }
  for (let current = resolve(dir); ; current = dirname(current)) {
    if (isGitDir(join(current, ".git"))) return current.replace(/\\/g, "/");
    if (dirname(current) === current) return void 0;
  }
}
function isGitDir(path) {
  const stat = statSync(path, { throwIfNoEntry: false });
  if (stat === void 0) return false;
  if (stat.isDirectory()) return statSync(join(path, "HEAD"), { throwIfNoEntry: false })?.isFile() === true;
  try {
    return stat.isFile() && readFileSync(path, "utf8").startsWith("gitdir:");
  } catch {
    return false;
  }
}

// src/io/write-text.ts
import { closeSync as closeSync2, openSync as openSync2, writeFileSync } from "node:fs";
function writeTextFile(path, pieces) {
  const fd = openSync2(path, "w");
  try {
    for (const piece of pieces) writeFileSync(fd, piece);
  } finally {
    closeSync2(fd);
  }
}

// src/report/json.ts
var UNSAFE_IN_JSON = /[\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]|##\[/;
var UNSAFE_IN_JSON_ALL = new RegExp(UNSAFE_IN_JSON.source, "g");
function escapeJson(json2) {
  if (!UNSAFE_IN_JSON.test(json2)) return json2;
  return json2.replace(
    UNSAFE_IN_JSON_ALL,
    (found) => found === "##[" ? "##\\u005b" : `\\u${(found.codePointAt(0) ?? 0).toString(16).padStart(4, "0")}`
  );
}
var ITEMS_PER_PIECE = 64;
var LAYOUTS = {
  compact: {
    value: (value) => JSON.stringify(value),
    items: (items) => JSON.stringify(items).slice(1, -1),
    key: "",
    item: "",
    close: "]",
    end: "}\n"
  },
  indented: {
    // JSON.stringify indents a value inside an array itself, so the brackets are all there is to take off.
    value: (value) => JSON.stringify([value], null, 2).slice("[\n  ".length, -"\n]".length),
    items: (items) => JSON.stringify([items], null, 2).slice("[\n  [\n    ".length, -"\n  ]\n]".length),
    key: "\n  ",
    item: "\n    ",
    close: "\n  ]",
    end: "\n}\n"
  }
};
function* reportJson(report, layout = "compact") {
  const l = LAYOUTS[layout];
  const separator = layout === "compact" ? ":" : ": ";
  const entries = Object.entries(report).filter(([, value]) => value !== void 0);
  if (entries.length === 0) {
    yield "{}\n";
    return;
  }
  yield "{";
  for (const [index, [key, value]] of entries.entries()) {
    const comma = index < entries.length - 1 ? "," : "";
    if (Array.isArray(value) && value.length > 0) {
      yield `${l.key}${JSON.stringify(key)}${separator}[`;
      for (let start = 0; start < value.length; start += ITEMS_PER_PIECE) {
        const end = Math.min(value.length, start + ITEMS_PER_PIECE);
        yield `${l.item}${escapeJson(l.items(value.slice(start, end)))}${end < value.length ? "," : ""}`;
      }
      yield `${l.close}${comma}`;
    } else {
      yield `${l.key}${JSON.stringify(key)}${separator}${escapeJson(l.value(value))}${comma}`;
    }
  }
  yield l.end;
}

// src/report/verdict-text.ts
var plain = printable;
var HEADLINE_BUDGETS = 3;
function budgetSentence(b, escape = plain) {
  if (b.scope === "increase") {
    const over = b.status === "over" ? `, ${formatMass(b.excessKg)} over` : "";
    return `this change adds ${formatMass(b.usedKg)}${over} (limit ${formatMass(b.limitKg)} per change)`;
  }
  if (b.status === "over") {
    return `${escape(b.name)}: ${formatMass(b.usedKg)}, ${formatMass(b.excessKg)} (${formatPercent(b.excessKg / b.limitKg)}) over its ${formatMass(b.limitKg)} limit`;
  }
  return `${escape(b.name)}: ${formatMass(b.usedKg)} of ${formatMass(b.limitKg)} (${formatPercent(b.share)})`;
}
function sentences(budgets, escape) {
  const named = budgets.slice(0, HEADLINE_BUDGETS).map((b) => budgetSentence(b, escape));
  const more = budgets.length - named.length;
  return `${named.join("; ")}${more > 0 ? `; and ${more} more` : ""}`;
}
function headline(report, escape = plain) {
  const embodied2 = report.totals.embodiedKg > 0 ? ` (+ ${formatMass(report.totals.embodiedKg)} embodied)` : "";
  const figures = `${formatMass(report.totals.co2eKg)}${embodied2} and ${formatEnergy(report.totals.energyKwh)} for ${report.totals.workloads} workload${report.totals.workloads === 1 ? "" : "s"}`;
  const over = report.budgets.filter((b) => b.status === "over");
  const warn = report.budgets.filter((b) => b.status === "warn");
  if (over.length > 0) return { icon: "\u274C", title: "Over budget", detail: sentences(over, escape) };
  if (warn.length > 0) return { icon: "\u26A0\uFE0F", title: "Near budget", detail: sentences(warn, escape) };
  if (report.budgets.length > 0) return { icon: "\u2705", title: "Within budget", detail: figures };
  return { icon: "\u2139\uFE0F", title: "No budget set", detail: figures };
}

// src/report/greener-moves.ts
var TOP_MOVES = 3;
function topMoves(report) {
  const top = [];
  for (const workload of report.workloads) {
    const best = workload.alternatives?.[0];
    if (best === void 0) continue;
    let at = top.length;
    while (at > 0 && (top[at - 1]?.best.savingKg ?? Infinity) < best.savingKg) at--;
    if (at < TOP_MOVES) top.splice(at, 0, { workload, best });
    if (top.length > TOP_MOVES) top.pop();
  }
  return top;
}

// src/report/markdown.ts
var STATUS_ICON = { ok: "\u2705", warn: "\u26A0\uFE0F", over: "\u274C" };
var NEEDS_ESCAPING = /[\r\n\\`*_{}[\]<>#|~@&]|:\/\/|www\.|gh-/i;
var ZWSP = "\u200B";
function cell(text2) {
  if (!NEEDS_ESCAPING.test(text2) && !UNPRINTABLE.test(text2)) return text2;
  return printable(text2).replace(/[\\`*_{}[\]<>#|~&]/g, "\\$&").replace(/@/g, `@${ZWSP}`).replace(/#(?=\w)/g, `#${ZWSP}`).replace(/\b(gh)-(?=\d)/gi, `$1-${ZWSP}`).replace(/:\/\//g, `:/${ZWSP}/`).replace(/\b(www)\./gi, `$1${ZWSP}.`);
}
function code(text2) {
  const flat = printable(text2);
  const longest = Math.max(0, ...[...flat.matchAll(/`+/g)].map((m) => m[0].length));
  const fence = "`".repeat(longest + 1);
  const pad = flat.startsWith("`") || flat.endsWith("`") ? " " : "";
  return `${fence}${pad}${flat}${pad}${fence}`;
}
function link(text2, url) {
  const safe = url !== void 0 && /^https?:\/\/[^\s()<>]+$/.test(url) ? url : void 0;
  return safe === void 0 ? cell(text2) : `[${cell(text2)}](${safe})`;
}
function plainUrl(url) {
  return url !== void 0 && /^https?:\/\/[^\s()<>]+$/.test(url) ? url : "";
}
function where(w) {
  return w.assumptions.region?.id ?? `${formatNumber(w.assumptions.intensity.gPerKwh)} g/kWh`;
}
function assumptionLines(w) {
  const a = w.assumptions;
  const lines = [`- **${cell(w.name)}** (${code(`${w.file}:${w.line}`)}): ${cell(w.formula)}`];
  const acc = a.power?.accelerator;
  if (a.power?.basis === "catalog-tdp" && acc?.tdpW !== void 0) {
    const utilisation = a.power.utilization === void 0 ? "" : ` x ${formatPercent(a.power.utilization)} utilisation`;
    lines.push(
      `  - power: ${cell(acc.name)}, ${formatExact(acc.tdpW)} W ${cell(acc.rating ?? "TDP")}${utilisation} (${link(acc.source, acc.url)}, ${cell(String(acc.year ?? ""))})`
    );
  } else if (a.power) {
    lines.push(
      `  - power: ${formatExact(a.power.watts)} W per accelerator, declared${acc ? ` (${cell(acc.name)})` : ""}`
    );
  }
  const pue2 = a.pue.basis === "declared" ? "declared" : `${link(a.pue.source ?? "", a.pue.url)}${a.pue.year ? `, ${cell(String(a.pue.year))}` : ""}`;
  lines.push(`  - PUE ${formatExact(a.pue.value)}: ${pue2}`);
  const i = a.intensity;
  const intensity2 = i.basis === "declared" ? "declared" : cell(`${i.zoneName ?? ""} (${i.zone ?? ""}), ${i.source}, ${i.licence ?? ""}`);
  lines.push(
    `  - grid intensity ${formatExact(i.gPerKwh)} gCO2e/kWh: ${intensity2}` + (a.region?.note ? `; region note: ${cell(a.region.note)}` : "")
  );
  if (a.task !== void 0)
    lines.push(`  - energy per request: the ${cell(a.task.label)} default, ${link(a.task.source, a.task.url)}`);
  const unit = w.perFunctionalUnit;
  if (unit !== void 0) {
    const embodied2 = unit.embodiedG === void 0 ? "" : ` (+ ${formatNumber(unit.embodiedG)} g embodied)`;
    lines.push(`  - per ${unit.unit}: ${formatNumber(unit.co2eG)} gCO2e${embodied2}, ${formatNumber(unit.energyWh)} Wh`);
  }
  if (a.overheadEnergyKwh !== void 0)
    lines.push(`  - overhead energy ${formatExact(a.overheadEnergyKwh)} kWh (idle, hosts, infrastructure), declared`);
  if (a.host !== void 0) {
    const h = a.host;
    lines.push(
      `  - host: ${cell(h.instance)}, ${formatExact(h.vcpus)} vCPU x (${formatExact(h.minWPerVcpu)} + ${formatPercent(h.utilization)} x (${formatExact(h.maxWPerVcpu)} - ${formatExact(h.minWPerVcpu)})) W (${cell(h.cpu)}) + ${formatExact(h.memoryGb)} GB x ${formatExact(h.memoryWPerGb)} W = ${formatExact(h.wattsPerInstance)} W per instance, ${formatEnergy(h.energyKwh)} (${link(h.source, h.url)})`
    );
  }
  const e = a.embodied;
  if (e !== void 0 && w.embodiedKg !== void 0) {
    const basis = e.basis === "bloom-study" ? link("the BLOOM study's figures", e.url) : "declared";
    lines.push(
      `  - embodied ${formatMass(w.embodiedKg)}: ${formatExact(e.acceleratorKg)} kg per accelerator and ${formatExact(e.serverKg)} kg per ${formatExact(e.acceleratorsPerServer)}-accelerator server, over ${formatExact(e.lifetimeHours / 8760)} years at ${formatPercent(e.usage)} usage (${basis})`
    );
  }
  return lines;
}
function rowsOf(report) {
  const changes = new Map(report.comparison?.workloads.map((c) => [c.name, c]));
  const rows = report.workloads.map((w) => ({
    name: w.name,
    kind: w.kind,
    where: where(w),
    energyKwh: w.energyKwh,
    co2eKg: w.co2eKg,
    budgetKg: w.budgetKg,
    change: changes.get(w.name)
  }));
  for (const c of report.comparison?.workloads ?? []) {
    if (c.change === "removed") rows.push({ name: c.name, kind: "", where: "", energyKwh: 0, co2eKg: 0, change: c });
  }
  return rows;
}
function changeCell(c) {
  if (c === void 0) return "";
  switch (c.change) {
    case "added":
      return `${formatDelta(c.deltaCo2eKg)} (new)`;
    case "removed":
      return `${formatDelta(c.deltaCo2eKg)} (removed)`;
    case "changed":
      return formatDelta(c.deltaCo2eKg);
    case "unchanged":
      return "";
  }
}
function tableOf(report, cache) {
  const make = () => {
    const rows = rowsOf(report);
    return {
      compared: report.comparison !== void 0 && report.comparison.deltaCo2eKg !== null,
      rows,
      lines: new Array(rows.length)
    };
  };
  return cache === void 0 ? make() : cached(cache.markdownTables, report, make);
}
function rowLine(table2, index) {
  let line = table2.lines[index];
  if (line === void 0) {
    const r = table2.rows[index];
    const removed = r.change?.change === "removed";
    const name = removed ? `~~${cell(r.name)}~~` : cell(r.name);
    const energy = removed ? "" : formatEnergy(r.energyKwh);
    const co2e = removed ? "" : formatMass(r.co2eKg);
    const budget2 = r.budgetKg === void 0 ? "" : formatMass(r.budgetKg);
    line = table2.compared ? [
      "| ",
      name,
      " | ",
      cell(r.kind),
      " | ",
      cell(r.where),
      " | ",
      energy,
      " | ",
      co2e,
      " | ",
      changeCell(r.change),
      " | ",
      budget2,
      " |"
    ].join("") : ["| ", name, " | ", cell(r.kind), " | ", cell(r.where), " | ", energy, " | ", co2e, " | ", budget2, " |"].join(
      ""
    );
    table2.lines[index] = line;
  }
  return line;
}
function shownRows(table2, maxRows) {
  const shown = new Uint8Array(table2.rows.length);
  if (table2.rows.length <= maxRows) return shown.fill(1);
  if (table2.ranking === void 0) {
    const rows = table2.rows;
    table2.ranking = rows.map((_, i) => i).sort((a, b) => {
      const ra = rows[a];
      const rb = rows[b];
      return Math.abs(rb.change?.deltaCo2eKg ?? 0) - Math.abs(ra.change?.deltaCo2eKg ?? 0) || rb.co2eKg - ra.co2eKg || a - b;
    });
  }
  for (const i of table2.ranking.slice(0, maxRows)) shown[i] = 1;
  return shown;
}
function workloadTable(table2, report, maxRows, moreIn, room) {
  const compared = table2.compared;
  const out = compared ? ["| Workload | Kind | Where | Energy | CO2e | Change | Budget |", "|---|---|---|--:|--:|--:|--:|"] : ["| Workload | Kind | Where | Energy | CO2e | Budget |", "|---|---|---|--:|--:|--:|"];
  const shown = shownRows(table2, maxRows);
  let hidden = 0;
  let kg = 0;
  let kwh = 0;
  let delta = 0;
  let length = 0;
  for (const [i, r] of table2.rows.entries()) {
    if (shown[i] === 1) {
      const line = rowLine(table2, i);
      length += line.length + 1;
      if (length > room) return void 0;
      out.push(line);
    } else {
      hidden++;
      kg += r.co2eKg;
      kwh += r.energyKwh;
      delta += r.change?.deltaCo2eKg ?? 0;
    }
  }
  if (hidden > 0) {
    const label2 = `\u2026and ${hidden} more (all in ${moreIn})`;
    out.push(
      compared ? `| ${label2} | | | ${formatEnergy(kwh)} | ${formatMass(kg)} | ${formatDelta(delta)} | |` : `| ${label2} | | | ${formatEnergy(kwh)} | ${formatMass(kg)} | |`
    );
  }
  const totalDelta = report.comparison?.deltaCo2eKg;
  out.push(
    compared ? `| **Total** | | | **${formatEnergy(report.totals.energyKwh)}** | **${formatMass(report.totals.co2eKg)}** | **${formatDelta(totalDelta ?? 0)}** | |` : `| **Total** | | | **${formatEnergy(report.totals.energyKwh)}** | **${formatMass(report.totals.co2eKg)}** | |`
  );
  return out;
}
function budgetTable(report) {
  if (report.budgets.length === 0) return [];
  const out = ["| Budget | Used | Limit | Share | Status |", "|---|--:|--:|--:|---|"];
  for (const b of report.budgets) {
    const status = b.status === "over" ? `${STATUS_ICON.over} over by ${formatMass(b.excessKg)}` : `${STATUS_ICON[b.status]} ${b.status}${b.note ? `: ${cell(b.note)}` : ""}`;
    const used = b.scope === "increase" ? formatDelta(b.usedKg) : formatMass(b.usedKg);
    out.push(
      `| ${cell(b.name)} | ${used} | ${formatMass(b.limitKg)} | ${formatPercent(Math.max(0, b.share))} | ${status} |`
    );
  }
  return out;
}
function comparisonLine(report) {
  const c = report.comparison;
  if (c === void 0) return [];
  const base = `${code(c.base.ref)}${c.base.sha ? ` (${cell(c.base.sha.slice(0, 7))})` : ""}`;
  if (c.base.state === "invalid") return [`Not compared with ${base}: its workload files are invalid there.`, ""];
  if (c.base.state === "absent")
    return [`Compared with ${base}, which has no workload file: everything here is new.`, ""];
  const counts = ["added", "changed", "removed"].map((k) => [k, c.workloads.filter((w) => w.change === k).length]).filter(([, n]) => n > 0).map(([k, n]) => `${n} ${k}`);
  return [
    `Compared with ${base}: ${formatDelta(c.deltaCo2eKg ?? 0)}` + (counts.length > 0 ? ` (${counts.join(", ")})` : " (no workload changed)") + ".",
    ""
  ];
}
function greenerChoices(report) {
  const moves = topMoves(report);
  if (moves.length === 0) return [];
  const out = ["**Greener choices** (same work, same provider, cleaner grid):"];
  for (const { workload: w, best } of moves) {
    const next = w.alternatives?.[1];
    const also = next ? `; or ${code(next.region)} (${formatNumber(next.gPerKwh)} g/kWh, ${formatDelta(-next.savingKg)})` : "";
    out.push(
      `- ${cell(w.name)}: ${code(best.region)} (${cell(best.location)}, ${formatNumber(best.gPerKwh)} g/kWh instead of ${formatNumber(w.assumptions.intensity.gPerKwh)}) would avoid ${formatMass(best.savingKg)} (${formatPercent(best.savingShare)})${also}`
    );
  }
  return [...out, ""];
}
function method(report, maxLength) {
  const out = ["<details><summary>How these figures were worked out</summary>", ""];
  out.push(
    "Energy = accelerators x average power x hours x runs (or rate x period x energy per unit) x PUE. Emissions = energy x location-based grid carbon intensity. Embodied emissions, where a workload declares them, are the hardware's manufacturing footprint spread over the hours it is used, reported apart and counted in budgets.",
    ""
  );
  let length = 0;
  for (const w of report.workloads) {
    const lines = assumptionLines(w);
    for (const line of lines) length += line.length + 1;
    if (length > maxLength) return void 0;
    out.push(...lines);
  }
  if (report.workloads.length === 0) out.push("No workloads are declared.");
  out.push("", "Sources:");
  for (const s of report.data.gridIntensity)
    out.push(`- ${cell(`${s.source}${s.year ? ` (${String(s.year)})` : ""}, ${s.licence ?? ""}`)}: ${plainUrl(s.url)}`);
  for (const e of report.equivalents)
    out.push(`- Equivalent: ${cell(`${e.source} (${String(e.year ?? "")}), ${e.licence ?? ""}`)}: ${plainUrl(e.url)}`);
  out.push(
    `- Grid data read through CO2.js (\`@tgwf/co2\`) ${cell(report.data.co2js)}; carbon-budget ${cell(report.tool.version)}.`,
    "",
    "</details>"
  );
  return out;
}
function renderMarkdown(report, options = {}, cache) {
  return renderWithin(report, options, Number.POSITIVE_INFINITY, cache) ?? "";
}
function renderWithin(report, options, maxLength, cache) {
  const head = headline(report, cell);
  const out = [`### ${head.icon} carbon-budget ${code(report.config)}: ${head.title}`, "", head.detail, ""];
  out.push(...comparisonLine(report));
  const rows = workloadTable(
    tableOf(report, cache),
    report,
    options.maxRows ?? Number.POSITIVE_INFINITY,
    options.moreIn ?? "the job summary",
    maxLength
  );
  if (rows === void 0) return void 0;
  out.push(...rows, "");
  const budgets = budgetTable(report);
  if (budgets.length > 0) out.push(...budgets, "");
  const equivalents = report.equivalents.filter((e) => e.count >= 0.1);
  if (equivalents.length > 0) out.push(`That is about ${equivalents.map((e) => cell(e.text)).join(", or ")}.`, "");
  out.push(...greenerChoices(report));
  let length = out.reduce((sum, line) => sum + line.length + 1, 0);
  if (length > maxLength) return void 0;
  if (!options.omitMethod) {
    const section = method(report, maxLength - length);
    if (section === void 0) return void 0;
    out.push(...section);
    length += section.reduce((sum, line) => sum + line.length + 1, 0);
    if (length > maxLength) return void 0;
  }
  return inert(out.join("\n") + "\n");
}

// src/report/terminal.ts
function oneLine(text2) {
  return inert(printable(text2.replace(/\s+/g, " ")));
}
function table(rows, rightAligned) {
  const measured = rows.map((row) => row.map(displayWidth));
  const widths = rows[0]?.map((_, c) => measured.reduce((widest, r) => Math.max(widest, r[c] ?? 0), 0)) ?? [];
  return rows.map(
    (row, r) => row.map((text2, c) => {
      const pad = " ".repeat((widths[c] ?? 0) - (measured[r]?.[c] ?? 0));
      return rightAligned.has(c) ? pad + text2 : text2 + pad;
    }).join("  ").trimEnd()
  );
}
function renderTerminal(report) {
  const out = [`carbon-budget: ${oneLine(report.config)}`, ""];
  const c = report.comparison;
  const compared = c !== void 0 && c.deltaCo2eKg !== null;
  const changes = new Map(c?.workloads.map((w) => [w.name, w]));
  const changeText = (name) => {
    const change = changes.get(name);
    if (change === void 0 || change.change === "unchanged") return "";
    return `${formatDelta(change.deltaCo2eKg)}${change.change === "changed" ? "" : ` ${change.change}`}`;
  };
  const rows = [["WORKLOAD", "KIND", "WHERE", "ENERGY", "CO2E", ...compared ? ["CHANGE"] : [], "BUDGET"]];
  for (const w of report.workloads) {
    rows.push([
      oneLine(w.name),
      w.kind,
      w.assumptions.region?.id ?? `${formatNumber(w.assumptions.intensity.gPerKwh)} g/kWh`,
      formatEnergy(w.energyKwh),
      formatMass(w.co2eKg),
      ...compared ? [changeText(w.name)] : [],
      w.budgetKg === void 0 ? "-" : formatMass(w.budgetKg)
    ]);
  }
  for (const removed of c?.workloads.filter((w) => w.change === "removed") ?? []) {
    rows.push([oneLine(removed.name), "", "", "-", "-", changeText(removed.name), ""]);
  }
  rows.push([
    "TOTAL",
    "",
    "",
    formatEnergy(report.totals.energyKwh),
    formatMass(report.totals.co2eKg),
    ...compared ? [formatDelta(c.deltaCo2eKg)] : [],
    ""
  ]);
  if (c !== void 0) {
    const base = oneLine(`${c.base.ref}${c.base.sha ? ` (${c.base.sha.slice(0, 7)})` : ""}`);
    out.push(
      c.base.state === "compared" ? `Compared with ${base}.` : c.base.state === "absent" ? `Compared with ${base}, which has no workload file.` : `Not compared with ${base}: its workload files are invalid there.`,
      ""
    );
  }
  out.push(...table(rows, new Set(compared ? [3, 4, 5, 6] : [3, 4, 5])), "");
  if (report.budgets.length > 0) {
    const budgetRows = [["BUDGET", "USED", "LIMIT", "SHARE", "STATUS"]];
    for (const b of report.budgets) {
      const status = b.status === "over" ? `OVER by ${formatMass(b.excessKg)}` : `${b.status.toUpperCase()}${b.note ? ` (${oneLine(b.note)})` : ""}`;
      budgetRows.push([
        oneLine(b.name),
        b.scope === "increase" ? formatDelta(b.usedKg) : formatMass(b.usedKg),
        formatMass(b.limitKg),
        formatPercent(Math.max(0, b.share)),
        status
      ]);
    }
    out.push(...table(budgetRows, /* @__PURE__ */ new Set([1, 2, 3])), "");
  }
  if (report.workloads.length > 0) {
    out.push("How each figure was worked out:");
    for (const w of report.workloads) out.push(`  ${oneLine(w.name)}: ${w.formula}`);
    out.push("");
  }
  const equivalents = report.equivalents.filter((e) => e.count >= 0.1);
  if (equivalents.length > 0) out.push(`About ${equivalents.map((e) => e.text).join(", or ")}.`, "");
  const moves = topMoves(report);
  if (moves.length > 0) {
    out.push("Greener choices (same work, same provider, cleaner grid):");
    for (const { workload: w, best } of moves)
      out.push(
        `  ${oneLine(w.name)}: ${best.region} (${best.location}, ${formatNumber(best.gPerKwh)} g/kWh) would avoid ${formatMass(best.savingKg)} (${formatPercent(best.savingShare)})`
      );
    out.push("");
  }
  const sources = report.data.gridIntensity.map((s) => `${s.source.split(":")[0] ?? s.source} (${s.licence ?? ""})`).join(", ");
  out.push(`Sources: ${sources} via CO2.js ${report.data.co2js}; details with --format markdown or json.`, "");
  const head = headline(report, oneLine);
  out.push(`${head.title.toUpperCase()}: ${head.detail}`);
  return inert(out.join("\n") + "\n");
}

// src/cli.ts
var EXIT = { ok: 0, over: 1, invalid: 2 };
var USAGE = `Usage: carbon-budget <command> [options]

Commands:
  estimate [path...]  Estimate the workloads in workload files (default: ./carbon-budget.yml);
                      several root files are reported together as one set
      --format, -f    text (default), markdown or json
      --output, -o    also write the JSON report to this file
      --base, -b      compare with the same files at a git revision (e.g. main)
  catalog [what]      List the accelerators, instances, regions or PUE defaults known (default: all)
  schema              Print the JSON Schema of carbon-budget.yml

Options:
  --help, -h          Show this help
  --version, -v       Show the version

Exit codes: 0 within budget (or warning), 1 over budget, 2 invalid workload file or usage.
`;
function isBug(error2) {
  return error2 instanceof TypeError || error2 instanceof RangeError || error2 instanceof ReferenceError;
}
var UsageError = class extends Error {
};
var FORMATS = ["text", "markdown", "json"];
async function estimate(args, io) {
  const { values, positionals } = parseArgs({
    args: [...args],
    options: {
      format: { type: "string", short: "f", default: "text" },
      output: { type: "string", short: "o" },
      base: { type: "string", short: "b" },
      help: { type: "boolean", short: "h" }
    },
    allowPositionals: true
  });
  if (values.help) {
    io.out(USAGE);
    return EXIT.ok;
  }
  const format = values.format;
  if (!FORMATS.includes(format))
    throw new UsageError(`unknown format \`${values.format}\`: use text, markdown or json`);
  const paths = (positionals.length > 0 ? positionals : ["carbon-budget.yml"]).map(
    (p) => resolve2(io.cwd, p).replace(/\\/g, "/")
  );
  const root = await gitTopLevel(dirname2(paths[0] ?? io.cwd)) ?? io.cwd.replace(/\\/g, "/");
  let base;
  const cache = new RunCache();
  if (values.base !== void 0) {
    const sha = await resolveRevision(io.cwd, values.base);
    if (sha === void 0) throw new UsageError(`--base: git knows no revision \`${values.base}\` here`);
    const top = await gitTopLevel(io.cwd) ?? root;
    base = await analyseBase(paths, { root, source: gitRevisionSource(top, sha), cache, ref: values.base, sha });
  }
  const analysis = await analyse(paths, {
    root,
    source: fileSystemSource,
    cache,
    ...base === void 0 ? {} : { base }
  });
  if (!analysis.ok) {
    for (const d of analysis.diagnostics) io.err(formatDiagnostic(d) + "\n");
    io.err(`carbon-budget: ${problemsText(analysis.diagnostics)} in the workload files; nothing was estimated
`);
    return EXIT.invalid;
  }
  const { report } = analysis;
  if (format === "json") for (const piece of reportJson(report, io.interactive ? "indented" : "compact")) io.out(piece);
  else if (format === "markdown") io.out(renderMarkdown(report));
  else io.out(renderTerminal(report));
  if (values.output !== void 0) {
    try {
      writeTextFile(resolve2(io.cwd, values.output), reportJson(report));
    } catch (error2) {
      io.err(`carbon-budget: could not write the report to ${values.output}: ${error2.message}
`);
      return EXIT.invalid;
    }
  }
  return report.status === "over" ? EXIT.over : EXIT.ok;
}
function catalog(args, io) {
  const what = args[0] ?? "all";
  if (!["all", "accelerators", "instances", "regions", "pue"].includes(what))
    throw new UsageError(`unknown catalog \`${what}\`: use accelerators, instances, regions or pue`);
  if (what === "all" || what === "accelerators") {
    io.out("ACCELERATORS (id, max board power, source)\n");
    const idWidth = Math.max(...ACCELERATORS.map((a) => a.id.length));
    for (const a of ACCELERATORS) {
      const power2 = a.tdpW === void 0 ? "    - W" : `${String(a.tdpW).padStart(5)} W`;
      const rating = a.rating === void 0 ? "" : `(${a.rating}) `;
      io.out(`  ${a.id.padEnd(idWidth)}  ${power2}  ${rating}${a.source.title} (${a.source.year})
`);
    }
  }
  if (what === "all" || what === "instances") {
    if (what === "all") io.out("\n");
    io.out("INSTANCE TYPES (id, accelerators)\n");
    const idWidth = Math.max(...INSTANCE_TYPES.map((t) => t.id.length));
    for (const t of INSTANCE_TYPES)
      io.out(
        `  ${t.provider.padEnd(6)} ${t.id.padEnd(idWidth)}  ${String(t.acceleratorsPerInstance).padStart(2)} x ${t.accelerator}
`
      );
  }
  if (what === "all" || what === "regions") {
    if (what === "all") io.out("\n");
    io.out("CLOUD REGIONS (id, grid zone, latest yearly intensity)\n");
    for (const r of CLOUD_REGIONS) {
      const i = zoneIntensity(r.zone);
      const intensity2 = i === void 0 ? "?" : `${i.gPerKwh} g/kWh`;
      io.out(
        `  ${`${r.provider}:${r.region}`.padEnd(34)} ${r.zone.padEnd(12)} ${intensity2.padStart(9)}  ${r.location}
`
      );
    }
    io.out("  Also: country:XX (ISO 3166-1 alpha-2 or alpha-3) and zone:ZONE (Electricity Maps zone ids).\n");
  }
  if (what === "all" || what === "pue") {
    if (what === "all") io.out("\n");
    io.out("PUE DEFAULTS\n");
    for (const [provider, p] of Object.entries(PROVIDER_PUE))
      io.out(`  ${provider.padEnd(8)} ${p.value}  ${p.source}${p.year === null ? "" : ` (${p.year})`}
`);
    io.out(`  ${"other".padEnd(8)} ${INDUSTRY_PUE.value}  ${INDUSTRY_PUE.source} (${String(INDUSTRY_PUE.year)})
`);
  }
  return EXIT.ok;
}
async function runCli(argv, io) {
  const [command, ...rest] = argv;
  try {
    switch (command) {
      case void 0:
      case "--help":
      case "-h":
      case "help":
        io.out(USAGE);
        return command === void 0 ? EXIT.invalid : EXIT.ok;
      case "--version":
      case "-v":
        io.out(`${VERSION}
`);
        return EXIT.ok;
      case "estimate":
        return await estimate(rest, io);
      case "catalog":
        return catalog(rest, io);
      case "schema":
        io.out(JSON.stringify(jsonSchema(), null, 2) + "\n");
        return EXIT.ok;
      default:
        throw new UsageError(`unknown command \`${command}\``);
    }
  } catch (error2) {
    if (error2 instanceof UsageError || error2.code?.toString().startsWith("ERR_PARSE_ARGS")) {
      io.err(`carbon-budget: ${error2.message}

${USAGE}`);
      return EXIT.invalid;
    }
    io.err(`carbon-budget: ${error2.message}
`);
    if (isBug(error2)) io.err(`carbon-budget: this is a bug; please report it with this trace:
${error2.stack ?? ""}
`);
    return EXIT.invalid;
  }
}

// src/bin/cli.ts
process.stdout.on("error", (error2) => {
  if (error2.code === "EPIPE" || error2.code === "ECONNRESET") process.exit(process.exitCode ?? 0);
  process.stderr.write(`carbon-budget: cannot write the output: ${error2.message}
`);
  process.exit(2);
});
runCli(process.argv.slice(2), {
  cwd: process.cwd(),
  interactive: process.stdout.isTTY,
  out: (text2) => process.stdout.write(text2),
  err: (text2) => process.stderr.write(text2)
}).then(
  (code2) => {
    process.exitCode = code2;
  },
  (error2) => {
    process.stderr.write(`carbon-budget: ${error2 instanceof Error ? error2.stack ?? error2.message : String(error2)}
`);
    process.exitCode = 2;
  }
);
//# sourceMappingURL=carbon-budget.js.map
