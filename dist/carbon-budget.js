import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
var __defProp = Object.defineProperty;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __esm = (fn, res, err) => function __init() {
  if (err) throw err[0];
  try {
    return fn && (res = (0, fn[__getOwnPropNames(fn)[0]])(fn = 0)), res;
  } catch (e) {
    throw err = [e], e;
  }
};
var __export = (target, all) => {
  for (var name in all)
    __defProp(target, name, { get: all[name], enumerable: true });
};

// src/config/file-source.ts
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
var MAX_FILE_BYTES;
var init_file_source = __esm({
  "src/config/file-source.ts"() {
    "use strict";
    MAX_FILE_BYTES = 1024 * 1024;
  }
});

// src/config/include-plan.ts
import { posix } from "node:path";
function isWorkloadFile(path) {
  return WORKLOAD_FILE.test(path) && !isUnderGit(path);
}
function isUnderGit(path) {
  return path.split("/").some((step) => GIT_STEP.test(step));
}
function isOutside(root, absolute) {
  return leavesRoot(posix.relative(root, absolute));
}
function leavesRoot(relative) {
  return relative === ".." || relative.startsWith("../") || posix.isAbsolute(relative);
}
function outside(pattern, root) {
  return `include \`${pattern}\` points outside the repository (${root}); carbon-budget reads only files inside it`;
}
function codePoint(char) {
  return `\\u${(char.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, "0")}`;
}
function printable(text2) {
  return text2.replace(/[\p{Cc}\p{Cf}]/gu, codePoint);
}
function unusablePath(pattern, subject) {
  if (pattern.length > MAX_PATTERN_LENGTH)
    return `${subject} is ${pattern.length.toLocaleString("en-US")} characters long; a path or glob may be at most ${MAX_PATTERN_LENGTH.toLocaleString("en-US")}`;
  const bad2 = UNPRINTABLE.exec(pattern)?.[0];
  if (bad2 === void 0) return void 0;
  const kind = bad2 === "\0" ? "a NUL byte" : new RegExp("\\p{Cc}", "u").test(bad2) ? "a control character" : "an invisible formatting character";
  const shown = `\`${printable(pattern)}\``;
  return `${subject} ${shown} contains ${kind} (${codePoint(bad2)}), which no file name may hold: remove it`;
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
var GLOB_CHARS, WORKLOAD_FILE, GIT_STEP, NOT_A_WORKLOAD_FILE, MAX_PATTERN_LENGTH, MAX_ALTERNATIVES, UNPRINTABLE;
var init_include_plan = __esm({
  "src/config/include-plan.ts"() {
    "use strict";
    GLOB_CHARS = /[*?[\]{}!]/;
    WORKLOAD_FILE = /\.ya?ml$/i;
    GIT_STEP = /^\.git[. ]*$/i;
    NOT_A_WORKLOAD_FILE = "must name .yml or .yaml workload files (and nothing under .git/)";
    MAX_PATTERN_LENGTH = 4096;
    MAX_ALTERNATIVES = 256;
    UNPRINTABLE = /[\p{Cc}\p{Cf}]/u;
  }
});

// src/cached.ts
function cached(cache, key, make) {
  let value = cache.get(key);
  if (value === void 0) {
    value = make();
    cache.set(key, value);
  }
  return value;
}
var init_cached = __esm({
  "src/cached.ts"() {
    "use strict";
  }
});

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
var init_suggest = __esm({
  "src/text/suggest.ts"() {
    "use strict";
  }
});

// src/catalog/data/accelerators.ts
var FACT, V100, A100, H100, H200, L4, L40S, T4, A10, A10G, H100_NVL, H200_NVL, B200, MI300X, GOOGLE_TPU_V4, googleTpu, neuron, GAUDI_HOT_CHIPS, GAUDI3_HL_SMI, GH200, MI250X, secondary, K80, P100, A40, L40, RTX_6000_ADA, RTX_PRO_6000, H20, DGX_B300, GB200_NVL72, GB300_NVL72, MI210, MI350, PATTERSON_2021, IRONWOOD, NO_POWER, ACCELERATORS;
var init_accelerators = __esm({
  "src/catalog/data/accelerators.ts"() {
    "use strict";
    FACT = "factual figure quoted from the vendor datasheet";
    V100 = {
      title: "NVIDIA Tesla V100 GPU Accelerator datasheet",
      publisher: "NVIDIA",
      url: "https://images.nvidia.com/content/technologies/volta/pdf/tesla-volta-v100-datasheet-letter-fnl-web.pdf",
      year: 2018,
      licence: FACT
    };
    A100 = {
      title: "NVIDIA A100 Tensor Core GPU datasheet",
      publisher: "NVIDIA",
      url: "https://www.nvidia.com/content/dam/en-zz/Solutions/Data-Center/a100/pdf/nvidia-a100-datasheet-us-nvidia-1758950-r4-web.pdf",
      year: 2021,
      licence: FACT
    };
    H100 = {
      title: "NVIDIA H100 Tensor Core GPU datasheet",
      publisher: "NVIDIA",
      url: "https://resources.nvidia.com/en-us-tensor-core/nvidia-tensor-core-gpu-datasheet",
      year: 2023,
      licence: FACT
    };
    H200 = {
      title: "NVIDIA H200 Tensor Core GPU datasheet",
      publisher: "NVIDIA",
      url: "https://resources.nvidia.com/en-us-data-center-overview-mc/en-us-data-center-overview/hpc-datasheet-sc23-h200",
      year: 2024,
      licence: FACT
    };
    L4 = {
      title: "NVIDIA L4 Tensor Core GPU datasheet",
      publisher: "NVIDIA",
      url: "https://resources.nvidia.com/en-us-data-center-overview/l4-gpu-datasheet",
      year: 2023,
      licence: FACT
    };
    L40S = {
      title: "NVIDIA L40S GPU datasheet",
      publisher: "NVIDIA",
      url: "https://resources.nvidia.com/en-us-l40s/l40s-datasheet-28413",
      year: 2023,
      licence: FACT
    };
    T4 = {
      title: "NVIDIA T4 Tensor Core GPU datasheet",
      publisher: "NVIDIA",
      url: "https://www.nvidia.com/content/dam/en-zz/Solutions/Data-Center/tesla-t4/t4-tensor-core-datasheet-951643.pdf",
      year: 2019,
      licence: FACT
    };
    A10 = {
      title: "NVIDIA A10 Tensor Core GPU datasheet",
      publisher: "NVIDIA",
      url: "https://www.nvidia.com/content/dam/en-zz/Solutions/Data-Center/a10/pdf/a10-datasheet.pdf",
      year: 2021,
      licence: FACT
    };
    A10G = {
      title: "nvidia-smi power limit reported on Amazon EC2 G5 instances (NVIDIA publishes no A10G datasheet)",
      publisher: "AWS / NVIDIA driver, as observed",
      url: "https://aws.amazon.com/ec2/instance-types/g5/",
      year: 2023,
      licence: "observed device value"
    };
    H100_NVL = {
      title: "NVIDIA H100 NVL product brief / H100 datasheet",
      publisher: "NVIDIA",
      url: "https://www.nvidia.com/en-us/data-center/h100/",
      year: 2023,
      licence: FACT
    };
    H200_NVL = { ...H200, title: "NVIDIA H200 Tensor Core GPU datasheet (H200 NVL column)" };
    B200 = {
      title: "NVIDIA Blackwell datasheet (HGX B200)",
      publisher: "NVIDIA",
      url: "https://resources.nvidia.com/en-us-blackwell-architecture/datasheet",
      year: 2024,
      licence: FACT
    };
    MI300X = {
      title: "AMD Instinct MI300X accelerator specifications",
      publisher: "AMD",
      url: "https://www.amd.com/en/products/accelerators/instinct/mi300/mi300x.html",
      year: 2023,
      licence: FACT
    };
    GOOGLE_TPU_V4 = {
      title: 'Cloud TPU documentation: TPU v4 (key specifications: "Measured min/mean/max power 90/170/192 W")',
      publisher: "Google Cloud",
      url: "https://cloud.google.com/tpu/docs/v4",
      year: 2026,
      licence: "factual figure quoted from the provider documentation"
    };
    googleTpu = (version2) => ({
      title: `Cloud TPU documentation: TPU ${version2} (the specifications give no power figure)`,
      publisher: "Google Cloud",
      url: `https://cloud.google.com/tpu/docs/${version2}`,
      year: 2026,
      licence: "factual figures quoted from the provider documentation"
    });
    neuron = (chip) => ({
      title: `AWS Neuron documentation: ${chip} architecture (compute and memory; no power figure)`,
      publisher: "Amazon Web Services",
      url: `https://awsdocs-neuron.readthedocs-hosted.com/en/latest/general/arch/neuron-hardware/${chip.toLowerCase()}.html`,
      year: 2026,
      licence: "factual figures quoted from the provider documentation"
    });
    GAUDI_HOT_CHIPS = {
      title: 'Intel Gaudi 3 AI Accelerator: Architected for Gen AI Training and Inference (Hot Chips 2024), "TDP (OAM)" row; secondary: read in a third-party copy of the slides',
      publisher: "Intel",
      url: "https://www.sgpjbg.com/baogao/465025.html",
      year: 2024,
      licence: "factual figure quoted"
    };
    GAUDI3_HL_SMI = {
      title: 'Intel Gaudi documentation: System Management Interface Tool (hl-smi), "For Gaudi 3: \u2026 Maximum power limit: 850W"',
      publisher: "Intel",
      url: "https://docs.habana.ai/en/latest/Management_and_Monitoring/Embedded_System_Tools_Guide/System_Management_Interface_Tool.html",
      year: 2026,
      licence: "factual figure quoted from the vendor documentation"
    };
    GH200 = {
      title: 'NVIDIA GH200 Grace Hopper Superchip datasheet, "Power (Memory + CPU + GPU): Configurable 450 to 1000W"; secondary: read in a transcription of the datasheet',
      publisher: "NVIDIA",
      url: "https://nvdam.widen.net/s/rrgqqnpbz8/grace-datasheet-gh200-grace-hopper-superchip-3773000",
      year: 2024,
      licence: "factual figure quoted"
    };
    MI250X = {
      title: "AMD Instinct MI250X product page: 500 W TDP, 560 W peak total board power; secondary: quoted by third parties, the AMD page not read",
      publisher: "AMD",
      url: "https://www.amd.com/en/products/accelerators/instinct/mi200/mi250x.html",
      year: 2021,
      licence: "factual figure quoted"
    };
    secondary = (title, publisher, url, year2, readIn) => ({
      title: `${title}; secondary: read in ${readIn}`,
      publisher,
      url,
      year: year2,
      licence: "factual figure quoted"
    });
    K80 = secondary(
      "NVIDIA Tesla K80 board specification (BD-07317-001): two GK210 GPUs with 12 GB each, TDP 300 W per board",
      "NVIDIA",
      "https://www.anandtech.com/show/8729/nvidia-launches-tesla-k80-gk210-gpu",
      2014,
      `AnandTech's launch table ("TDP 300W"); ComputerBase gives "Max. Power 300 W"`
    );
    P100 = secondary(
      "NVIDIA Tesla P100 PCIe (12 GB and 16 GB HBM2): 250 W",
      "NVIDIA",
      "https://github.com/Cambridge-Sustainable-Computing-Lab/Green-Algorithms-data/blob/4a0c3fc736b13b301faa03b840031fba9f464324/v3.1/chips/manual/GPUs-manual.csv",
      2016,
      "Green Algorithms' GPU table v3.1 (from TechPowerUp); ML CO2 Impact's data/gpus.csv also gives 250 W"
    );
    A40 = secondary(
      'NVIDIA A40 datasheet: "Max power consumption 300 W", 48 GB GDDR6',
      "NVIDIA",
      "https://www.ecer.com/corp/details-uuuedqa-p1bsay9-multi-display-setups-supported-by-48gb-gddr6-ecc-memory-nvidia-a40-gpu-and-vga-outputs.html",
      2021,
      "a reseller's copy of the datasheet table"
    );
    L40 = secondary(
      'NVIDIA L40 / L40S datasheet: "Max Power Consumption 300W | 350W", 48 GB GDDR6',
      "NVIDIA",
      "https://www.mullet.se/product.html?product_id=355414",
      2022,
      "a reseller's copy of NVIDIA's L40/L40S table"
    );
    RTX_6000_ADA = secondary(
      "NVIDIA RTX 6000 Ada Generation: 48 GB GDDR6, limited to 300 W",
      "NVIDIA",
      "https://www.heise.de/news/Nvidia-RTX-6000-Die-schnellere-GeForce-RTX-4090-mit-doppelt-Speicher-7363725.html",
      2022,
      "heise online (December 2022), from NVIDIA's and its board partners' specifications"
    );
    RTX_PRO_6000 = secondary(
      "NVIDIA RTX PRO 6000 Blackwell: 96 GB GDDR7, 600 W board power",
      "NVIDIA",
      "https://hardware-corner.net/rtx-5090-vs-rtx-pro-6000-spec-comparison-20250321",
      2025,
      "Hardware Corner (March 2025); VideoCardz also gives 600 W"
    );
    H20 = secondary(
      "NVIDIA H20: 96 GB HBM3, 400 W TDP",
      "NVIDIA",
      "https://www.tweaktown.com/news/95224/nvidias-tweaked-h20-ai-gpu-enters-mass-production-in-q2-2024-destined-for-china/index.html",
      2024,
      "TweakTown, from NVIDIA's detailed specifications"
    );
    DGX_B300 = secondary(
      "NVIDIA DGX B300 documentation: system power 14.5 kW for 8 B300 GPUs (DGX B200: 14.3 kW)",
      "NVIDIA",
      "https://thedailyscout.com/s/mS-qfkbCluI",
      2025,
      "a report quoting NVIDIA's DGX documentation (docs.nvidia.com)"
    );
    GB200_NVL72 = secondary(
      "NVIDIA GB200 NVL72: 72 Blackwell GPUs and 36 Grace CPUs in one rack drawing about 120 kW",
      "NVIDIA",
      "https://awesomeagents.ai/hardware/nvidia-gb200-nvl72",
      2025,
      'a rack-scale specification summary ("~120kW power draw")'
    );
    GB300_NVL72 = secondary(
      "NVIDIA GB300 NVL72: 72 Blackwell Ultra GPUs and 36 Grace CPUs in one rack drawing about 120 kW",
      "NVIDIA",
      "https://introl.com/blog/why-nvidia-gb300-nvl72-blackwell-ultra-matters",
      2025,
      `Introl's deployment notes ("draws approximately 120 kW", NVIDIA 2025)`
    );
    MI210 = secondary(
      "AMD Instinct MI210 (PCIe): 64 GB HBM2e, 300 W TDP",
      "AMD",
      "https://www.anandtech.com/show/17326/amd-releases-instinct-mi210-accelerator-cdna-2-on-a-pcie-card",
      2022,
      "AnandTech's launch table (March 2022)"
    );
    MI350 = secondary(
      "AMD Instinct MI350 series: 288 GB HBM3E; MI350X 1,000 W and MI355X 1,400 W",
      "AMD",
      "https://www.tomshardware.com/pc-components/gpus/amds-instinct-mi355x-accelerator-will-consume-1-400-watts",
      2025,
      "Tom's Hardware (June 2025), reporting AMD at ISC 2025; The Register gives the same"
    );
    PATTERSON_2021 = {
      title: 'Patterson et al. 2021, "Carbon Emissions and Large Neural Network Training", Table 4: measured average system power per processor (TPU v2: 208 W; TPU v3: 310, 289, 288 and 245 W)',
      publisher: "Google / UC Berkeley (arXiv:2104.10350)",
      url: "https://arxiv.org/abs/2104.10350",
      year: 2021,
      licence: "factual figure quoted from the paper"
    };
    IRONWOOD = secondary(
      "Google Ironwood (TPU v7) at Hot Chips 2025: up to 9,216 chips per pod, 10 MW",
      "Google",
      "https://afnnews.qaasid.com/143260",
      2025,
      'a republished live report of the Hot Chips 2025 talk ("with 10MW of power consumption")'
    );
    NO_POWER = "the vendor publishes no power figure: give the measured average draw per chip with `power`";
    ACCELERATORS = [
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
        id: "nvidia-k80",
        aliases: ["Tesla K80"],
        name: "NVIDIA Tesla K80 (one of its two GPUs)",
        vendor: "NVIDIA",
        memoryGb: 12,
        tdpW: 150,
        rating: "half the board's 300 W TDP",
        source: K80,
        note: "a K80 board carries two GPUs and nvidia-smi (and AWS p2, Azure NC) count each as one: count GPUs, and each draws half the board TDP, 300 W / 2 = 150 W"
      },
      {
        id: "nvidia-p100-pcie-16gb",
        aliases: ["Tesla P100-PCIE-16GB"],
        name: "NVIDIA Tesla P100 PCIe 16 GB",
        vendor: "NVIDIA",
        memoryGb: 16,
        tdpW: 250,
        source: P100
      },
      {
        id: "nvidia-p100-pcie-12gb",
        aliases: ["Tesla P100-PCIE-12GB"],
        name: "NVIDIA Tesla P100 PCIe 12 GB",
        vendor: "NVIDIA",
        memoryGb: 12,
        tdpW: 250,
        source: P100
      },
      {
        id: "nvidia-a40-48gb",
        aliases: ["NVIDIA A40"],
        name: "NVIDIA A40 48 GB",
        vendor: "NVIDIA",
        memoryGb: 48,
        tdpW: 300,
        source: A40
      },
      {
        id: "nvidia-l40-48gb",
        aliases: ["NVIDIA L40"],
        name: "NVIDIA L40 48 GB",
        vendor: "NVIDIA",
        memoryGb: 48,
        tdpW: 300,
        source: L40
      },
      {
        id: "nvidia-rtx-6000-ada-48gb",
        aliases: ["NVIDIA RTX 6000 Ada Generation"],
        name: "NVIDIA RTX 6000 Ada Generation 48 GB",
        vendor: "NVIDIA",
        memoryGb: 48,
        tdpW: 300,
        source: RTX_6000_ADA
      },
      {
        id: "nvidia-rtx-pro-6000-96gb",
        aliases: ["NVIDIA RTX PRO 6000 Blackwell Server Edition", "NVIDIA RTX PRO 6000 Blackwell Workstation Edition"],
        name: "NVIDIA RTX PRO 6000 Blackwell 96 GB",
        vendor: "NVIDIA",
        memoryGb: 96,
        tdpW: 600,
        source: RTX_PRO_6000
      },
      {
        id: "nvidia-h20-96gb",
        aliases: ["NVIDIA H20"],
        name: "NVIDIA H20 96 GB",
        vendor: "NVIDIA",
        memoryGb: 96,
        tdpW: 400,
        source: H20
      },
      {
        id: "nvidia-b300-288gb",
        aliases: ["NVIDIA B300", "NVIDIA B300 SXM6 AC"],
        name: "NVIDIA B300 288 GB (Blackwell Ultra, DGX/HGX)",
        vendor: "NVIDIA",
        tdpW: 1812.5,
        rating: "system-level estimate: DGX B300 maximum / 8 GPUs, host included",
        source: DGX_B300,
        note: "no per-GPU figure found; 14,500 W / 8 = 1,812.5 W covers the whole server (CPUs, memory, network, fans), so it overstates the GPU alone"
      },
      {
        id: "nvidia-gb200",
        aliases: ["NVIDIA GB200"],
        name: "NVIDIA GB200 (one Blackwell GPU of a GB200 NVL72)",
        vendor: "NVIDIA",
        tdpW: 1667,
        rating: "system-level estimate: NVL72 rack power / 72 GPUs, Grace CPUs and switches included",
        source: GB200_NVL72,
        note: "count GPUs (a GB200 superchip carries two); about 120 kW / 72 = 1,667 W per GPU (rounded), which already covers the Grace CPUs, NVLink switches and the rest of the rack"
      },
      {
        id: "nvidia-gb300",
        aliases: ["NVIDIA GB300"],
        name: "NVIDIA GB300 (one Blackwell Ultra GPU of a GB300 NVL72)",
        vendor: "NVIDIA",
        tdpW: 1667,
        rating: "system-level estimate: NVL72 rack power / 72 GPUs, Grace CPUs and switches included",
        source: GB300_NVL72,
        note: "count GPUs; about 120 kW / 72 = 1,667 W per GPU (rounded), the rest of the rack included"
      },
      {
        id: "amd-mi210-64gb",
        aliases: ["AMD Instinct MI210"],
        name: "AMD Instinct MI210 64 GB",
        vendor: "AMD",
        memoryGb: 64,
        tdpW: 300,
        source: MI210
      },
      {
        id: "amd-mi350x-288gb",
        aliases: ["AMD Instinct MI350X"],
        name: "AMD Instinct MI350X 288 GB",
        vendor: "AMD",
        memoryGb: 288,
        tdpW: 1e3,
        rating: "total board power",
        source: MI350
      },
      {
        id: "amd-mi355x-288gb",
        aliases: ["AMD Instinct MI355X"],
        name: "AMD Instinct MI355X 288 GB",
        vendor: "AMD",
        memoryGb: 288,
        tdpW: 1400,
        rating: "total board power",
        source: MI350
      },
      {
        id: "google-tpu-v2",
        aliases: ["TPU v2"],
        name: "Google TPU v2",
        vendor: "Google",
        tdpW: 208,
        rating: "measured average system power per chip (one training run)",
        source: PATTERSON_2021,
        note: "Google publishes no TDP; 208 W is the measured average of the Evolved Transformer search on TPU v2 (Patterson et al. 2021), the only TPU v2 run the paper measures"
      },
      {
        id: "google-tpu-v3",
        aliases: ["TPU v3"],
        name: "Google TPU v3",
        vendor: "Google",
        tdpW: 310,
        rating: "measured average system power per chip (highest of four training runs)",
        source: PATTERSON_2021,
        note: "Google publishes no TDP; Patterson et al. 2021 measured 310 W (T5), 289 W (Meena), 288 W (GShard) and 245 W (Switch) per chip: the highest is used"
      },
      {
        id: "google-tpu-v7",
        aliases: ["TPU v7", "TPU7x", "Ironwood"],
        name: "Google TPU v7 (Ironwood)",
        vendor: "Google",
        tdpW: 1085,
        rating: "system-level estimate: superpod power / 9,216 chips",
        source: IRONWOOD,
        note: "about 10 MW / 9,216 chips = 1,085 W per chip (rounded), the pod's hosts and network included; whether the 10 MW counts cooling was not stated"
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
      },
      {
        id: "aws-trainium2",
        aliases: ["Trainium2", "Trainium 2"],
        name: "AWS Trainium2 (Trn2)",
        vendor: "AWS",
        source: neuron("Trainium2"),
        note: NO_POWER
      },
      {
        id: "aws-inferentia",
        aliases: ["Inferentia", "Inferentia1", "Inferentia 1"],
        name: "AWS Inferentia (Inf1)",
        vendor: "AWS",
        source: neuron("Inferentia"),
        note: NO_POWER
      }
    ];
  }
});

// src/catalog/accelerators.ts
function normalise(written) {
  return written.trim().toLowerCase().replace(/[\s_]+/g, "-").replace(/-+/g, "-");
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
var byName;
var init_accelerators2 = __esm({
  "src/catalog/accelerators.ts"() {
    "use strict";
    init_suggest();
    init_accelerators();
    byName = /* @__PURE__ */ new Map();
    for (const a of ACCELERATORS) {
      byName.set(a.id, a);
      for (const alias of a.aliases ?? []) byName.set(normalise(alias), a);
    }
  }
});

// src/catalog/data/instances.ts
function azure(page, series, year2) {
  return {
    title: `${series} size series (Azure virtual machine sizes documentation)`,
    publisher: "Microsoft",
    url: `https://learn.microsoft.com/azure/virtual-machines/sizes/gpu-accelerated/${page}`,
    year: year2,
    licence: "CC BY 4.0 (Microsoft Learn documentation); factual figures quoted"
  };
}
var AWS_EC2_GUIDE, AWS_BATCH_GPU, TORCHX, RAPIDS_AWS, CCF_AWS, P3_NOTE, G5_NOTE, G6_NOTE, NEURON_TRN1, INF2_NOTE, G6E_NOTE, G4DN_NOTE, INF1_NOTE, P2_NOTE, AWS_EC2_SPECS, FRACTION_NOTE, GCP_TOOLKIT, GCP_TOOLKIT_2026, G4_NOTE, CCF_GCP, A2_NOTE, A2U_NOTE, A3_NOTE, G2_ONE, NCV3, NC_A100_V4, NCADS_H100_V5, NCAST4_V3, ND_A100_V4, NDM_A100_V4, ND_H100_V5, ND_H200_V5, ND_MI300X_V5, NVADS_A10_V5, ND_GB200_V6, NVADS_NOTE, NCV3_NOTE, INSTANCE_TYPES;
var init_instances = __esm({
  "src/catalog/data/instances.ts"() {
    "use strict";
    AWS_EC2_GUIDE = {
      title: "Amazon EC2 User Guide for Linux Instances: Accelerated computing instances (hardware specifications table)",
      publisher: "Amazon Web Services",
      url: "https://github.com/awsdocs/amazon-ec2-user-guide/blob/d289961421fa79447add68ca26e3ec5ae96fdf41/doc_source/accelerated-computing-instances.md",
      year: 2023,
      licence: "CC BY-SA 4.0 (awsdocs repository); factual figures quoted"
    };
    AWS_BATCH_GPU = {
      title: "AWS Batch User Guide: Run GPU jobs (table of supported GPU instance types)",
      publisher: "Amazon Web Services",
      url: "https://docs.aws.amazon.com/batch/latest/userguide/gpu-jobs.html",
      year: 2026,
      licence: "factual figures quoted from the provider documentation"
    };
    TORCHX = {
      title: 'torchx named_resources_aws.py: AWS instance types "taken from https://aws.amazon.com/ec2/instance-types/"',
      publisher: "Meta (meta-pytorch/torchx)",
      url: "https://github.com/meta-pytorch/torchx/blob/main/torchx/specs/named_resources_aws.py",
      year: 2025,
      licence: "BSD-3-Clause; factual figures quoted"
    };
    RAPIDS_AWS = {
      title: "RAPIDS deployment documentation: Amazon Web Services (accelerated instance types table)",
      publisher: "RAPIDS (NVIDIA)",
      url: "https://github.com/rapidsai/deployment/blob/main/source/cloud/aws/index.md",
      year: 2026,
      licence: "factual figures quoted (repository licence not checked)"
    };
    CCF_AWS = "vCPUs and memory from Cloud Carbon Footprint ccf-coefficients data/aws-instances-latest-2026.csv (secondary)";
    P3_NOTE = "V100 16 GB per GPU (AWS Batch GPU-jobs table); SXM2 because the guide says P3 supports NVLink";
    G5_NOTE = 'the guide: "G5 instances use NVIDIA A10G GPUs"';
    G6_NOTE = 'L4: AWS SDK release notes ("Amazon EC2 G6 instances powered by NVIDIA L4 Tensor Core GPUs", aws-sdk-go v1.51.15, 2024-04-04)';
    NEURON_TRN1 = {
      title: "AWS Neuron documentation: Trn1/Trn1n architecture (instance table: Trainium devices, vCPUs, memory)",
      publisher: "Amazon Web Services",
      url: "https://awsdocs-neuron.readthedocs-hosted.com/en/latest/general/arch/neuron-hardware/trn1-arch.html",
      year: 2023,
      licence: "factual figures quoted from the provider documentation"
    };
    INF2_NOTE = "secondary: Inferentia2 device counts, vCPUs and memory from torchx (NEURON_DEVICE per type)";
    G6E_NOTE = "secondary: counts, vCPUs and memory from torchx; L40S from third-party lists (dstack gpuhunt issue 105, deploybase.ai), no AWS text seen";
    G4DN_NOTE = `the guide: "G4dn instances use NVIDIA Tesla GPUs ... Each GPU has 16 GiB of GDDR6 memory"; the T4 (NVIDIA's 16 GB GDDR6 Tesla board) is carbon-budget's reading`;
    INF1_NOTE = 'the guide: "Inf1 instances use AWS Inferentia machine learning inference chips"';
    P2_NOTE = `the guide: "P2 instances use NVIDIA Tesla K80 GPUs ... 12 GiB of memory per GPU": each GPU is one of a K80 board's two`;
    AWS_EC2_SPECS = {
      title: "Specifications for Amazon EC2 accelerated computing instances (performance specifications table)",
      publisher: "Amazon Web Services",
      url: "https://docs.aws.amazon.com/ec2/latest/instancetypes/ac.html",
      year: 2026,
      licence: "factual figures quoted from the provider documentation"
    };
    FRACTION_NOTE = "a share of one GPU, counted as that share of the board's power";
    GCP_TOOLKIT = {
      title: "Cluster Toolkit pkg/config/machine_mappings.json (accelerator shorthand to machine type; machine family to GPU)",
      publisher: "Google (GoogleCloudPlatform/cluster-toolkit)",
      url: "https://github.com/GoogleCloudPlatform/cluster-toolkit/blob/d26f63542cfc5356d42cc7ece7c2a0087f66e392/pkg/config/machine_mappings.json",
      year: 2026,
      licence: "Apache-2.0; factual figures quoted"
    };
    GCP_TOOLKIT_2026 = {
      ...GCP_TOOLKIT,
      url: "https://github.com/GoogleCloudPlatform/cluster-toolkit/blob/3488924798d9d90c76da9b2cf81afab0fbdffe91/pkg/config/machine_mappings.json"
    };
    G4_NOTE = "the g4-standard family carries nvidia-rtx-pro-6000; below one GPU the machine gets a fraction of one board, and carbon-budget counts that share of the board's power";
    CCF_GCP = "vCPUs and memory from Cloud Carbon Footprint ccf-coefficients data/gcp-instances-latest-2026.csv (secondary)";
    A2_NOTE = `toolkit: a100-40gb-N is a2-highgpu-Ng; SXM4 is carbon-budget's reading (Google does not name the form factor); ${CCF_GCP}`;
    A2U_NOTE = `toolkit: a100-80gb-N is a2-ultragpu-Ng; SXM4 is carbon-budget's reading; ${CCF_GCP}`;
    A3_NOTE = `toolkit: h100-80gb-N is a3-highgpu-Ng; SXM5 is carbon-budget's reading; ${CCF_GCP}`;
    G2_ONE = `toolkit: the g2-standard family carries nvidia-l4 (l4-1 is g2-standard-12); one GPU on this size per a third-party table (secondary); ${CCF_GCP}`;
    NCV3 = azure("ncv3-series", "NCv3", 2024);
    NC_A100_V4 = azure("nca100v4-series", "NC_A100_v4", 2024);
    NCADS_H100_V5 = azure("ncadsh100v5-series", "NCads_H100_v5", 2024);
    NCAST4_V3 = azure("ncast4v3-series", "NCasT4_v3", 2024);
    ND_A100_V4 = azure("ndasra100v4-series", "NDasrA100_v4", 2024);
    NDM_A100_V4 = azure("ndma100v4-series", "NDm_A100_v4", 2024);
    ND_H100_V5 = azure("ndh100v5-series", "ND-H100-v5", 2025);
    ND_H200_V5 = azure("nd-h200-v5-series", "ND-H200-v5", 2025);
    ND_MI300X_V5 = azure("ndmi300xv5-series", "ND-MI300X-v5", 2024);
    NVADS_A10_V5 = azure("nvadsa10v5-series", "NVadsA10_v5", 2024);
    ND_GB200_V6 = azure("nd-gb200-v6-series", "ND GB200-v6", 2025);
    NVADS_NOTE = `Microsoft: "Nvidia A10 GPU (24GB)", 1/6 to 2 GPUs; the smaller sizes get 1/6, 1/3 or 1/2 of one A10 (4, 8, 12 GB of its memory), and carbon-budget counts that share of the board's 150 W`;
    NCV3_NOTE = `Microsoft: "Nvidia Tesla V100 GPU (16GB)"; PCIe is carbon-budget's reading; the series was to be retired on 30 September 2025`;
    INSTANCE_TYPES = [
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
      {
        provider: "aws",
        id: "g4dn.xlarge",
        accelerator: "nvidia-t4-16gb",
        acceleratorsPerInstance: 1,
        vcpus: 4,
        memoryGiB: 16,
        cpu: "cascade-lake",
        source: AWS_EC2_GUIDE,
        note: G4DN_NOTE
      },
      {
        provider: "aws",
        id: "g4dn.2xlarge",
        accelerator: "nvidia-t4-16gb",
        acceleratorsPerInstance: 1,
        vcpus: 8,
        memoryGiB: 32,
        cpu: "cascade-lake",
        source: AWS_EC2_GUIDE,
        note: G4DN_NOTE
      },
      {
        provider: "aws",
        id: "g4dn.4xlarge",
        accelerator: "nvidia-t4-16gb",
        acceleratorsPerInstance: 1,
        vcpus: 16,
        memoryGiB: 64,
        cpu: "cascade-lake",
        source: AWS_EC2_GUIDE,
        note: G4DN_NOTE
      },
      {
        provider: "aws",
        id: "g4dn.8xlarge",
        accelerator: "nvidia-t4-16gb",
        acceleratorsPerInstance: 1,
        vcpus: 32,
        memoryGiB: 128,
        cpu: "cascade-lake",
        source: AWS_EC2_GUIDE,
        note: G4DN_NOTE
      },
      {
        provider: "aws",
        id: "g4dn.12xlarge",
        accelerator: "nvidia-t4-16gb",
        acceleratorsPerInstance: 4,
        vcpus: 48,
        memoryGiB: 192,
        cpu: "cascade-lake",
        source: AWS_EC2_GUIDE,
        note: G4DN_NOTE
      },
      {
        provider: "aws",
        id: "g4dn.16xlarge",
        accelerator: "nvidia-t4-16gb",
        acceleratorsPerInstance: 1,
        vcpus: 64,
        memoryGiB: 256,
        cpu: "cascade-lake",
        source: AWS_EC2_GUIDE,
        note: G4DN_NOTE
      },
      {
        provider: "aws",
        id: "g4dn.metal",
        accelerator: "nvidia-t4-16gb",
        acceleratorsPerInstance: 8,
        vcpus: 96,
        memoryGiB: 384,
        cpu: "cascade-lake",
        source: AWS_EC2_GUIDE,
        note: G4DN_NOTE
      },
      {
        provider: "aws",
        id: "inf1.xlarge",
        accelerator: "aws-inferentia",
        acceleratorsPerInstance: 1,
        vcpus: 4,
        memoryGiB: 8,
        cpu: "cascade-lake",
        source: AWS_EC2_GUIDE,
        note: INF1_NOTE
      },
      {
        provider: "aws",
        id: "inf1.2xlarge",
        accelerator: "aws-inferentia",
        acceleratorsPerInstance: 1,
        vcpus: 8,
        memoryGiB: 16,
        cpu: "cascade-lake",
        source: AWS_EC2_GUIDE,
        note: INF1_NOTE
      },
      {
        provider: "aws",
        id: "inf1.6xlarge",
        accelerator: "aws-inferentia",
        acceleratorsPerInstance: 4,
        vcpus: 24,
        memoryGiB: 48,
        cpu: "cascade-lake",
        source: AWS_EC2_GUIDE,
        note: INF1_NOTE
      },
      {
        provider: "aws",
        id: "inf1.24xlarge",
        accelerator: "aws-inferentia",
        acceleratorsPerInstance: 16,
        vcpus: 96,
        memoryGiB: 192,
        cpu: "cascade-lake",
        source: AWS_EC2_GUIDE,
        note: INF1_NOTE
      },
      {
        provider: "aws",
        id: "p2.xlarge",
        accelerator: "nvidia-k80",
        acceleratorsPerInstance: 1,
        vcpus: 4,
        memoryGiB: 61,
        cpu: "broadwell",
        source: AWS_EC2_GUIDE,
        note: P2_NOTE
      },
      {
        provider: "aws",
        id: "p2.8xlarge",
        accelerator: "nvidia-k80",
        acceleratorsPerInstance: 8,
        vcpus: 32,
        memoryGiB: 488,
        cpu: "broadwell",
        source: AWS_EC2_GUIDE,
        note: P2_NOTE
      },
      {
        provider: "aws",
        id: "p2.16xlarge",
        accelerator: "nvidia-k80",
        acceleratorsPerInstance: 16,
        vcpus: 64,
        memoryGiB: 732,
        cpu: "broadwell",
        source: AWS_EC2_GUIDE,
        note: P2_NOTE
      },
      {
        provider: "aws",
        id: "trn2.48xlarge",
        accelerator: "aws-trainium2",
        acceleratorsPerInstance: 16,
        vcpus: 192,
        memoryGiB: 2048,
        source: AWS_EC2_SPECS,
        note: 'AWS: "16 x AWS Trainium2 accelerators", Intel Xeon Sapphire Rapids (no host coefficients)'
      },
      {
        provider: "aws",
        id: "p5.4xlarge",
        accelerator: "nvidia-h100-sxm5-80gb",
        acceleratorsPerInstance: 1,
        vcpus: 16,
        memoryGiB: 256,
        cpu: "epyc-3rd-gen",
        source: AWS_EC2_SPECS,
        note: `AWS: "1 x NVIDIA H100 GPU", 80 GiB, AMD EPYC 7R13; SXM5 is carbon-budget's reading, as for p5.48xlarge`
      },
      {
        provider: "aws",
        id: "p6-b200.48xlarge",
        accelerator: "nvidia-b200-180gb",
        acceleratorsPerInstance: 8,
        vcpus: 192,
        memoryGiB: 2048,
        source: AWS_EC2_SPECS,
        note: 'AWS: "8 x NVIDIA B200 GPU", 8 x 179 GiB, Intel Xeon Emerald Rapids (no host coefficients)'
      },
      {
        provider: "aws",
        id: "p6-b300.48xlarge",
        accelerator: "nvidia-b300-288gb",
        acceleratorsPerInstance: 8,
        vcpus: 192,
        memoryGiB: 4096,
        source: AWS_EC2_SPECS,
        note: 'AWS: "8 x NVIDIA B300 GPU"; the B300 figure is system-level (a DGX B300 server / 8), host included'
      },
      {
        provider: "aws",
        id: "p6e-gb200.36xlarge",
        accelerator: "nvidia-gb200",
        acceleratorsPerInstance: 4,
        vcpus: 144,
        memoryGiB: 960,
        source: AWS_EC2_SPECS,
        note: 'AWS: "4 x NVIDIA B200 GPU" with Nvidia Grace CPUs; the GB200 figure is system-level (Grace included), so no host is modelled beside it'
      },
      {
        provider: "aws",
        id: "trn2.3xlarge",
        accelerator: "aws-trainium2",
        acceleratorsPerInstance: 1,
        vcpus: 12,
        memoryGiB: 128,
        source: AWS_EC2_SPECS,
        note: 'AWS: "1 x AWS Trainium2 accelerators", Intel Xeon Sapphire Rapids (no host coefficients)'
      },
      {
        provider: "aws",
        id: "g6f.large",
        accelerator: "nvidia-l4-24gb",
        acceleratorsPerInstance: 1 / 8,
        vcpus: 2,
        memoryGiB: 8,
        cpu: "epyc-3rd-gen",
        source: AWS_EC2_SPECS,
        note: `AWS: "0.125 x NVIDIA L4 GPU"; ${FRACTION_NOTE}`
      },
      {
        provider: "aws",
        id: "g6f.xlarge",
        accelerator: "nvidia-l4-24gb",
        acceleratorsPerInstance: 1 / 8,
        vcpus: 4,
        memoryGiB: 16,
        cpu: "epyc-3rd-gen",
        source: AWS_EC2_SPECS,
        note: `AWS: "0.125 x NVIDIA L4 GPU"; ${FRACTION_NOTE}`
      },
      {
        provider: "aws",
        id: "g6f.2xlarge",
        accelerator: "nvidia-l4-24gb",
        acceleratorsPerInstance: 1 / 4,
        vcpus: 8,
        memoryGiB: 32,
        cpu: "epyc-3rd-gen",
        source: AWS_EC2_SPECS,
        note: `AWS: "0.25 x NVIDIA L4 GPU"; ${FRACTION_NOTE}`
      },
      {
        provider: "aws",
        id: "g6f.4xlarge",
        accelerator: "nvidia-l4-24gb",
        acceleratorsPerInstance: 1 / 2,
        vcpus: 16,
        memoryGiB: 64,
        cpu: "epyc-3rd-gen",
        source: AWS_EC2_SPECS,
        note: `AWS: "0.5 x NVIDIA L4 GPU"; ${FRACTION_NOTE}`
      },
      {
        provider: "aws",
        id: "gr6.4xlarge",
        accelerator: "nvidia-l4-24gb",
        acceleratorsPerInstance: 1,
        vcpus: 16,
        memoryGiB: 128,
        cpu: "epyc-3rd-gen",
        source: AWS_EC2_SPECS,
        note: 'AWS: "1 x NVIDIA L4 GPU", AMD EPYC 7R13'
      },
      {
        provider: "aws",
        id: "gr6.8xlarge",
        accelerator: "nvidia-l4-24gb",
        acceleratorsPerInstance: 1,
        vcpus: 32,
        memoryGiB: 256,
        cpu: "epyc-3rd-gen",
        source: AWS_EC2_SPECS,
        note: 'AWS: "1 x NVIDIA L4 GPU", AMD EPYC 7R13'
      },
      {
        provider: "aws",
        id: "gr6f.4xlarge",
        accelerator: "nvidia-l4-24gb",
        acceleratorsPerInstance: 1 / 2,
        vcpus: 16,
        memoryGiB: 128,
        cpu: "epyc-3rd-gen",
        source: AWS_EC2_SPECS,
        note: `AWS: "0.5 x NVIDIA L4 GPU"; ${FRACTION_NOTE}`
      },
      {
        provider: "aws",
        id: "g7e.2xlarge",
        accelerator: "nvidia-rtx-pro-6000-96gb",
        acceleratorsPerInstance: 1,
        vcpus: 8,
        memoryGiB: 64,
        source: AWS_EC2_SPECS,
        note: 'AWS: "NVIDIA RTX PRO Server 6000 GPU", 96 GiB each, Intel Xeon Emerald Rapids (no host coefficients)'
      },
      {
        provider: "aws",
        id: "g7e.4xlarge",
        accelerator: "nvidia-rtx-pro-6000-96gb",
        acceleratorsPerInstance: 1,
        vcpus: 16,
        memoryGiB: 128,
        source: AWS_EC2_SPECS,
        note: 'AWS: "NVIDIA RTX PRO Server 6000 GPU", 96 GiB each, Intel Xeon Emerald Rapids (no host coefficients)'
      },
      {
        provider: "aws",
        id: "g7e.8xlarge",
        accelerator: "nvidia-rtx-pro-6000-96gb",
        acceleratorsPerInstance: 1,
        vcpus: 32,
        memoryGiB: 256,
        source: AWS_EC2_SPECS,
        note: 'AWS: "NVIDIA RTX PRO Server 6000 GPU", 96 GiB each, Intel Xeon Emerald Rapids (no host coefficients)'
      },
      {
        provider: "aws",
        id: "g7e.12xlarge",
        accelerator: "nvidia-rtx-pro-6000-96gb",
        acceleratorsPerInstance: 2,
        vcpus: 48,
        memoryGiB: 512,
        source: AWS_EC2_SPECS,
        note: 'AWS: "NVIDIA RTX PRO Server 6000 GPU", 96 GiB each, Intel Xeon Emerald Rapids (no host coefficients)'
      },
      {
        provider: "aws",
        id: "g7e.24xlarge",
        accelerator: "nvidia-rtx-pro-6000-96gb",
        acceleratorsPerInstance: 4,
        vcpus: 96,
        memoryGiB: 1024,
        source: AWS_EC2_SPECS,
        note: 'AWS: "NVIDIA RTX PRO Server 6000 GPU", 96 GiB each, Intel Xeon Emerald Rapids (no host coefficients)'
      },
      {
        provider: "aws",
        id: "g7e.48xlarge",
        accelerator: "nvidia-rtx-pro-6000-96gb",
        acceleratorsPerInstance: 8,
        vcpus: 192,
        memoryGiB: 2048,
        source: AWS_EC2_SPECS,
        note: 'AWS: "NVIDIA RTX PRO Server 6000 GPU", 96 GiB each, Intel Xeon Emerald Rapids (no host coefficients)'
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
        memoryGiB: 170,
        cpu: "cascade-lake",
        source: GCP_TOOLKIT,
        note: `toolkit: a100-80gb-1 is a2-ultragpu-1g; SXM4 is carbon-budget's reading; vCPUs from ${CCF_GCP}; memory 170 GB, half of a2-ultragpu-2g's 340 GB, as Google's A2 table gives it (read in a third-party copy of the table; CCF's 85 GB is the a2-highgpu-1g figure)`
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
      {
        provider: "gcp",
        id: "a4-highgpu-8g",
        accelerator: "nvidia-b200-180gb",
        acceleratorsPerInstance: 8,
        source: GCP_TOOLKIT_2026,
        note: "toolkit: b200-8 is a4-highgpu-8g, and the a4-highgpu family carries nvidia-b200; the HGX B200 board is carbon-budget's reading"
      },
      {
        provider: "gcp",
        id: "a4x-highgpu-4g",
        accelerator: "nvidia-gb200",
        acceleratorsPerInstance: 4,
        source: GCP_TOOLKIT_2026,
        note: "toolkit: gb200-4 is a4x-highgpu-4g; the GB200 figure is system-level (Grace CPUs included), so no host is modelled beside it"
      },
      {
        provider: "gcp",
        id: "ct4p-hightpu-4t",
        accelerator: "google-tpu-v4",
        acceleratorsPerInstance: 4,
        source: GCP_TOOLKIT_2026,
        note: 'toolkit: v4-8 is ct4p-hightpu-4t; 4 chips, from the "-4t" suffix'
      },
      {
        provider: "gcp",
        id: "ct5p-hightpu-4t",
        accelerator: "google-tpu-v5p",
        acceleratorsPerInstance: 4,
        source: GCP_TOOLKIT_2026,
        note: 'toolkit: v5p-8 is ct5p-hightpu-4t; 4 chips, from the "-4t" suffix'
      },
      {
        provider: "gcp",
        id: "ct5lp-hightpu-1t",
        accelerator: "google-tpu-v5e",
        acceleratorsPerInstance: 1,
        source: GCP_TOOLKIT_2026,
        note: "toolkit: v5litepod-1 is ct5lp-hightpu-1t"
      },
      {
        provider: "gcp",
        id: "ct5lp-hightpu-4t",
        accelerator: "google-tpu-v5e",
        acceleratorsPerInstance: 4,
        source: GCP_TOOLKIT_2026,
        note: "toolkit: v5litepod-4 is ct5lp-hightpu-4t"
      },
      {
        provider: "gcp",
        id: "ct5lp-hightpu-8t",
        accelerator: "google-tpu-v5e",
        acceleratorsPerInstance: 8,
        source: GCP_TOOLKIT_2026,
        note: "toolkit: v5litepod-8 is ct5lp-hightpu-8t"
      },
      {
        provider: "gcp",
        id: "ct6e-standard-1t",
        accelerator: "google-tpu-v6e",
        acceleratorsPerInstance: 1,
        source: GCP_TOOLKIT_2026,
        note: "toolkit: v6e-1 is ct6e-standard-1t"
      },
      {
        provider: "gcp",
        id: "ct6e-standard-4t",
        accelerator: "google-tpu-v6e",
        acceleratorsPerInstance: 4,
        source: GCP_TOOLKIT_2026,
        note: "toolkit: v6e-4 is ct6e-standard-4t"
      },
      {
        provider: "gcp",
        id: "ct6e-standard-8t",
        accelerator: "google-tpu-v6e",
        acceleratorsPerInstance: 8,
        source: GCP_TOOLKIT_2026,
        note: "toolkit: v6e-8 is ct6e-standard-8t"
      },
      {
        provider: "gcp",
        id: "tpu7x-standard-4t",
        accelerator: "google-tpu-v7",
        acceleratorsPerInstance: 4,
        source: GCP_TOOLKIT_2026,
        note: 'toolkit: tpu7x is tpu7x-standard-4t; 4 chips, from the "-4t" suffix'
      },
      {
        provider: "gcp",
        id: "g4-standard-6",
        accelerator: "nvidia-rtx-pro-6000-96gb",
        acceleratorsPerInstance: 1 / 8,
        source: GCP_TOOLKIT_2026,
        note: `toolkit: rtx-6000-1/8 is g4-standard-6; ${G4_NOTE}`
      },
      {
        provider: "gcp",
        id: "g4-standard-12",
        accelerator: "nvidia-rtx-pro-6000-96gb",
        acceleratorsPerInstance: 1 / 4,
        source: GCP_TOOLKIT_2026,
        note: `toolkit: rtx-6000-1/4 is g4-standard-12; ${G4_NOTE}`
      },
      {
        provider: "gcp",
        id: "g4-standard-24",
        accelerator: "nvidia-rtx-pro-6000-96gb",
        acceleratorsPerInstance: 1 / 2,
        source: GCP_TOOLKIT_2026,
        note: `toolkit: rtx-6000-1/2 is g4-standard-24; ${G4_NOTE}`
      },
      {
        provider: "gcp",
        id: "g4-standard-48",
        accelerator: "nvidia-rtx-pro-6000-96gb",
        acceleratorsPerInstance: 1,
        source: GCP_TOOLKIT_2026,
        note: `toolkit: rtx-6000-1 is g4-standard-48; ${G4_NOTE}`
      },
      {
        provider: "gcp",
        id: "g4-standard-96",
        accelerator: "nvidia-rtx-pro-6000-96gb",
        acceleratorsPerInstance: 2,
        source: GCP_TOOLKIT_2026,
        note: `toolkit: rtx-6000-2 is g4-standard-96; ${G4_NOTE}`
      },
      {
        provider: "gcp",
        id: "g4-standard-192",
        accelerator: "nvidia-rtx-pro-6000-96gb",
        acceleratorsPerInstance: 4,
        source: GCP_TOOLKIT_2026,
        note: `toolkit: rtx-6000-4 is g4-standard-192; ${G4_NOTE}`
      },
      {
        provider: "gcp",
        id: "g4-standard-384",
        accelerator: "nvidia-rtx-pro-6000-96gb",
        acceleratorsPerInstance: 8,
        source: GCP_TOOLKIT_2026,
        note: `toolkit: rtx-6000-8 is g4-standard-384; ${G4_NOTE}`
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
      },
      {
        provider: "azure",
        id: "Standard_NV6ads_A10_v5",
        accelerator: "nvidia-a10-24gb",
        acceleratorsPerInstance: 1 / 6,
        vcpus: 6,
        memoryGiB: 55,
        cpu: "epyc-3rd-gen",
        source: NVADS_A10_V5,
        note: NVADS_NOTE
      },
      {
        provider: "azure",
        id: "Standard_NV12ads_A10_v5",
        accelerator: "nvidia-a10-24gb",
        acceleratorsPerInstance: 1 / 3,
        vcpus: 12,
        memoryGiB: 110,
        cpu: "epyc-3rd-gen",
        source: NVADS_A10_V5,
        note: NVADS_NOTE
      },
      {
        provider: "azure",
        id: "Standard_NV18ads_A10_v5",
        accelerator: "nvidia-a10-24gb",
        acceleratorsPerInstance: 1 / 2,
        vcpus: 18,
        memoryGiB: 220,
        cpu: "epyc-3rd-gen",
        source: NVADS_A10_V5,
        note: NVADS_NOTE
      },
      {
        provider: "azure",
        id: "Standard_NV36ads_A10_v5",
        accelerator: "nvidia-a10-24gb",
        acceleratorsPerInstance: 1,
        vcpus: 36,
        memoryGiB: 440,
        cpu: "epyc-3rd-gen",
        source: NVADS_A10_V5,
        note: NVADS_NOTE
      },
      {
        provider: "azure",
        id: "Standard_NV36adms_A10_v5",
        accelerator: "nvidia-a10-24gb",
        acceleratorsPerInstance: 1,
        vcpus: 36,
        memoryGiB: 880,
        cpu: "epyc-3rd-gen",
        source: NVADS_A10_V5,
        note: NVADS_NOTE
      },
      {
        provider: "azure",
        id: "Standard_NV72ads_A10_v5",
        accelerator: "nvidia-a10-24gb",
        acceleratorsPerInstance: 2,
        vcpus: 72,
        memoryGiB: 880,
        cpu: "epyc-3rd-gen",
        source: NVADS_A10_V5,
        note: NVADS_NOTE
      },
      {
        provider: "azure",
        id: "Standard_ND128isr_NDR_GB200_v6",
        accelerator: "nvidia-gb200",
        acceleratorsPerInstance: 4,
        vcpus: 128,
        memoryGiB: 900,
        source: ND_GB200_V6,
        note: "Microsoft: 4 accelerators, 192 GB each; the GB200 figure is system-level (Grace CPUs included), so no host is modelled beside it"
      }
    ];
  }
});

// src/catalog/instances.ts
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
function acceleratorsLabel(perInstance) {
  if (perInstance >= 1 || perInstance <= 0) return String(perInstance);
  const denominator = Math.round(1 / perInstance);
  return Math.abs(1 / denominator - perInstance) < 1e-9 ? `1/${String(denominator)}` : String(perInstance);
}
var byId;
var init_instances2 = __esm({
  "src/catalog/instances.ts"() {
    "use strict";
    init_suggest();
    init_instances();
    init_accelerators2();
    byId = new Map(INSTANCE_TYPES.map((t) => [t.id.toLowerCase(), t]));
  }
});

// src/catalog/data/cloud-regions.ts
var PJM, CLOUD_REGIONS;
var init_cloud_regions = __esm({
  "src/catalog/data/cloud-regions.ts"() {
    "use strict";
    PJM = "US-MIDA-PJM";
    CLOUD_REGIONS = [
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
  }
});

// node_modules/iso-3166/1.js
var iso31661;
var init__ = __esm({
  "node_modules/iso-3166/1.js"() {
    iso31661 = [
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
  }
});

// node_modules/iso-3166/index.js
var init_iso_3166 = __esm({
  "node_modules/iso-3166/index.js"() {
    init__();
  }
});

// src/catalog/data/grid-intensity-source.ts
var CO2JS_VERSION, ELECTRICITY_MAPS, EMBER, LATEST_YEAR;
var init_grid_intensity_source = __esm({
  "src/catalog/data/grid-intensity-source.ts"() {
    "use strict";
    CO2JS_VERSION = "0.19.0";
    ELECTRICITY_MAPS = {
      name: "Electricity Maps",
      description: "yearly average, location-based, life-cycle carbon intensity per grid zone",
      years: [2021, 2022, 2023, 2024, 2025],
      licence: "ODbL 1.0",
      attribution: "Electricity Maps (electricitymaps.com), via CO2.js @tgwf/co2 " + CO2JS_VERSION,
      url: "https://www.electricitymaps.com/data/methodology"
    };
    EMBER = {
      name: "Ember",
      description: "yearly average carbon intensity of electricity generation per country (latest year CO2.js ships)",
      licence: "CC BY-SA 4.0",
      attribution: "Ember (ember-energy.org), via CO2.js @tgwf/co2 " + CO2JS_VERSION,
      url: "https://ember-energy.org/data/"
    };
    LATEST_YEAR = 2025;
  }
});

// src/catalog/data/grid-intensity.generated.ts
var YEARS, ZONES, EMBER2;
var init_grid_intensity_generated = __esm({
  "src/catalog/data/grid-intensity.generated.ts"() {
    "use strict";
    YEARS = [2021, 2022, 2023, 2024, 2025];
    ZONES = {
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
    EMBER2 = {
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
  }
});

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
var init_intensity = __esm({
  "src/catalog/intensity.ts"() {
    "use strict";
    init_grid_intensity_source();
    init_grid_intensity_generated();
  }
});

// src/catalog/regions.ts
function cloudLocation(region2) {
  const base = {
    id: `${region2.provider}:${region2.region}`,
    label: `${PROVIDER_LABELS[region2.provider]} ${region2.region}, ${region2.location}`,
    provider: region2.provider,
    zone: region2.zone
  };
  return region2.note === void 0 ? base : { ...base, note: region2.note };
}
function countryZone(alpha2) {
  if (zoneOfCountry.has(alpha2)) return zoneOfCountry.get(alpha2);
  const zones = electricityMapsZones();
  const subZones = zones.filter((z) => z.startsWith(`${alpha2}-`));
  const zone = zones.includes(alpha2) ? alpha2 : subZones.length === 1 ? subZones[0] : void 0;
  zoneOfCountry.set(alpha2, zone);
  return zone;
}
function resolveCountry(code3, written) {
  const upper = code3.toUpperCase();
  const country = upper.length === 3 ? countriesByAlpha3.get(upper) : countriesByAlpha2.get(upper);
  if (country === void 0) {
    const codes = upper.length === 3 ? countriesByAlpha3.keys() : countriesByAlpha2.keys();
    return {
      ok: false,
      message: `unknown country code \`${code3}\` in \`${written}\`: use an ISO 3166-1 alpha-2 or alpha-3 code such as \`country:FR\` or \`country:FRA\`` + didYouMean(upper, codes)
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
  const provider = Object.hasOwn(PROVIDER_ALIASES, prefix) ? PROVIDER_ALIASES[prefix] : void 0;
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
var PROVIDER_ALIASES, PROVIDER_LABELS, regionsById, countriesByAlpha2, countriesByAlpha3, zoneOfCountry;
var init_regions = __esm({
  "src/catalog/regions.ts"() {
    "use strict";
    init_iso_3166();
    init_suggest();
    init_cloud_regions();
    init_grid_intensity_source();
    init_intensity();
    PROVIDER_ALIASES = { aws: "aws", gcp: "gcp", google: "gcp", azure: "azure" };
    PROVIDER_LABELS = { aws: "AWS", gcp: "Google Cloud", azure: "Azure" };
    regionsById = new Map(CLOUD_REGIONS.map((r) => [`${r.provider}:${r.region}`, r]));
    countriesByAlpha2 = new Map(iso31661.map((c) => [c.alpha2, c]));
    countriesByAlpha3 = new Map(iso31661.map((c) => [c.alpha3, c]));
    zoneOfCountry = /* @__PURE__ */ new Map();
  }
});

// src/config/unknown-names.ts
function nonIsoCountry(written) {
  const match = COUNTRY_REGION.exec(written);
  if (match === null) return void 0;
  const prefix = (match[1] ?? "").toLowerCase();
  const code3 = match[2] ?? "";
  const country = NON_ISO_COUNTRIES[code3.toUpperCase()];
  if (country === void 0) return void 0;
  return `\`${code3}\` is not an ISO 3166-1 code: ${country.name} is \`${country.iso}\`, so write \`${prefix}:${country.iso}\``;
}
function unknownNameMessage(field, written, catalogMessage, power2) {
  if (field === "region") return nonIsoCountry(written) ?? catalogMessage;
  if (field !== "accelerator" || !power2) return catalogMessage;
  const id = written.trim().toLowerCase();
  const ids = acceleratorIds();
  const containing = id.length < 2 ? [] : ids.filter((a) => a.includes(id));
  const near = (containing.length > 0 ? containing : nearest(id, ids, 4)).slice(0, 4);
  const guess = near.length > 0 ? ` (did you mean ${orList(near)}?)` : "";
  return `unknown accelerator \`${written}\`${guess}. With \`power\` given, the accelerator only names the hardware in the report: remove \`accelerator\`, or use an id that \`carbon-budget catalog\` lists`;
}
var NON_ISO_COUNTRIES, COUNTRY_REGION;
var init_unknown_names = __esm({
  "src/config/unknown-names.ts"() {
    "use strict";
    init_accelerators2();
    init_suggest();
    NON_ISO_COUNTRIES = {
      UK: { iso: "GB", name: "the United Kingdom" },
      EL: { iso: "GR", name: "Greece" }
    };
    COUNTRY_REGION = /^\s*(country|on-prem)\s*:\s*([A-Za-z]{2})\s*$/i;
  }
});

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
      written: { region: text(item.region), accelerator: text(item.accelerator), instance: text(item.instance) },
      power: item.power !== void 0
    }
  ];
}
function lookUpNames(file, cache) {
  const problems = [];
  for (const { at, written, power: power2 } of file.strayNames)
    lookUpWritten(file, at, written, cache, problems, { standIns: [], power: power2 });
  const defaults = lookUpWritten(file, ["defaults"], file.envelope.defaults ?? {}, cache, problems, {
    standIns: file.defaultsStandIns ?? [],
    power: false
  });
  return { defaults, problems };
}
function workloadNames(file, cache, problems) {
  return file.workloads.map(
    ({ index, entry, standIns }) => lookUpWritten(file, ["workloads", index], entry, cache, problems, {
      standIns: standIns ?? [],
      power: entry.power !== void 0
    })
  );
}
function lookUpWritten(file, at, written, cache, problems, context) {
  const standIns = [];
  const look = (field, memo, lookUp) => {
    const text2 = written[field];
    if (text2 === void 0) {
      if (context.standIns.includes(field)) standIns.push(field);
      return void 0;
    }
    const found = cached(memo, text2, () => lookUp(text2));
    if (found.ok) return found.value;
    const place = file.positions.find([...at, field]);
    const message = unknownNameMessage(field, text2, found.message, context.power);
    problems.push({
      file: place.file ?? file.file,
      line: place.line,
      column: place.column,
      message: `\`${field}\`: ${message}`
    });
    standIns.push(field);
    return void 0;
  };
  const region2 = look("region", cache.regions, resolveLocation);
  const accelerator2 = look("accelerator", cache.accelerators, findAccelerator);
  const instance2 = look("instance", cache.instances, findInstance);
  if (standIns.length === 0) return { region: region2, accelerator: accelerator2, instance: instance2 };
  return {
    region: standIns.includes("region") ? STAND_IN.region : region2,
    accelerator: standIns.includes("accelerator") ? STAND_IN.accelerator : accelerator2,
    instance: standIns.includes("instance") ? STAND_IN.instance : instance2,
    standIns
  };
}
var STAND_IN;
var init_catalog_names = __esm({
  "src/config/catalog-names.ts"() {
    "use strict";
    init_cached();
    init_accelerators2();
    init_instances2();
    init_accelerators();
    init_cloud_regions();
    init_instances();
    init_regions();
    init_unknown_names();
    STAND_IN = (() => {
      const first = CLOUD_REGIONS[0];
      const region2 = resolveLocation(first === void 0 ? "" : `${first.provider}:${first.region}`);
      const accelerator2 = ACCELERATORS.find((a) => a.tdpW !== void 0);
      const instance2 = findInstance(INSTANCE_TYPES[0]?.id ?? "");
      if (!region2.ok || accelerator2 === void 0 || !instance2.ok) throw new Error("the catalog has no stand-in entries");
      return { region: region2.value, accelerator: accelerator2, instance: instance2.value };
    })();
  }
});

// src/text/printable.ts
function codePoint2(char) {
  return `\\u${(char.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, "0")}`;
}
function describeChar(char) {
  const code3 = char.codePointAt(0) ?? 0;
  const at = `(${codePoint2(char)})`;
  if (code3 === 0) return `a NUL byte ${at}`;
  if (char === "\n" || char === "\r" || char === "\u2028" || char === "\u2029") return `a line break ${at}`;
  if (char === "	") return `a tab ${at}`;
  if (code3 === 27) return `an escape character ${at}, which starts terminal control sequences`;
  if (code3 < 32 || code3 >= 127 && code3 <= 159) return `a control character ${at}`;
  return `a bidirectional formatting character ${at}, which shows text in another order than it is written`;
}
function printable2(text2) {
  if (!UNPRINTABLE2.test(text2)) return text2;
  return text2.replace(BREAKS, " ").replace(UNPRINTABLE_ALL, codePoint2);
}
function inert(text2) {
  if (!COMMAND_LIKE.test(text2)) return text2;
  return text2.replace(/^(\s*):(?=:)/gm, "$1\\u003A").replace(/##\[/g, "##\\u005B");
}
var UNPRINTABLE2, UNPRINTABLE_ALL, BREAKS, COMMAND_LIKE;
var init_printable = __esm({
  "src/text/printable.ts"() {
    "use strict";
    UNPRINTABLE2 = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/;
    UNPRINTABLE_ALL = new RegExp(UNPRINTABLE2.source, "g");
    BREAKS = /\r\n|[\r\n\t\u2028\u2029]/g;
    COMMAND_LIKE = /(?:^|\n)\s*::|##\[/;
  }
});

// src/text/show.ts
function showValue(value) {
  if (value === null) return "nothing (null)";
  if (value === void 0) return "nothing";
  if (Array.isArray(value)) return "a list";
  if (typeof value === "object") return "a mapping";
  switch (typeof value) {
    case "string":
      return `\`${printable2(value)}\``;
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
function displayWidth(text2) {
  if (/^[\x20-\x7e]*$/.test(text2)) return text2.length;
  graphemes ??= new Intl.Segmenter("en", { granularity: "grapheme" });
  return Array.from(graphemes.segment(text2)).length;
}
var graphemes;
var init_show = __esm({
  "src/text/show.ts"() {
    "use strict";
    init_printable();
  }
});

// src/config/misplaced-keys.ts
function code(key) {
  return `\`${key}\``;
}
function misplacedKey(key, place) {
  const isWorkload = place === "training" || place === "inference";
  const synonym = SYNONYMS[key.toLowerCase()];
  if (isWorkload && synonym !== void 0) {
    return { message: `unknown key ${code(key)}: carbon-budget calls it ${code(synonym)}`, meant: synonym };
  }
  if (place === "training" && key === "period") {
    return {
      message: `${code(key)} is for inference workloads (the horizon a rate is summed over): ${TRAINING_TAKES}`
    };
  }
  if (place === "training" && INFERENCE_ONLY.includes(key)) {
    return {
      message: `${code(key)} is for inference workloads (\`kind: inference\`): a training run is measured by its accelerators and their hours`
    };
  }
  if (place === "inference" && key === "accelerator-hours") {
    return {
      message: `${code(key)} is for training workloads: a serving fleet takes \`count\` and \`hours\` (or serves the whole \`period\`)`
    };
  }
  if (place === "inference" && key === "runs") {
    return {
      message: `${code(key)} is for training workloads: an inference workload is summed over its \`period\``
    };
  }
  if (isWorkload && (key === "budgets" || key === "include" || key === "defaults")) {
    const own2 = key === "budgets" ? "; a workload's own limit is `budget`" : "";
    return { message: `${code(key)} belongs at the top level of the file, not in a workload${own2}` };
  }
  if (place === "file" && key === "budget") {
    return {
      message: "unknown key `budget`: a file's budgets go under `budgets:` (e.g. `budgets: { total: 40 t }`); `budget` is a workload's own limit",
      meant: "budgets"
    };
  }
  if (place === "file" && DEFAULTS_FIELDS.includes(key)) {
    return {
      message: `${code(key)} at the top level has no effect: put it under \`defaults:\` to apply to every workload`
    };
  }
  if (place === "file" && WORKLOAD_ONLY.includes(key)) {
    return { message: `${code(key)} is a workload field: write it in an entry of \`workloads:\`` };
  }
  if (place === "defaults" && WORKLOAD_ONLY.includes(key)) {
    return {
      message: `${code(key)} cannot be a default: set it on each workload (\`defaults\` takes ${DEFAULTS_FIELDS.map(code).join(", ")})`
    };
  }
  if (place === "budgets" && key === "budget") {
    return { message: "unknown key `budget`: the budget of the whole file is `total`", meant: "total" };
  }
  return void 0;
}
var DEFAULTS_FIELDS, INFERENCE_ONLY, TRAINING_ONLY, WORKLOAD_ONLY, SYNONYMS, TRAINING_TAKES;
var init_misplaced_keys = __esm({
  "src/config/misplaced-keys.ts"() {
    "use strict";
    DEFAULTS_FIELDS = ["region", "intensity", "year", "pue", "utilization", "period"];
    INFERENCE_ONLY = ["requests", "tokens", "task", "energy-per-request", "energy-per-token", "period"];
    TRAINING_ONLY = ["accelerator-hours", "runs"];
    WORKLOAD_ONLY = [
      "name",
      "kind",
      "description",
      "accelerator",
      "instance",
      "power",
      "count",
      "hours",
      "budget",
      "embodied",
      "host",
      "overhead-energy",
      ...TRAINING_ONLY,
      ...INFERENCE_ONLY
    ];
    SYNONYMS = {
      duration: "hours",
      time: "hours",
      gpus: "count",
      "num-gpus": "count",
      "gpu-count": "count",
      gpu: "accelerator",
      "gpu-type": "accelerator"
    };
    TRAINING_TAKES = "a training run takes `hours` (with `count`) or `accelerator-hours`";
  }
});

// src/config/issues.ts
function describeType(value) {
  return typeof value === "string" ? `text ${showValue(value)}` : showValue(value);
}
function label(path) {
  const last = path[path.length - 1];
  if (last === void 0) return "the file";
  if (typeof last === "number") {
    const parent = path[path.length - 2];
    return parent === "workloads" ? `workload ${last + 1}` : `\`${String(parent)}\` entry ${last + 1}`;
  }
  return `\`${String(last)}\``;
}
function colonHint(issue2) {
  if (issue2.expected !== "object" || typeof issue2.input !== "string" || !COLON_WITHOUT_SPACE.test(issue2.input))
    return "";
  return ": YAML reads `key:value` without a space as text; write a space after the colon (`key: value`)";
}
function placeOf(path, input) {
  if (path.length === 0) return "file";
  if (path.length === 1 && (path[0] === "defaults" || path[0] === "budgets")) return path[0];
  if (path.length !== 2 || path[0] !== "workloads" || typeof path[1] !== "number") return void 0;
  const kind = typeof input === "object" && input !== null ? input.kind : void 0;
  return kind === "training" || kind === "inference" ? kind : void 0;
}
function locateIssues(issues, prefix = []) {
  const located = [];
  for (const issue2 of issues) {
    const path = [...prefix, ...issue2.path];
    switch (issue2.code) {
      case "unrecognized_keys": {
        const lines = issue2.message.split("\n");
        const place = placeOf(path, issue2.input);
        issue2.keys.forEach((key, i) => {
          const misplaced = place === void 0 ? void 0 : misplacedKey(key, place);
          const message = misplaced?.message ?? lines[i] ?? `unknown key \`${key}\``;
          located.push({ path: [...path, key], key: true, message });
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
            message: `${label(path)} must be ${expected}, got ${describeType(issue2.input)}${colonHint(issue2)}`
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
var EXPECTED, COLON_WITHOUT_SPACE;
var init_issues = __esm({
  "src/config/issues.ts"() {
    "use strict";
    init_show();
    init_misplaced_keys();
    EXPECTED = {
      string: "text",
      number: "a number",
      int: "a whole number",
      object: "a mapping (key: value lines)",
      array: "a list (lines starting with `- `)",
      boolean: "true or false"
    };
    COLON_WITHOUT_SPACE = /^\s*[\w-]+:[^\s/]/m;
  }
});

// src/config/near-names.ts
import { posix as posix2 } from "node:path";
function stem(name) {
  return name.replace(EXTENSION, "").toLowerCase().replace(/[-_.\s]/g, "");
}
function nearNames(wanted, present) {
  const dir = posix2.dirname(wanted);
  const name = posix2.basename(wanted);
  if (!EXTENSION.test(name)) return [];
  const target = stem(name);
  return present.filter((path) => posix2.dirname(path) === dir && posix2.basename(path) !== name).map((path) => posix2.basename(path)).filter((other) => EXTENSION.test(other) && stem(other) === target).sort();
}
function nearNamesHint(wanted, present, included) {
  const near = nearNames(wanted, present);
  const first = near[0];
  if (first === void 0) return "";
  const name = posix2.basename(wanted);
  const others = near.length > 1 ? ` (and ${near.slice(1).map((n) => `\`${n}\``).join(", ")})` : "";
  const instead = included ? "include it by that name" : "name it as the workload file (`carbon-budget estimate PATH`, or the action's `config` input)";
  return `, but \`${first}\` is there${others}: rename it to \`${name}\`, or ${instead}`;
}
var EXTENSION;
var init_near_names = __esm({
  "src/config/near-names.ts"() {
    "use strict";
    EXTENSION = /\.ya?ml$/i;
  }
});

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
function isObject(data) {
  return typeof data === "object" && data !== null && !Array.isArray(data);
}
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
var Cached, captureStackTrace, propertyKeyTypes, NUMBER_FORMAT_RANGES, BIGINT_FORMAT_RANGES, highSurrogate, installing, broke, breaker;
var init_util = __esm({
  "node_modules/zod/v4/core/util.js"() {
    Cached = class {
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
    captureStackTrace = "captureStackTrace" in Error ? Error.captureStackTrace : (..._args) => {
    };
    propertyKeyTypes = /* @__PURE__ */ new Set(["string", "number", "symbol"]);
    NUMBER_FORMAT_RANGES = /* @__PURE__ */ (() => ({
      safeint: [Number.MIN_SAFE_INTEGER, Number.MAX_SAFE_INTEGER],
      int32: [-2147483648, 2147483647],
      uint32: [0, 4294967295],
      float32: [-34028234663852886e22, 34028234663852886e22],
      float64: [-Number.MAX_VALUE, Number.MAX_VALUE]
    }))();
    BIGINT_FORMAT_RANGES = {
      int64: [/* @__PURE__ */ BigInt("-9223372036854775808"), /* @__PURE__ */ BigInt("9223372036854775807")],
      uint64: [/* @__PURE__ */ BigInt(0), /* @__PURE__ */ BigInt("18446744073709551615")]
    };
    highSurrogate = /[\uD800-\uDBFF]/;
    broke = false;
    breaker = {
      configurable: true,
      get() {
        broke = true;
        return void 0;
      }
    };
  }
});

// node_modules/zod/v4/core/core.js
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
  function init2(inst, def) {
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
    init2(inst, def);
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
  Object.defineProperty(_, "init", { value: init2 });
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
function config(newConfig) {
  if (newConfig)
    Object.assign(globalConfig, newConfig);
  return globalConfig;
}
var _a, NEVER, _zodDesc, _E, $ZodAsyncError, $ZodEncodeError, globalConfig;
var init_core = __esm({
  "node_modules/zod/v4/core/core.js"() {
    init_util();
    NEVER = /* @__PURE__ */ Object.freeze({
      status: "aborted"
    });
    _zodDesc = { value: void 0, enumerable: false };
    _E = "captureStackTrace" in Error ? Error : null;
    $ZodAsyncError = class extends Error {
      constructor() {
        super(`Encountered Promise during synchronous parse. Use .parseAsync() instead.`);
      }
    };
    $ZodEncodeError = class extends Error {
      constructor(name) {
        super(`Encountered unidirectional transform during encode: ${name}`);
        this.name = "ZodEncodeError";
      }
    };
    (_a = globalThis).__zod_globalConfig ?? (_a.__zod_globalConfig = {});
    globalConfig = globalThis.__zod_globalConfig;
  }
});

// node_modules/zod/v4/core/errors.js
function _getMessage() {
  const internals = this._zod;
  internals.message ?? (internals.message = JSON.stringify(internals.def, jsonStringifyReplacer, 2));
  return internals.message;
}
function _setMessage(value) {
  this._zod.message = value;
}
var _messageDesc, _issuesDesc, _installedToString, initializer, $ZodError, $ZodRealError;
var init_errors = __esm({
  "node_modules/zod/v4/core/errors.js"() {
    init_core();
    init_util();
    _messageDesc = {
      get: _getMessage,
      set: _setMessage,
      enumerable: true,
      configurable: true
    };
    _issuesDesc = { value: void 0, enumerable: false };
    _installedToString = /* @__PURE__ */ new WeakSet([Object.prototype, Error.prototype]);
    initializer = (inst, def) => {
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
    $ZodError = $constructor("$ZodError", initializer);
    $ZodRealError = $constructor("$ZodError", initializer, void 0, {
      Parent: Error
    });
  }
});

// node_modules/zod/v4/core/parse.js
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
var _parse, parse, _parseAsync, parseAsync, _safeParse, safeParse, _safeParseAsync, safeParseAsync;
var init_parse = __esm({
  "node_modules/zod/v4/core/parse.js"() {
    init_core();
    init_errors();
    init_util();
    _parse = (_Err) => {
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
    parse = /* @__PURE__ */ _parse($ZodRealError);
    _parseAsync = (_Err) => {
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
    parseAsync = /* @__PURE__ */ _parseAsync($ZodRealError);
    _safeParse = (_Err) => (schema2, value, _ctx) => {
      const ctx = _ctx ? { ..._ctx, async: false } : { async: false };
      const result = schema2._zod.run({ value, issues: [] }, ctx);
      if (result instanceof Promise) {
        throw new $ZodAsyncError();
      }
      return result.issues.length ? failure(_Err, result.issues, ctx) : { success: true, data: result.value };
    };
    safeParse = /* @__PURE__ */ _safeParse($ZodRealError);
    _safeParseAsync = (_Err) => async (schema2, value, _ctx) => {
      const ctx = _ctx ? { ..._ctx, async: true } : { async: true };
      let result = schema2._zod.run({ value, issues: [] }, ctx);
      if (result instanceof Promise)
        result = await result;
      return result.issues.length ? failure(_Err, result.issues, ctx) : { success: true, data: result.value };
    };
    safeParseAsync = /* @__PURE__ */ _safeParseAsync($ZodRealError);
  }
});

// node_modules/zod/v4/core/regexes.js
var base64, base64url, anyString, integer, number;
var init_regexes = __esm({
  "node_modules/zod/v4/core/regexes.js"() {
    base64 = /^$|^(?:[0-9a-zA-Z+/]{4})*(?:(?:[0-9a-zA-Z+/]{2}==)|(?:[0-9a-zA-Z+/]{3}=))?$/;
    base64url = /^(?:[A-Za-z0-9_-]{4})*(?:[A-Za-z0-9_-]{2,3})?$/;
    anyString = /^[\s\S]{0,}$/;
    integer = /^-?\d+$/;
    number = /^-?\d+(?:\.\d+)?$/;
  }
});

// node_modules/zod/v4/core/checks.js
var $ZodCheck, _whenHasLength, numericOriginMap, $ZodCheckLessThan, $ZodCheckGreaterThan, $ZodCheckNumberFormat, $ZodCheckMinLength, $ZodCheckOverwrite;
var init_checks = __esm({
  "node_modules/zod/v4/core/checks.js"() {
    init_core();
    init_util();
    $ZodCheck = /* @__PURE__ */ $constructor("$ZodCheck", (inst, def) => {
      var _a3;
      inst._zod ?? (inst._zod = {});
      inst._zod.def = def;
      (_a3 = inst._zod).onattach ?? (_a3.onattach = []);
    });
    _whenHasLength = (payload) => {
      const val = payload.value;
      return !nullish(val) && val.length !== void 0;
    };
    numericOriginMap = {
      number: "number",
      bigint: "bigint",
      object: "date"
    };
    $ZodCheckLessThan = /* @__PURE__ */ $constructor("$ZodCheckLessThan", (inst, def) => {
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
    $ZodCheckGreaterThan = /* @__PURE__ */ $constructor("$ZodCheckGreaterThan", (inst, def) => {
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
    $ZodCheckNumberFormat = /* @__PURE__ */ $constructor("$ZodCheckNumberFormat", (inst, def) => {
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
    $ZodCheckMinLength = /* @__PURE__ */ $constructor("$ZodCheckMinLength", (inst, def) => {
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
    $ZodCheckOverwrite = /* @__PURE__ */ $constructor("$ZodCheckOverwrite", (inst, def) => {
      $ZodCheck.init(inst, def);
      inst._zod.check = (payload) => {
        payload.value = def.tx(payload.value);
      };
    });
  }
});

// node_modules/zod/v4/core/doc.js
var init_doc = __esm({
  "node_modules/zod/v4/core/doc.js"() {
  }
});

// node_modules/zod/v4/core/versions.js
var version;
var init_versions = __esm({
  "node_modules/zod/v4/core/versions.js"() {
    version = {
      major: 4,
      minor: 6,
      patch: 7
    };
  }
});

// node_modules/zod/v4/core/schemas.js
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
function handleArrayResult(result, final, index) {
  if (result.issues.length) {
    final.issues.push(...prefixIssues(index, result.issues));
  }
  final.value[index] = result.value;
}
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
function handleOptionalResult(payload, result) {
  payload.value = result.issues.length ? void 0 : result.value;
  return payload;
}
function handlePipeResult(left, next, ctx) {
  if (left.issues.some((iss) => iss.code !== "unrecognized_keys")) {
    left.aborted = true;
    return left;
  }
  return next._zod.run({ value: left.value, issues: left.issues }, ctx);
}
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
var $ZodType, toStandardResult, $ZodString, base64Charset, base64urlCharset, $ZodNumber, $ZodNumberFormat, $ZodUnknown, $ZodNever, arraySize, $ZodArray, NO_SYMBOL_KEYS, $ZodObject, $ZodUnion, $ZodDiscriminatedUnion, $ZodEnum, $ZodLiteral, $ZodTransform, $ZodOptional, $ZodNullable, $ZodPipe, $ZodCustom;
var init_schemas = __esm({
  "node_modules/zod/v4/core/schemas.js"() {
    init_checks();
    init_core();
    init_regexes();
    init_util();
    init_versions();
    init_util();
    $ZodType = /* @__PURE__ */ $constructor("$ZodType", (inst, def) => {
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
    toStandardResult = (r, ctx) => r.issues.length ? { issues: r.issues.map((iss) => finalizeIssue(iss, ctx, config())) } : { value: r.value };
    $ZodString = /* @__PURE__ */ $constructor("$ZodString", (inst, def) => {
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
    base64Charset = /^[0-9a-zA-Z+/]*={0,2}$/;
    base64urlCharset = /^[A-Za-z0-9_-]*$/;
    $ZodNumber = /* @__PURE__ */ $constructor("$ZodNumber", (inst, def) => {
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
    $ZodNumberFormat = /* @__PURE__ */ $constructor("$ZodNumberFormat", (inst, def) => {
      $ZodCheckNumberFormat.init(inst, def);
      $ZodNumber.init(inst, def);
    });
    $ZodUnknown = /* @__PURE__ */ $constructor("$ZodUnknown", (inst, def) => {
      $ZodType.init(inst, def);
      inst._zod.parse = (payload) => payload;
    });
    $ZodNever = /* @__PURE__ */ $constructor("$ZodNever", (inst, def) => {
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
    arraySize = (input) => Array.isArray(input) ? input.length : -1;
    $ZodArray = /* @__PURE__ */ $constructor("$ZodArray", (inst, def) => {
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
    NO_SYMBOL_KEYS = [];
    $ZodObject = /* @__PURE__ */ $constructor("$ZodObject", (inst, def) => {
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
    $ZodUnion = /* @__PURE__ */ $constructor("$ZodUnion", (inst, def) => {
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
    $ZodDiscriminatedUnion = /* @__PURE__ */ $constructor("$ZodDiscriminatedUnion", (inst, def) => {
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
    $ZodEnum = /* @__PURE__ */ $constructor("$ZodEnum", (inst, def) => {
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
    $ZodLiteral = /* @__PURE__ */ $constructor("$ZodLiteral", (inst, def) => {
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
    $ZodTransform = /* @__PURE__ */ $constructor("$ZodTransform", (inst, def) => {
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
    $ZodOptional = /* @__PURE__ */ $constructor("$ZodOptional", (inst, def) => {
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
    $ZodNullable = /* @__PURE__ */ $constructor("$ZodNullable", (inst, def) => {
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
    $ZodPipe = /* @__PURE__ */ $constructor("$ZodPipe", (inst, def) => {
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
    $ZodCustom = /* @__PURE__ */ $constructor("$ZodCustom", (inst, def) => {
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
  }
});

// node_modules/zod/v4/core/memoizer.js
var init_memoizer = __esm({
  "node_modules/zod/v4/core/memoizer.js"() {
  }
});

// node_modules/zod/v4/locales/en.js
function en_default() {
  return {
    localeError: error()
  };
}
var error;
var init_en = __esm({
  "node_modules/zod/v4/locales/en.js"() {
    init_util();
    error = () => {
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
  }
});

// node_modules/zod/v4/locales/index.js
var init_locales = __esm({
  "node_modules/zod/v4/locales/index.js"() {
  }
});

// node_modules/zod/v4/core/registries.js
function registry() {
  return new $ZodRegistry();
}
var _a2, $ZodRegistry, globalRegistry;
var init_registries = __esm({
  "node_modules/zod/v4/core/registries.js"() {
    $ZodRegistry = class {
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
    (_a2 = globalThis).__zod_globalRegistry ?? (_a2.__zod_globalRegistry = registry());
    globalRegistry = globalThis.__zod_globalRegistry;
  }
});

// node_modules/zod/v4/core/compile.js
var init_compile = __esm({
  "node_modules/zod/v4/core/compile.js"() {
  }
});

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
var init_api = __esm({
  "node_modules/zod/v4/core/api.js"() {
    init_checks();
    init_util();
  }
});

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
var FOLDABLE_KEYS, UNION_KEYS, createStandardJSONSchemaMethod;
var init_to_json_schema = __esm({
  "node_modules/zod/v4/core/to-json-schema.js"() {
    init_registries();
    init_util();
    FOLDABLE_KEYS = /* @__PURE__ */ new Set(["type", "properties", "required", "additionalProperties"]);
    UNION_KEYS = ["oneOf", "anyOf"];
    createStandardJSONSchemaMethod = (schema2, io, processors = {}) => (params) => {
      const { libraryOptions, target } = params ?? {};
      const ctx = initializeContext({ ...libraryOptions ?? {}, target, io, processors });
      processSchema(schema2, ctx);
      extractDefs(ctx, schema2);
      return finalize(ctx, schema2);
    };
  }
});

// node_modules/zod/v4/core/json-schema-processors.js
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
var narrowMin, narrowMax, narrowBoth, addDivisor, addPattern, intersectMime, setFormat, minContributor, maxContributor, formatContributor, contributors, formatMap, exactPatterns, exactPattern, stringProcessor, numberProcessor, booleanProcessor, bigintProcessor, symbolProcessor, nullProcessor, undefinedProcessor, voidProcessor, neverProcessor, anyProcessor, unknownProcessor, dateProcessor, enumProcessor, literalProcessor, nanProcessor, templateLiteralProcessor, fileProcessor, successProcessor, customProcessor, functionProcessor, transformProcessor, mapProcessor, setProcessor, arrayProcessor, objectProcessor, unionProcessor, intersectionProcessor, tupleProcessor, pendingRecords, recordProcessor, nullableProcessor, nonoptionalProcessor, UNREPRESENTABLE_DEFAULT, defaultProcessor, prefaultProcessor, catchProcessor, pipeProcessor, readonlyProcessor, promiseProcessor, optionalProcessor, lazyProcessor, allProcessors;
var init_json_schema_processors = __esm({
  "node_modules/zod/v4/core/json-schema-processors.js"() {
    init_regexes();
    init_schemas();
    init_to_json_schema();
    init_util();
    narrowMin = (agg, key, value) => {
      if (agg[key] === void 0 || value > agg[key])
        agg[key] = value;
    };
    narrowMax = (agg, key, value) => {
      if (agg[key] === void 0 || value < agg[key])
        agg[key] = value;
    };
    narrowBoth = (agg, value) => {
      narrowMin(agg, "minimum", value);
      narrowMax(agg, "maximum", value);
    };
    addDivisor = (agg, value) => {
      agg.multipleOf ?? (agg.multipleOf = []);
      if (!agg.multipleOf.includes(value))
        agg.multipleOf.push(value);
    };
    addPattern = (agg, pattern) => {
      agg.patterns ?? (agg.patterns = /* @__PURE__ */ new Set());
      agg.patterns.add(pattern);
    };
    intersectMime = (agg, mime) => {
      agg.mime = agg.mime ? agg.mime.filter((m) => mime.includes(m)) : [...mime];
    };
    setFormat = (agg, format) => {
      agg.format = format;
      if (format.includes("int"))
        agg.isInt = true;
    };
    minContributor = (agg, def) => narrowMin(agg, "minimum", def.minimum);
    maxContributor = (agg, def) => narrowMax(agg, "maximum", def.maximum);
    formatContributor = (ranges) => (agg, def) => {
      setFormat(agg, def.format);
      const [minimum, maximum] = ranges[def.format];
      narrowMin(agg, "minimum", minimum);
      narrowMax(agg, "maximum", maximum);
    };
    contributors = {
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
    formatMap = {
      guid: "uuid",
      url: "uri",
      datetime: "date-time",
      json_string: "json-string",
      regex: ""
      // do not set
    };
    exactPatterns = /* @__PURE__ */ new Map([
      [base64Charset, base64],
      [base64urlCharset, base64url]
    ]);
    exactPattern = (p) => exactPatterns.get(p) ?? p;
    stringProcessor = (schema2, ctx, _json, _params) => {
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
    numberProcessor = (schema2, ctx, _json, params) => {
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
    booleanProcessor = (_schema, _ctx, json2, _params) => {
      json2.type = "boolean";
    };
    bigintProcessor = (schema2, ctx, json2, params) => {
      handleUnrepresentable(schema2, ctx, json2, params, "BigInt cannot be represented in JSON Schema");
    };
    symbolProcessor = (schema2, ctx, json2, params) => {
      handleUnrepresentable(schema2, ctx, json2, params, "Symbols cannot be represented in JSON Schema");
    };
    nullProcessor = (_schema, ctx, json2, _params) => {
      if (ctx.target === "openapi-3.0") {
        json2.type = "string";
        json2.nullable = true;
        json2.enum = [null];
      } else {
        json2.type = "null";
      }
    };
    undefinedProcessor = (schema2, ctx, json2, params) => {
      handleUnrepresentable(schema2, ctx, json2, params, "Undefined cannot be represented in JSON Schema");
    };
    voidProcessor = (schema2, ctx, json2, params) => {
      handleUnrepresentable(schema2, ctx, json2, params, "Void cannot be represented in JSON Schema");
    };
    neverProcessor = (_schema, _ctx, json2, _params) => {
      json2.not = {};
    };
    anyProcessor = (_schema, _ctx, _json, _params) => {
    };
    unknownProcessor = (_schema, _ctx, _json, _params) => {
    };
    dateProcessor = (schema2, ctx, json2, params) => {
      handleUnrepresentable(schema2, ctx, json2, params, "Date cannot be represented in JSON Schema");
    };
    enumProcessor = (schema2, _ctx, json2, _params) => {
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
    literalProcessor = (schema2, ctx, json2, params) => {
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
    nanProcessor = (schema2, ctx, json2, params) => {
      handleUnrepresentable(schema2, ctx, json2, params, "NaN cannot be represented in JSON Schema");
    };
    templateLiteralProcessor = (schema2, _ctx, json2, _params) => {
      const _json = json2;
      const pattern = schema2._zod.pattern;
      if (!pattern)
        throw new Error("Pattern not found in template literal");
      _json.type = "string";
      _json.pattern = pattern.source;
    };
    fileProcessor = (schema2, _ctx, json2, _params) => {
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
    successProcessor = (_schema, _ctx, json2, _params) => {
      json2.type = "boolean";
    };
    customProcessor = (schema2, ctx, json2, params) => {
      handleUnrepresentable(schema2, ctx, json2, params, "Custom types cannot be represented in JSON Schema");
    };
    functionProcessor = (schema2, ctx, json2, params) => {
      handleUnrepresentable(schema2, ctx, json2, params, "Function types cannot be represented in JSON Schema");
    };
    transformProcessor = (schema2, ctx, json2, params) => {
      handleUnrepresentable(schema2, ctx, json2, params, "Transforms cannot be represented in JSON Schema");
    };
    mapProcessor = (schema2, ctx, json2, params) => {
      handleUnrepresentable(schema2, ctx, json2, params, "Map cannot be represented in JSON Schema");
    };
    setProcessor = (schema2, ctx, json2, params) => {
      handleUnrepresentable(schema2, ctx, json2, params, "Set cannot be represented in JSON Schema");
    };
    arrayProcessor = (schema2, ctx, _json, params) => {
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
    objectProcessor = (schema2, ctx, _json, params) => {
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
    unionProcessor = (schema2, ctx, json2, params) => {
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
    intersectionProcessor = (schema2, ctx, json2, params) => {
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
    tupleProcessor = (schema2, ctx, _json, params) => {
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
    pendingRecords = /* @__PURE__ */ new WeakMap();
    recordProcessor = (schema2, ctx, _json, params) => {
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
    nullableProcessor = (schema2, ctx, json2, params) => {
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
    nonoptionalProcessor = (schema2, ctx, _json, params) => {
      const def = schema2._zod.def;
      processSchema(def.innerType, ctx, params);
      const seen = ctx.seen.get(schema2);
      seen.ref = def.innerType;
    };
    UNREPRESENTABLE_DEFAULT = /* @__PURE__ */ Symbol();
    defaultProcessor = (schema2, ctx, json2, params) => {
      const def = schema2._zod.def;
      processSchema(def.innerType, ctx, params);
      const seen = ctx.seen.get(schema2);
      seen.ref = def.innerType;
      const value = serializeDefaultValue(def.defaultValue, schema2, ctx, json2, params);
      if (value !== UNREPRESENTABLE_DEFAULT)
        json2.default = value;
    };
    prefaultProcessor = (schema2, ctx, json2, params) => {
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
    catchProcessor = (schema2, ctx, json2, params) => {
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
    pipeProcessor = (schema2, ctx, _json, params) => {
      const def = schema2._zod.def;
      const inIsTransform = def.in._zod.traits.has("$ZodTransform");
      const innerType = ctx.io === "input" ? inIsTransform ? def.out : def.in : def.out;
      processSchema(innerType, ctx, params);
      const seen = ctx.seen.get(schema2);
      seen.ref = innerType;
    };
    readonlyProcessor = (schema2, ctx, json2, params) => {
      const def = schema2._zod.def;
      processSchema(def.innerType, ctx, params);
      const seen = ctx.seen.get(schema2);
      seen.ref = def.innerType;
      json2.readOnly = true;
    };
    promiseProcessor = (schema2, ctx, _json, params) => {
      const def = schema2._zod.def;
      processSchema(def.innerType, ctx, params);
      const seen = ctx.seen.get(schema2);
      seen.ref = def.innerType;
    };
    optionalProcessor = (schema2, ctx, _json, params) => {
      const def = schema2._zod.def;
      processSchema(def.innerType, ctx, params);
      const seen = ctx.seen.get(schema2);
      seen.ref = def.innerType;
    };
    lazyProcessor = (schema2, ctx, _json, params) => {
      const innerType = schema2._zod.innerType;
      processSchema(innerType, ctx, params);
      const seen = ctx.seen.get(schema2);
      seen.ref = innerType;
    };
    allProcessors = {
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
  }
});

// node_modules/zod/v4/core/json-schema.js
var init_json_schema = __esm({
  "node_modules/zod/v4/core/json-schema.js"() {
  }
});

// node_modules/zod/v4/core/index.js
var init_core2 = __esm({
  "node_modules/zod/v4/core/index.js"() {
    init_core();
    init_parse();
    init_errors();
    init_schemas();
    init_memoizer();
    init_checks();
    init_versions();
    init_util();
    init_regexes();
    init_locales();
    init_registries();
    init_doc();
    init_compile();
    init_api();
    init_to_json_schema();
    init_json_schema();
  }
});

// node_modules/zod/v4/mini/parse.js
var init_parse2 = __esm({
  "node_modules/zod/v4/mini/parse.js"() {
    init_core2();
  }
});

// node_modules/zod/v4/mini/schemas.js
// @__NO_SIDE_EFFECTS__
function string2(params) {
  return _string(ZodMiniString, params);
}
// @__NO_SIDE_EFFECTS__
function number2(params) {
  return _number(ZodMiniNumber, params);
}
function int(params) {
  return _int(ZodMiniNumberFormat, params);
}
// @__NO_SIDE_EFFECTS__
function unknown() {
  return _unknown(ZodMiniUnknown);
}
// @__NO_SIDE_EFFECTS__
function never(params) {
  return _never(ZodMiniNever, params);
}
// @__NO_SIDE_EFFECTS__
function array(element, params) {
  return new ZodMiniArray({
    type: "array",
    element,
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function strictObject(shape, params) {
  return new ZodMiniObject({
    type: "object",
    shape,
    catchall: /* @__PURE__ */ never(),
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function union(options, params) {
  return new ZodMiniUnion({
    type: "union",
    options,
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function discriminatedUnion(discriminator, options, params) {
  return new ZodMiniDiscriminatedUnion({
    type: "union",
    options,
    discriminator,
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _enum(values, params) {
  const entries = Array.isArray(values) ? Object.fromEntries(values.map((v) => [v, v])) : values;
  return new ZodMiniEnum({
    type: "enum",
    entries,
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function literal(value, params) {
  return new ZodMiniLiteral({
    type: "literal",
    values: Array.isArray(value) ? value : [value],
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function transform(fn) {
  return new ZodMiniTransform({
    type: "transform",
    transform: fn
  });
}
// @__NO_SIDE_EFFECTS__
function optional(innerType) {
  return new ZodMiniOptional({
    type: "optional",
    innerType
  });
}
// @__NO_SIDE_EFFECTS__
function nullable(innerType) {
  return new ZodMiniNullable({
    type: "nullable",
    innerType
  });
}
// @__NO_SIDE_EFFECTS__
function pipe(in_, out) {
  return new ZodMiniPipe({
    type: "pipe",
    in: in_,
    out
  });
}
// @__NO_SIDE_EFFECTS__
function refine(fn, _params = {}) {
  return _refine(ZodMiniCustom, fn, _params);
}
var ZodMiniType, ZodMiniString, ZodMiniNumber, ZodMiniNumberFormat, ZodMiniUnknown, ZodMiniNever, ZodMiniArray, ZodMiniObject, ZodMiniUnion, ZodMiniDiscriminatedUnion, ZodMiniEnum, ZodMiniLiteral, ZodMiniTransform, ZodMiniOptional, ZodMiniNullable, ZodMiniPipe, ZodMiniCustom;
var init_schemas2 = __esm({
  "node_modules/zod/v4/mini/schemas.js"() {
    init_core2();
    init_util();
    init_parse2();
    ZodMiniType = /* @__PURE__ */ $constructor("ZodMiniType", (inst, def) => {
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
    ZodMiniString = /* @__PURE__ */ $constructor("ZodMiniString", (inst, def) => {
      $ZodString.init(inst, def);
      ZodMiniType.init(inst, def);
    });
    ZodMiniNumber = /* @__PURE__ */ $constructor("ZodMiniNumber", (inst, def) => {
      $ZodNumber.init(inst, def);
      ZodMiniType.init(inst, def);
    });
    ZodMiniNumberFormat = /* @__PURE__ */ $constructor("ZodMiniNumberFormat", (inst, def) => {
      $ZodNumberFormat.init(inst, def);
      ZodMiniNumber.init(inst, def);
    });
    ZodMiniUnknown = /* @__PURE__ */ $constructor("ZodMiniUnknown", (inst, def) => {
      $ZodUnknown.init(inst, def);
      ZodMiniType.init(inst, def);
    });
    ZodMiniNever = /* @__PURE__ */ $constructor("ZodMiniNever", (inst, def) => {
      $ZodNever.init(inst, def);
      ZodMiniType.init(inst, def);
    });
    ZodMiniArray = /* @__PURE__ */ $constructor("ZodMiniArray", (inst, def) => {
      $ZodArray.init(inst, def);
      ZodMiniType.init(inst, def);
    });
    ZodMiniObject = /* @__PURE__ */ $constructor("ZodMiniObject", (inst, def) => {
      $ZodObject.init(inst, def);
      ZodMiniType.init(inst, def);
      installLazyProp(inst, "shape", (self) => self._zod.def.shape, false);
    });
    ZodMiniUnion = /* @__PURE__ */ $constructor("ZodMiniUnion", (inst, def) => {
      $ZodUnion.init(inst, def);
      ZodMiniType.init(inst, def);
    });
    ZodMiniDiscriminatedUnion = /* @__PURE__ */ $constructor("ZodMiniDiscriminatedUnion", (inst, def) => {
      $ZodDiscriminatedUnion.init(inst, def);
      ZodMiniType.init(inst, def);
    });
    ZodMiniEnum = /* @__PURE__ */ $constructor("ZodMiniEnum", (inst, def) => {
      $ZodEnum.init(inst, def);
      ZodMiniType.init(inst, def);
      inst.options = [...inst._zod.values];
    });
    ZodMiniLiteral = /* @__PURE__ */ $constructor("ZodMiniLiteral", (inst, def) => {
      $ZodLiteral.init(inst, def);
      ZodMiniType.init(inst, def);
    });
    ZodMiniTransform = /* @__PURE__ */ $constructor("ZodMiniTransform", (inst, def) => {
      $ZodTransform.init(inst, def);
      ZodMiniType.init(inst, def);
    });
    ZodMiniOptional = /* @__PURE__ */ $constructor("ZodMiniOptional", (inst, def) => {
      $ZodOptional.init(inst, def);
      ZodMiniType.init(inst, def);
    });
    ZodMiniNullable = /* @__PURE__ */ $constructor("ZodMiniNullable", (inst, def) => {
      $ZodNullable.init(inst, def);
      ZodMiniType.init(inst, def);
    });
    ZodMiniPipe = /* @__PURE__ */ $constructor("ZodMiniPipe", (inst, def) => {
      $ZodPipe.init(inst, def);
      ZodMiniType.init(inst, def);
    });
    ZodMiniCustom = /* @__PURE__ */ $constructor("ZodMiniCustom", (inst, def) => {
      $ZodCustom.init(inst, def);
      ZodMiniType.init(inst, def);
    });
  }
});

// node_modules/zod/v4/mini/checks.js
var init_checks2 = __esm({
  "node_modules/zod/v4/mini/checks.js"() {
    init_core2();
  }
});

// node_modules/zod/v4/mini/iso.js
var init_iso = __esm({
  "node_modules/zod/v4/mini/iso.js"() {
  }
});

// node_modules/zod/v4/mini/coerce.js
var init_coerce = __esm({
  "node_modules/zod/v4/mini/coerce.js"() {
  }
});

// node_modules/zod/v4/mini/external.js
var init_external = __esm({
  "node_modules/zod/v4/mini/external.js"() {
    init_core2();
    init_parse2();
    init_schemas2();
    init_checks2();
    init_core2();
    init_json_schema_processors();
    init_locales();
    init_iso();
    init_coerce();
  }
});

// node_modules/zod/mini/index.js
var init_mini = __esm({
  "node_modules/zod/mini/index.js"() {
    init_external();
  }
});

// src/catalog/data/inference-tasks.ts
function measured(whPerRequest, label2) {
  return {
    whPerRequest,
    label: label2,
    source: POWER_HUNGRY_PROCESSING,
    boundary: "it",
    includes: "the servers' energy, measured with CodeCarbon, mean over the models tested for the task; no data-centre overhead, so PUE is applied on top"
  };
}
var POWER_HUNGRY_PROCESSING, GOOGLE_GEMINI, OPENAI_CHATGPT, GEMINI_APPS_PROMPT, INFERENCE_TASKS;
var init_inference_tasks = __esm({
  "src/catalog/data/inference-tasks.ts"() {
    "use strict";
    POWER_HUNGRY_PROCESSING = {
      citation: "Luccioni et al. 2024",
      year: 2024,
      title: 'Luccioni, Jernite and Strubell, "Power Hungry Processing: Watts Driving the Cost of AI Deployment?", ACM FAccT 2024, Table 2: mean kWh per 1,000 inferences over the models tested for the task',
      url: "https://arxiv.org/abs/2311.16863"
    };
    GOOGLE_GEMINI = {
      citation: "Google 2025",
      year: 2025,
      title: 'Elsworth et al. (Google), "Measuring the environmental impact of delivering AI at Google Scale", August 2025: the median Gemini Apps text prompt, 0.24 Wh',
      url: "https://arxiv.org/abs/2508.15734"
    };
    OPENAI_CHATGPT = {
      citation: "OpenAI 2025",
      year: 2025,
      title: 'Sam Altman (OpenAI), "The Gentle Singularity", June 2025: "the average query uses about 0.34 watt-hours"',
      url: "https://blog.samaltman.com/the-gentle-singularity"
    };
    GEMINI_APPS_PROMPT = {
      whPerRequest: 0.24,
      label: "LLM chat prompt, the median Gemini Apps text prompt",
      source: GOOGLE_GEMINI,
      boundary: "facility",
      includes: "active accelerators, host CPUs and memory, idle machines kept ready, and data-centre overhead (PUE): no PUE is applied on top"
    };
    INFERENCE_TASKS = {
      "text-classification": measured(2e-3, "text classification"),
      "extractive-qa": measured(3e-3, "extractive question answering"),
      "masked-language-modeling": measured(3e-3, "masked language modelling"),
      "token-classification": measured(4e-3, "token classification"),
      "image-classification": measured(7e-3, "image classification"),
      "object-detection": measured(0.038, "object detection"),
      "text-generation": measured(0.047, "text generation"),
      summarization: measured(0.049, "summarisation"),
      "image-captioning": measured(0.063, "image captioning"),
      "image-generation": measured(2.907, "image generation"),
      // A prompt to a current chat model: Google's figure, the one first-party figure with a published
      // method and a stated boundary.
      chat: GEMINI_APPS_PROMPT,
      "chat-gemini": GEMINI_APPS_PROMPT,
      "chat-chatgpt": {
        whPerRequest: 0.34,
        label: "LLM chat prompt, the average ChatGPT query",
        source: OPENAI_CHATGPT,
        boundary: "unstated",
        includes: "not stated by OpenAI; taken as the servers' energy, so the data centre's PUE is applied on top"
      }
    };
  }
});

// src/config/evidence-schema.ts
var pathText, reportedField, MEASURED_KEYS, measuredFile, measuredField, countsField;
var init_evidence_schema = __esm({
  "src/config/evidence-schema.ts"() {
    "use strict";
    init_mini();
    init_printable();
    init_show();
    init_suggest();
    pathText = (what) => string2().check(_trim(), _minLength(1, "must not be empty")).register(globalRegistry, { description: what });
    reportedField = pathText(
      "A Hugging Face model card (its README.md), relative to this file, whose `co2_eq_emissions` (grams of CO2e) is shown as reported beside the estimate."
    );
    MEASURED_KEYS = ["file", "project", "experiment", "grid"];
    measuredFile = pathText(
      "CodeCarbon's emissions.csv, or a glob of such files (`runs/**/emissions.csv`), relative to this file."
    );
    measuredField = union(
      [
        measuredFile,
        strictObject(
          {
            file: measuredFile,
            project: optional(pathText("Count only the runs of this `project_name`.")),
            experiment: optional(pathText("Count only the runs of this `experiment_id`.")),
            grid: optional(
              _enum(["codecarbon", "workload"], {
                error: (issue2) => `must be \`codecarbon\` or \`workload\`, got ${showValue(issue2.input)}`
              })
            ).register(globalRegistry, {
              description: "`codecarbon` (default): the emissions CodeCarbon wrote; `workload`: the measured energy costed at this workload's grid intensity (its region or `intensity`), to compare runs made elsewhere."
            })
          },
          {
            error: (issue2) => issue2.code === "unrecognized_keys" ? issue2.keys.map((key) => `unknown key \`${printable2(key)}\`${didYouMean(key, MEASURED_KEYS)}`).join("\n") : void 0
          }
        )
      ],
      {
        error: (issue2) => `must be a path or glob of CodeCarbon CSV files, or a mapping of \`file\`, \`project\`, \`experiment\`, \`grid\`; got ${showValue(issue2.input)}`
      }
    ).register(globalRegistry, {
      description: "CodeCarbon's runs of this workload: a path or glob of emissions.csv files relative to this file, or `{ file, project, experiment, grid }`. Shown as measured beside the estimate."
    });
    countsField = _enum(["estimate", "measured"], {
      error: (issue2) => `must be \`estimate\` or \`measured\`, got ${showValue(issue2.input)}`
    }).register(globalRegistry, {
      description: "Which figure the budgets count for the workloads of this file and its includes: `estimate` (default), or `measured` for workloads with `measured` runs."
    });
  }
});

// src/config/job-spec-schema.ts
var JOB_SPEC_FORMATS, jobSpecFields;
var init_job_spec_schema = __esm({
  "src/config/job-spec-schema.ts"() {
    "use strict";
    init_mini();
    init_printable();
    JOB_SPEC_FORMATS = ["skypilot", "kubernetes", "slurm", "terraform"];
    jobSpecFields = {
      from: optional(string2().check(_trim(), _minLength(1, "must not be empty"))).register(globalRegistry, {
        description: "A job spec to take the hardware, scale and place from, relative to this file: a SkyPilot task, Kubernetes manifests, a Slurm batch script or Terraform. `file#Kind/name` picks one resource; a glob (`deploy/*.yaml`) makes a workload of each resource, named after it. The fields written here override the spec.",
        examples: ["jobs/pretrain.sky.yaml", "deploy/llm.yaml#Deployment/llm-server", "slurm/finetune.sbatch"]
      }),
      format: optional(
        _enum(JOB_SPEC_FORMATS, {
          error: (issue2) => `\`format\` must be one of ${JOB_SPEC_FORMATS.map((f) => `\`${f}\``).join(", ")}; got ` + (typeof issue2.input === "string" ? `\`${printable2(issue2.input)}\`` : "something else")
        })
      ).register(globalRegistry, {
        description: "The format of `from`, when its name and content do not say it (see docs/job-specs.md for the rule)."
      })
    };
  }
});

// src/units/tables.ts
var KINDS, HOURS_PER_YEAR, DURATION_UNITS, ENERGY_UNITS, POWER_UNITS, MASS_UNITS, INTENSITY_UNITS, RATE_PERIODS, COUNT_SUFFIXES, CO2E_SUFFIX, AMBIGUOUS_UNITS;
var init_tables = __esm({
  "src/units/tables.ts"() {
    "use strict";
    KINDS = {
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
    HOURS_PER_YEAR = 365 * 24;
    DURATION_UNITS = {
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
    ENERGY_UNITS = {
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
    POWER_UNITS = {
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
    MASS_UNITS = {
      g: 1e-3,
      kg: 1,
      t: 1e3,
      tonne: 1e3,
      tonnes: 1e3,
      kt: 1e6,
      Mt: 1e9
    };
    INTENSITY_UNITS = {
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
    RATE_PERIODS = {
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
    COUNT_SUFFIXES = { k: 1e3, K: 1e3, M: 1e6, B: 1e9, G: 1e9, T: 1e12 };
    CO2E_SUFFIX = /(?:\s*(?:CO2eq|CO2-eq|CO2-e|CO2e|CO₂eq|CO₂e|CO2))?$/;
    AMBIGUOUS_UNITS = {
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
  }
});

// src/units/parse.ts
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
var NUMBER, RATE_TAIL, TWO_WORDS, MULTIPLIER, MAGNITUDE_WORDS, MULTIPLIER_ADVICE, MULTIPLIER_NAMES, UNIT_TABLES;
var init_parse3 = __esm({
  "src/units/parse.ts"() {
    "use strict";
    init_show();
    init_suggest();
    init_tables();
    NUMBER = /^[+-]?(?:(?:\d{1,3}(?:,\d{3})+|\d+(?:_\d{3})*)(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?/;
    RATE_TAIL = /^(?:([A-Za-z][A-Za-z-]*)\s*)?(?:\/|\bper\b)\s*([A-Za-z]+)$/;
    TWO_WORDS = /^([A-Za-z]+)\s+[A-Za-z][A-Za-z-]*\s*(?:\/|\bper\b)\s*([A-Za-z]+)$/;
    MULTIPLIER = /^([kKMBGT])(?![A-Za-z])\s*/;
    MAGNITUDE_WORDS = new RegExp(
      "^(?:k|m|b|g|t|mm|bn|mn|mln|mil|mio|bil|tn|mrd|kilo|mega|giga|tera|per|(?:hundred|thousand|million|milliard|billion|trillion|lakh|crore)s?)$",
      "i"
    );
    MULTIPLIER_ADVICE = "write `k`, `M` or `B` straight after the number, e.g.";
    MULTIPLIER_NAMES = {
      k: "thousand",
      K: "thousand",
      M: "million",
      B: "billion",
      G: "billion",
      T: "trillion"
    };
    UNIT_TABLES = [
      ["duration", DURATION_UNITS],
      ["energy", ENERGY_UNITS],
      ["power", POWER_UNITS],
      ["intensity", INTENSITY_UNITS]
    ];
  }
});

// src/config/quantity-schema.ts
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
var NUMBER_PATTERN;
var init_quantity_schema = __esm({
  "src/config/quantity-schema.ts"() {
    "use strict";
    init_mini();
    init_parse3();
    init_tables();
    NUMBER_PATTERN = String.raw`[+-]?(?:(?:\d{1,3}(?:,\d{3})+|\d+(?:_\d{3})*)(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?`;
  }
});

// src/config/schema.ts
function anyCase(word) {
  return word.replace(/[a-z]/g, (c) => `[${c}${c.toUpperCase()}]`);
}
function strict(shape) {
  const known = Object.keys(shape);
  return strictObject(shape, {
    error: (issue2) => {
      if (issue2.code !== "unrecognized_keys") return void 0;
      return issue2.keys.map((key, i) => `unknown key \`${printable2(key)}\`${i < 100 ? didYouMean(key, known) : ""}`).join("\n");
    }
  });
}
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
function printableText(what, prose) {
  const first = (text2) => {
    let at = 0;
    for (const char of text2) {
      at++;
      if (UNPRINTABLE2.test(char) && !(prose && PROSE_BREAKS.test(char))) return { char, at };
    }
    return void 0;
  };
  return refine((text2) => !UNPRINTABLE2.test(text2) || first(text2) === void 0, {
    error: (issue2) => {
      const found = typeof issue2.input === "string" ? first(issue2.input) : void 0;
      const where2 = found === void 0 ? "" : `, but character ${found.at} is ${describeChar(found.char)}`;
      return `must be ${what}${where2}: remove it`;
    }
  });
}
function jsonSchema() {
  const generated = toJSONSchema(fileSchema, { io: "input", unrepresentable: "any" });
  return { ...generated, $id: "https://github.com/carbon-budget/carbon-budget/schema/carbon-budget.schema.json" };
}
var positive, REGION_PREFIXES, region, accelerator, TEN_YEARS_H, instance, intensity, FIRST_YEAR, LAST_YEAR, yearMessage, year, pue, utilization, budget, power, count, hours, acceleratorHours, period, energyPerUnit, YAML_11_TRUE, YAML_11_FALSE, EMBODIED_KEYS, embodied, host, overheadEnergy, placement, PROSE_BREAKS, common, trainingSchema, inferenceSchema, KINDS_WRITTEN, workloadSchema, defaultsSchema, budgetsSchema, fileShape, fileEnvelopeSchema, fileSchema;
var init_schema = __esm({
  "src/config/schema.ts"() {
    "use strict";
    init_mini();
    init_en();
    init_accelerators2();
    init_instances2();
    init_grid_intensity_source();
    init_inference_tasks();
    init_printable();
    init_show();
    init_suggest();
    init_evidence_schema();
    init_job_spec_schema();
    init_quantity_schema();
    config(en_default());
    positive = { value: 0, exclusive: true };
    REGION_PREFIXES = ["aws", "gcp", "google", "azure", "country", "zone", "on-prem"];
    region = string2().register(globalRegistry, {
      description: "Where the work runs: a cloud region (`aws:us-east-1`, `gcp:europe-west4`, `azure:westeurope`), a country by ISO 3166-1 code (`country:FR`, `country:FRA`), an Electricity Maps grid zone (`zone:US-MIDA-PJM`), or your own data centre in a country (`on-prem:DE`; `on-prem` alone with `intensity`). Sets the grid carbon intensity and the default PUE: the provider's for a cloud region, the industry average otherwise.",
      // JSON Schema patterns have no case-insensitive flag, and the loader ignores case here.
      pattern: `^\\s*(?:(?:${REGION_PREFIXES.map(anyCase).join("|")}):\\s*\\S+|${anyCase("on-prem")})\\s*$`,
      examples: ["aws:us-east-1", "gcp:europe-west4", "azure:westeurope", "country:FR", "zone:US-MIDA-PJM", "on-prem:DE"]
    });
    accelerator = string2().register(globalRegistry, {
      description: "Accelerator model, by catalog id (`carbon-budget catalog` lists them) or as nvidia-smi names it. Its maximum board power (TDP) is the power drawn unless `power` is given.",
      // Examples rather than an enum: editors complete the ids without flagging the other spellings.
      examples: acceleratorIds()
    });
    TEN_YEARS_H = 87600;
    instance = string2().register(globalRegistry, {
      description: "A cloud instance type as the provider writes it (`p4d.24xlarge`, `a2-highgpu-8g`, `Standard_ND96asr_v4`): sets the accelerator, and `count` is then the number of instances.",
      examples: instanceIds()
    });
    intensity = quantity({
      kind: "intensity",
      plainUnit: "g/kWh",
      min: { value: 0, exclusive: false },
      max: 3e3,
      maxReason: "the most carbon-intensive grids are near 1,000 g/kWh; check the unit",
      description: "Grid carbon intensity to use instead of the region's, e.g. `57 g/kWh` (a plain number is gCO2e/kWh). Location-based, life-cycle."
    });
    FIRST_YEAR = ELECTRICITY_MAPS.years[0];
    LAST_YEAR = ELECTRICITY_MAPS.years[ELECTRICITY_MAPS.years.length - 1] ?? FIRST_YEAR;
    yearMessage = `must be a year with grid data, ${FIRST_YEAR} to ${LAST_YEAR}`;
    year = int({ error: yearMessage }).check(_gte(FIRST_YEAR, { error: yearMessage }), _lte(LAST_YEAR, { error: yearMessage })).register(globalRegistry, {
      description: `Year of grid carbon intensity data to use (${ELECTRICITY_MAPS.years.join(", ")}); the newest by default.`
    });
    pue = quantity({
      kind: "ratio",
      min: { value: 1, exclusive: false },
      max: 4,
      maxReason: "data centres run between about 1.05 and 2.5",
      description: "Power usage effectiveness of the data centre: total facility energy / IT energy, 1.0 or more. Defaults to the cloud provider's published figure, or the industry average for countries and zones."
    });
    utilization = quantity({
      kind: "fraction",
      min: positive,
      max: 1,
      description: "Average share of its maximum board power that each accelerator draws, `0.9` or `90%`. Scales the catalog TDP; not with `power` (a measured average already includes it). Default 100%."
    });
    budget = quantity({
      kind: "mass",
      plainUnit: "kg",
      min: positive,
      description: "The most CO2e this may emit, e.g. `25 tCO2e` or `800 kg` (a plain number is kgCO2e)."
    });
    power = quantity({
      kind: "power",
      plainUnit: "W",
      min: positive,
      max: 2e4,
      maxReason: "this is per accelerator; the largest draw about 1,200 W",
      description: "Measured average power per accelerator, e.g. `330 W` (a plain number is watts). Overrides the catalog TDP and `utilization`."
    });
    count = quantity({
      kind: "count",
      min: positive,
      integer: true,
      max: 1e7,
      maxReason: "more accelerators than any cluster has; check the value",
      description: "Number of accelerators running at once."
    });
    hours = quantity({
      kind: "duration",
      plainUnit: "h",
      min: positive,
      max: TEN_YEARS_H,
      maxReason: "longer than ten years; check the unit",
      description: "Wall-clock duration of one run, e.g. `360` (hours), `14.8d`, `90 min`."
    });
    acceleratorHours = quantity({
      kind: "duration",
      plainUnit: "h",
      min: positive,
      max: 1e10,
      maxReason: "hundreds of times the largest published training runs; check the value",
      description: "Total accelerator-hours of one run (count x hours), e.g. `184320` or `1,082,990 h`. Use instead of `count` and `hours`."
    });
    period = quantity({
      kind: "duration",
      plainUnit: "d",
      min: positive,
      max: TEN_YEARS_H,
      maxReason: "longer than ten years; budgets are usually yearly",
      description: "The horizon a rate or a serving fleet is summed over, e.g. `365d`, `1 year`, `30` (days)."
    });
    energyPerUnit = (unit) => quantity({
      kind: "energy",
      plainUnit: "Wh",
      min: positive,
      max: 1e3,
      maxReason: `per ${unit}; check the unit`,
      description: `IT energy per ${unit}, e.g. \`0.3 Wh\` or \`2 J\` (a plain number is Wh). PUE is applied on top.`
    });
    YAML_11_TRUE = /^(?:y|yes|on|true)$/i;
    YAML_11_FALSE = /^(?:n|no|off|false)$/i;
    EMBODIED_KEYS = ["accelerator", "server", "accelerators-per-server", "lifetime", "usage"];
    embodied = union(
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
    host = union(
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
    overheadEnergy = quantity({
      kind: "energy",
      plainUnit: "kWh",
      min: { value: 0, exclusive: false },
      max: 1e10,
      maxReason: "ten terawatt-hours, more than the largest data-centre fleets draw in a year; check the unit",
      description: "Measured energy beyond the accelerators' own draw (idle nodes, hosts, storage, network), e.g. `256,646 kWh` (a plain number is kWh). Added to the IT energy; PUE applies."
    });
    placement = {
      region: optional(region),
      intensity: optional(intensity),
      year: optional(year),
      pue: optional(pue)
    };
    PROSE_BREAKS = /[\n\t]/;
    common = {
      // Optional in the schema only for `from`, which names each workload after its resource; the
      // loader asks for it otherwise (see job-spec-fields.ts).
      name: optional(
        string2().check(_trim(), _minLength(1, "must not be empty"), printableText("one line of printable text", false))
      ).register(globalRegistry, {
        description: "Unique name of the workload, shown in reports: one line of printable text. With `from`, optional: each resource the job spec holds becomes a workload named after it."
      }),
      ...jobSpecFields,
      description: optional(string2().check(printableText("printable text (line breaks and tabs are fine)", true))).register(globalRegistry, { description: "Free text for readers of the report." }),
      ...placement,
      utilization: optional(utilization),
      budget: optional(budget)
    };
    trainingSchema = strict({
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
      reported: optional(reportedField),
      measured: optional(measuredField),
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
    inferenceSchema = strict({
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
        description: 'What the service does, when its energy per request is not known, for a published default: `chat` (or `chat-gemini`) 0.24 Wh, the median Gemini Apps text prompt (Google 2025, data-centre overhead included, so no PUE is applied); `chat-chatgpt` 0.34 Wh, the average ChatGPT query (OpenAI 2025); the others the mean measured for the task in "Power Hungry Processing" (FAccT 2024). A measured `energy-per-request` is better.'
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
      "overhead-energy": optional(overheadEnergy),
      measured: optional(measuredField)
    }).register(globalRegistry, { title: "Inference workload" });
    KINDS_WRITTEN = ["training", "inference"];
    workloadSchema = discriminatedUnion("kind", [trainingSchema, inferenceSchema], {
      error: (issue2) => {
        const kind = issue2.input?.kind;
        if (kind === void 0) return "`kind` is missing: write `kind: training` or `kind: inference`";
        const hint = typeof kind === "string" ? didYouMean(kind, KINDS_WRITTEN) : "";
        return `\`kind\` must be \`training\` or \`inference\`, got ${showValue(kind)}${hint}`;
      }
    });
    defaultsSchema = strict({
      ...placement,
      utilization: optional(utilization),
      period: optional(period)
    }).register(globalRegistry, {
      description: "Settings every workload in this file (and the files it includes) inherits unless it sets its own."
    });
    budgetsSchema = strict({
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
      }),
      counts: optional(countsField)
    });
    fileShape = {
      $schema: optional(string2()).register(globalRegistry, { description: "The JSON Schema this file follows (for editors)." }),
      version: optional(literal(1, { error: "must be `1`" })).register(globalRegistry, { description: "Version of the file format: `1`." }),
      defaults: optional(defaultsSchema),
      budgets: optional(budgetsSchema),
      include: optional(array(string2().check(_trim(), _minLength(1, "must not be empty")))).register(globalRegistry, {
        description: "More workload files, as paths or globs relative to this file, e.g. `models/**/carbon-budget.yml`."
      })
    };
    fileEnvelopeSchema = strict({ ...fileShape, workloads: optional(nullable(array(unknown()))) });
    fileSchema = strict({
      ...fileShape,
      // `workloads:` with nothing after it is YAML for null: an empty list, not a mistake.
      workloads: optional(nullable(array(workloadSchema))).register(globalRegistry, { description: "The workloads this file declares." })
    }).register(globalRegistry, {
      title: "carbon-budget.yml",
      description: "Machine-learning workloads and carbon budgets, read by carbon-budget."
    });
  }
});

// src/config/salvage.ts
function isMapping2(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
function standIn(schema2) {
  return STAND_INS.find((value) => schema2.safeParse(value).success);
}
function meantField(key, shape, place) {
  const misplaced = misplacedKey(key, place);
  if (misplaced !== void 0) return misplaced.meant;
  return nearest(key, Object.keys(shape), 1)[0];
}
function salvage(raw, shape, place) {
  const value = /* @__PURE__ */ new Map();
  const standIns = [];
  const standInFor = (field) => {
    if (FILE_FIELDS.has(field)) return false;
    standIns.push(field);
    if (CATALOG_FIELDS.has(field)) return true;
    const schema2 = shape[field];
    const stand = schema2 === void 0 ? void 0 : standIn(schema2);
    if (stand === void 0) return false;
    value.set(field, stand);
    return true;
  };
  for (const [key, written] of Object.entries(raw)) {
    const schema2 = Object.hasOwn(shape, key) ? shape[key] : void 0;
    if (schema2 !== void 0) {
      if (schema2.safeParse(written).success) value.set(key, written);
      else if (NEEDED.has(key) || !standInFor(key)) return void 0;
      continue;
    }
    const meant = meantField(key, shape, place);
    if (meant === void 0 || NEEDED.has(meant) || Object.hasOwn(raw, meant) || standIns.includes(meant)) continue;
    if (!standInFor(meant)) return void 0;
  }
  return { value: Object.fromEntries(value), standIns };
}
function salvageWorkload(item) {
  if (!isMapping2(item)) return void 0;
  const kind = typeof item.kind === "string" ? nearest(item.kind, KINDS2, 1)[0] : void 0;
  if (kind !== "training" && kind !== "inference") return void 0;
  const shape = (kind === "training" ? trainingSchema : inferenceSchema).shape;
  const salvaged = salvage({ ...item, kind }, shape, kind);
  if (salvaged === void 0) return void 0;
  const parsed = workloadSchema.safeParse(salvaged.value);
  if (!parsed.success) return void 0;
  return { entry: parsed.data, standIns: kind === item.kind ? salvaged.standIns : [...salvaged.standIns, "kind"] };
}
function salvageEnvelope(raw) {
  const shape = fileEnvelopeSchema.shape;
  const envelope = /* @__PURE__ */ new Map();
  for (const key of ["$schema", "version", "budgets", "workloads"]) {
    const parsed = shape[key]?.safeParse(raw[key]);
    if (parsed?.success === true && parsed.data !== void 0) envelope.set(key, parsed.data);
  }
  if (Array.isArray(raw.include))
    envelope.set(
      "include",
      raw.include.filter((i) => typeof i === "string")
    );
  let defaultsStandIns = [];
  const written = raw.defaults ?? Object.entries(raw).find(([key]) => meantField(key, shape, "file") === "defaults")?.[1];
  const defaults = written === void 0 ? void 0 : salvageDefaults(written);
  if (defaults !== void 0) {
    envelope.set("defaults", defaults.defaults);
    defaultsStandIns = defaults.standIns;
  }
  return { envelope: Object.fromEntries(envelope), defaultsStandIns };
}
function salvageDefaults(raw) {
  const parsed = defaultsSchema.safeParse(raw);
  if (parsed.success) return { defaults: parsed.data, standIns: [] };
  if (!isMapping2(raw)) return void 0;
  const salvaged = salvage(raw, defaultsSchema.shape, "defaults");
  if (salvaged === void 0) return void 0;
  const again = defaultsSchema.safeParse(salvaged.value);
  return again.success ? { defaults: again.data, standIns: salvaged.standIns } : void 0;
}
var STAND_INS, NEEDED, CATALOG_FIELDS, FILE_FIELDS, KINDS2;
var init_salvage = __esm({
  "src/config/salvage.ts"() {
    "use strict";
    init_grid_intensity_source();
    init_inference_tasks();
    init_suggest();
    init_misplaced_keys();
    init_schema();
    STAND_INS = [1, true, LATEST_YEAR, ...Object.keys(INFERENCE_TASKS)];
    NEEDED = /* @__PURE__ */ new Set(["kind", "name"]);
    CATALOG_FIELDS = /* @__PURE__ */ new Set(["region", "accelerator", "instance"]);
    FILE_FIELDS = /* @__PURE__ */ new Set(["from", "reported", "measured"]);
    KINDS2 = ["training", "inference"];
  }
});

// src/adapters/job-spec.ts
function problemsFor(reading, pick2) {
  return reading.diagnostics.filter((d) => pick2 === void 0 || d.resource === void 0 || d.resource === pick2).map((d) => {
    const plain2 = { ...d };
    delete plain2.resource;
    return plain2;
  });
}
function resourcesFor(reading, pick2) {
  return reading.workloads.filter((w) => pick2 === void 0 ? w.pickOnly === void 0 : w.name === pick2);
}
var init_job_spec = __esm({
  "src/adapters/job-spec.ts"() {
    "use strict";
  }
});

// src/config/job-spec-fields.ts
import { posix as posix3 } from "node:path";
function specHint(spec) {
  const open = spec.notes.filter((note) => note.includes("give `"));
  return open.length === 0 ? "" : ` (${spec.file}: ${open.join("; ")})`;
}
function namedEntry(entry) {
  if (hasName(entry)) return entry;
  return entry.from === void 0 ? void 0 : { ...entry, name: "" };
}
function hasName(entry) {
  return entry.name !== void 0;
}
function detectFormat(path, text2) {
  const lower = path.toLowerCase();
  if (/\.(?:sbatch|slurm)$/.test(lower)) return "slurm";
  if (/\.tf$/.test(lower)) return "terraform";
  if (/\.ya?ml$/.test(lower))
    return /^apiVersion:\s*\S/m.test(text2) && /^kind:\s*\S/m.test(text2) ? "kubernetes" : "skypilot";
  if (/^#SBATCH\s/m.test(text2)) return "slurm";
  return void 0;
}
function loadAdapters() {
  adapters ??= import("./job-spec-adapters.js");
  return adapters;
}
async function withJobSpecs(file, absolute, workloads, positions, files, cache) {
  if (!workloads.some((w) => w.entry.from !== void 0)) return { workloads, positions, diagnostics: [] };
  const { adapterFor } = await loadAdapters();
  const diagnostics = [];
  const out = [];
  const redirects = /* @__PURE__ */ new Map();
  let nextIndex = workloads.reduce((max, w) => Math.max(max, w.index), -1) + 1;
  const at = (index, path, key2 = false) => {
    const p = positions.find(["workloads", index, ...path], { key: key2 });
    return { file, line: p.line, column: p.column, message: "" };
  };
  const targets = await Promise.all(
    workloads.map(
      ({ entry }) => entry.from === void 0 ? Promise.resolve(void 0) : resolveTarget(entry.from, absolute, file, files)
    )
  );
  const toRead = targets.flatMap((t) => t === void 0 || "problem" in t ? [] : t.files);
  files.prefetch(toRead);
  const texts = await Promise.all(toRead.map((path) => files.read(path)));
  const key = `${file}
${toRead.join("\n")}
${texts.map((t) => typeof t === "string" ? t : t.problem).join("\0")}`;
  const expanded = cached(expansions, workloads, () => /* @__PURE__ */ new Map());
  const earlier = expanded.get(key);
  if (earlier !== void 0) return earlier;
  for (const [n, written] of workloads.entries()) {
    const { index, entry, standIns } = written;
    const target = targets[n];
    if (entry.from === void 0 || target === void 0) {
      out.push(written);
      continue;
    }
    const say = (message, path = ["from"]) => diagnostics.push({ ...at(index, path), message });
    if ("problem" in target) {
      say(target.problem);
      continue;
    }
    const found = [];
    const chosen = [];
    let failed = false;
    for (const path of target.files) {
      const shown = files.display(path);
      const text2 = await files.read(path);
      if (typeof text2 !== "string") {
        say(`\`from\` \`${entry.from}\`: ${shown} ${problemText(text2)} (paths are relative to ${file})`);
        failed = true;
        continue;
      }
      const format = entry.format ?? detectFormat(path, text2);
      if (format === void 0) {
        say(
          `\`from\`: cannot tell what ${shown} is from its name or content: add \`format: skypilot\`, \`kubernetes\`, \`slurm\` or \`terraform\``
        );
        failed = true;
        continue;
      }
      const adapter = adapterFor(format);
      if (adapter === void 0) {
        say(`\`from\`: ${shown}: reading ${format} job specs is not part of this version of carbon-budget`);
        failed = true;
        continue;
      }
      const byText = cached(readings, cache, () => /* @__PURE__ */ new Map());
      const byPath = cached(byText, text2, () => /* @__PURE__ */ new Map());
      const reading = await cached(byPath, `${format} ${shown}`, () => Promise.resolve(adapter(text2, shown)));
      const problems = problemsFor(reading, target.selector);
      diagnostics.push(...problems);
      if (problems.length > 0) failed = true;
      found.push(...reading.workloads.map((spec) => ({ spec, path: shown })));
      chosen.push(...resourcesFor(reading, target.selector).map((spec) => ({ spec, path: shown })));
    }
    if (failed) continue;
    if (chosen.length === 0) {
      const names = found.map((f) => `\`${f.spec.name}\``).slice(0, 10);
      say(
        target.selector !== void 0 ? `\`from\` \`${entry.from}\`: no resource \`${target.selector}\` that asks for accelerators` + (names.length > 0 ? `; found ${names.join(", ")}` : "") : `\`from\` \`${entry.from}\`: found no resource that asks for accelerators in ` + target.files.map((f) => files.display(f)).join(", ") + pickable(found)
      );
      continue;
    }
    if (entry.name !== "" && chosen.length > 1) {
      say(
        `\`from\` \`${entry.from}\` gives ${chosen.length} resources (${chosen.slice(0, 5).map((c) => `\`${c.spec.name}\``).join(", ")}${chosen.length > 5 ? ", ..." : ""}): pick one with \`file#Kind/name\`, or remove \`name\` to make a workload of each, named after it`
      );
      continue;
    }
    for (const { spec, path } of chosen) {
      const own2 = entry.name !== "";
      const i = own2 ? index : nextIndex++;
      const merged = mergeSpec(entry, spec, own2 ? entry.name : spec.name, diagnostics, path);
      if (merged === void 0) continue;
      redirects.set(i, { original: index, fields: merged.fieldsAt, resource: own2 ? void 0 : spec.at });
      out.push({ index: i, entry: merged.entry, spec: merged.origin, ...standIns === void 0 ? {} : { standIns } });
    }
  }
  const result = { workloads: out, positions: new SpecPositions(positions, redirects), diagnostics };
  expanded.set(key, result);
  return result;
}
async function resolveTarget(from, absolute, file, files) {
  const hash = from.indexOf("#");
  const pattern = (hash < 0 ? from : from.slice(0, hash)).trim();
  const selector = hash < 0 ? void 0 : from.slice(hash + 1).trim();
  const unusable = unusablePath(pattern, "`from`");
  if (unusable !== void 0) return { problem: unusable };
  if (pattern.startsWith("/") || /^[A-Za-z]:[\\/]/.test(pattern))
    return {
      problem: `\`from\` \`${from}\` is an absolute path; it is relative to ${file} and stays inside the repository`
    };
  const dir = posix3.dirname(absolute);
  const target = posix3.normalize(posix3.join(dir, pattern));
  const outside2 = `\`from\` \`${from}\` points outside the repository; carbon-budget reads only files inside it`;
  const relative = posix3.relative(files.root, target);
  if (leavesRoot(relative)) return { problem: outside2 };
  if (isUnderGit(relative) || isUnderGit(pattern))
    return { problem: `\`from\` \`${from}\` names a file under .git/, which carbon-budget never reads` };
  const withSelector = (list) => ({
    pattern,
    files: list,
    ...selector === void 0 || selector === "" ? {} : { selector }
  });
  if (!GLOB_CHARS.test(pattern)) return withSelector([target]);
  if (/(?:^|\/)\.\.?(?:\/|$)/.test(pattern) && pattern.split("/").some((s) => s.startsWith("..") && s !== ".."))
    return { problem: `\`from\` \`${from}\` has a step that starts with \`..\`` };
  let matches;
  try {
    matches = await files.glob(pattern, dir);
  } catch (error2) {
    if (!(error2 instanceof TypeError || error2 instanceof SyntaxError)) throw error2;
    return { problem: `\`from\` \`${from}\` is not a glob carbon-budget can read (${error2.message})` };
  }
  const inside2 = matches.filter(
    (m) => m !== absolute && !isOutside(files.root, m) && !isUnderGit(posix3.relative(files.root, m))
  );
  if (inside2.length === 0) return { problem: `\`from\` \`${from}\` matches no file (paths are relative to ${file})` };
  if (inside2.length > MAX_SPECS_PER_FROM)
    return {
      problem: `\`from\` \`${from}\` matches ${inside2.length.toLocaleString("en-US")} files; one \`from\` reads at most ${MAX_SPECS_PER_FROM.toLocaleString("en-US")}: split it into narrower globs`
    };
  return withSelector(inside2);
}
function pickable(found) {
  const picks = found.filter((f) => f.spec.pickOnly !== void 0).slice(0, 3);
  if (picks.length === 0) return "";
  const each = picks.map(({ spec, path }) => {
    const needs = spec.notes.filter((note) => note.includes("give `"));
    return `\`${path}#${spec.name}\`${needs.length === 0 ? "" : ` (${needs.join("; ")})`}`;
  });
  return `; a workload may pick ${each.join(", or ")}`;
}
function mergeSpec(entry, spec, name, diagnostics, path) {
  const written = entry;
  const notes = spec.notes.map((note) => answered(note, written));
  const ownHardware = written.accelerator !== void 0 || written.instance !== void 0;
  const skip = /* @__PURE__ */ new Set();
  if (ownHardware) {
    skip.add("accelerator").add("instance");
    const unresolved = spec.pickOnly === "unresolved";
    if (spec.fields.instance !== void 0 || unresolved && written.accelerator !== void 0) skip.add("count");
  }
  if (written["accelerator-hours"] !== void 0) skip.add("count").add("hours");
  const merged = { ...entry, name };
  const fieldsAt = /* @__PURE__ */ new Map();
  const fields = [];
  let ok = true;
  const shape = SHAPES[entry.kind];
  if (entry.name === "") {
    const checked = shape.name?.safeParse(name, { reportInput: true });
    if (checked !== void 0 && !checked.success) {
      for (const issue2 of locateIssues(checked.error.issues, ["name"]))
        diagnostics.push({ ...spec.at, message: `the resource's name, as a workload name: ${issue2.message}` });
      return void 0;
    }
  }
  const byCloud = ownHardware ? void 0 : boardOnWorkloadCloud(spec, written.region);
  const specFields = { ...spec.fields };
  if (byCloud !== void 0) {
    specFields.accelerator = { value: byCloud.board, at: byCloud.at };
    const asked = notes.indexOf(byCloud.open);
    if (asked >= 0) notes.splice(asked, 1, byCloud.note);
    else notes.push(byCloud.note);
  }
  for (const [key, field] of Object.entries(specFields)) {
    if (field === void 0 || written[key] !== void 0 || skip.has(key)) continue;
    const schema2 = shape[key];
    if (schema2 === void 0) {
      notes.push(`\`${key}\` from the spec not used: a ${entry.kind} workload has none`);
      continue;
    }
    const parsed = schema2.safeParse(field.value, { reportInput: true });
    if (!parsed.success) {
      for (const issue2 of locateIssues(parsed.error.issues, [key]))
        diagnostics.push({ ...field.at, message: `${issue2.message} (read from ${path} for workload \`${name}\`)` });
      ok = false;
      continue;
    }
    merged[key] = parsed.data;
    fieldsAt.set(key, field.at);
    fields.push(key);
  }
  if (!ok) return void 0;
  return {
    entry: merged,
    origin: { file: path, format: spec.format, resource: spec.name, at: spec.at, fields, notes },
    fieldsAt
  };
}
function answered(note, written) {
  const asked = [...note.matchAll(/give ((?:`[a-z-]+`(?:,\s*|\s+and\s+)?)+)/g)].flatMap(
    (m) => [...(m[1] ?? "").matchAll(/`([a-z-]+)`/g)].map((f) => f[1] ?? "")
  );
  if (asked.length === 0 || asked.some((field) => written[field] === void 0)) return note;
  const given = asked.map((field) => `\`${field}\``).join(" and ");
  const at = note.search(/(?:[:,;]\s*(?:or\s+)?|\s+)give `/);
  const kept = note.slice(0, at < 0 ? note.indexOf("give `") : at).trim();
  return kept === "" ? `the workload gives ${given}` : `${kept} (the workload gives ${given})`;
}
function boardOnWorkloadCloud(spec, region2) {
  const open = spec.boardByCloud;
  if (open === void 0 || typeof region2 !== "string") return void 0;
  const cloud = region2.slice(0, region2.indexOf(":")).trim().toLowerCase();
  const board = Object.hasOwn(open.boards, cloud) ? open.boards[cloud] : void 0;
  if (board === void 0) return void 0;
  const note = `\`${open.name}\` read as ${board}, its board on ${cloud}, the cloud of the workload's \`region\``;
  return { board, at: open.at, open: open.open, note };
}
var adapters, readings, expansions, MAX_SPECS_PER_FROM, SpecPositions, SHAPES;
var init_job_spec_fields = __esm({
  "src/config/job-spec-fields.ts"() {
    "use strict";
    init_job_spec();
    init_cached();
    init_file_source();
    init_include_plan();
    init_issues();
    init_schema();
    readings = /* @__PURE__ */ new WeakMap();
    expansions = /* @__PURE__ */ new WeakMap();
    MAX_SPECS_PER_FROM = 1e4;
    SpecPositions = class {
      constructor(base, redirects) {
        this.base = base;
        this.redirects = redirects;
      }
      base;
      redirects;
      find(path, options) {
        const index = path[1];
        const redirect = path[0] === "workloads" && typeof index === "number" ? this.redirects.get(index) : void 0;
        if (redirect === void 0) return this.base.find(path, options);
        const field = path[2];
        const spec = typeof field === "string" ? redirect.fields.get(field) : void 0;
        if (spec !== void 0) return spec;
        if (field === "name" && redirect.resource !== void 0) return redirect.resource;
        return this.base.find(["workloads", redirect.original, ...path.slice(2)], options);
      }
    };
    SHAPES = { training: trainingSchema.shape, inference: inferenceSchema.shape };
  }
});

// node_modules/js-yaml/dist/js-yaml.mjs
function getDefaultExportFromCjs(x) {
  return x && x.__esModule && Object.prototype.hasOwnProperty.call(x, "default") ? x["default"] : x;
}
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
function requireCore() {
  if (hasRequiredCore) return core;
  hasRequiredCore = 1;
  core = requireJson();
  return core;
}
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
      const code3 = map2.indexOf(data.charAt(idx));
      if (code3 > 64) continue;
      if (code3 < 0) return false;
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
    let isMapping3;
    const overridableKeys = /* @__PURE__ */ Object.create(null);
    let keyNode;
    let keyTag;
    let valueNode;
    let ch = state.input.charCodeAt(state.position);
    if (ch === 91) {
      terminator = 93;
      isMapping3 = false;
      _result = [];
    } else if (ch === 123) {
      terminator = 125;
      isMapping3 = true;
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
        state.kind = isMapping3 ? "mapping" : "sequence";
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
      if (isMapping3) {
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
var jsYaml, loader, common2, hasRequiredCommon, exception, hasRequiredException, snippet, hasRequiredSnippet, type, hasRequiredType, schema, hasRequiredSchema, str, hasRequiredStr, seq, hasRequiredSeq, map, hasRequiredMap, failsafe, hasRequiredFailsafe, _null3, hasRequired_null, bool, hasRequiredBool, int2, hasRequiredInt, float, hasRequiredFloat, json, hasRequiredJson, core, hasRequiredCore, timestamp, hasRequiredTimestamp, merge2, hasRequiredMerge, binary, hasRequiredBinary, omap, hasRequiredOmap, pairs, hasRequiredPairs, set, hasRequiredSet, _default, hasRequired_default, hasRequiredLoader, dumper, hasRequiredDumper, hasRequiredJsYaml, jsYamlExports, yaml, Type, Schema, FAILSAFE_SCHEMA, JSON_SCHEMA, CORE_SCHEMA, DEFAULT_SCHEMA, load, loadAll, dump, YAMLException, types, safeLoad, safeLoadAll, safeDump;
var init_js_yaml = __esm({
  "node_modules/js-yaml/dist/js-yaml.mjs"() {
    jsYaml = {};
    loader = {};
    common2 = {};
    dumper = {};
    jsYamlExports = requireJsYaml();
    yaml = /* @__PURE__ */ getDefaultExportFromCjs(jsYamlExports);
    ({
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
    } = yaml);
  }
});

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
var init_path_walk = __esm({
  "src/config/path-walk.ts"() {
    "use strict";
  }
});

// src/text/line-index.ts
function lineStarts(text2) {
  const starts = [0];
  for (let at = text2.indexOf("\n"); at !== -1; at = text2.indexOf("\n", at + 1)) starts.push(at + 1);
  return starts;
}
var LineIndex;
var init_line_index = __esm({
  "src/text/line-index.ts"() {
    "use strict";
    LineIndex = class {
      constructor(text2) {
        this.text = text2;
      }
      text;
      starts;
      at(offset) {
        this.starts ??= lineStarts(this.text);
        const starts = this.starts;
        let low = 0;
        let high = starts.length - 1;
        while (low < high) {
          const mid = low + high + 1 >> 1;
          if ((starts[mid] ?? 0) <= offset) low = mid;
          else high = mid - 1;
        }
        return { line: low + 1, column: offset - (starts[low] ?? 0) + 1 };
      }
    };
  }
});

// src/config/yaml-fast.ts
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
var NULL, BOOL, INT, FLOAT, CORE, NotPlain, NO_CHILDREN, KEPT_DEPTH, KEPT_FOR, PRUNED, RecordedPositions, NOT_PLAIN_TEXT;
var init_yaml_fast = __esm({
  "src/config/yaml-fast.ts"() {
    "use strict";
    init_js_yaml();
    init_path_walk();
    init_line_index();
    NULL = /^(?:~|null|Null|NULL)?$/;
    BOOL = /^(?:true|True|TRUE|false|False|FALSE)$/;
    INT = /^(?:[-+]?[0-9]+|0o[0-7]+|0x[0-9a-fA-F]+)$/;
    FLOAT = /^(?:[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN))$/;
    CORE = FAILSAFE_SCHEMA.extend({
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
    NotPlain = class extends Error {
    };
    NO_CHILDREN = Object.freeze([]);
    KEPT_DEPTH = 2;
    KEPT_FOR = "budget";
    PRUNED = Object.freeze([]);
    RecordedPositions = class {
      /**
       * `root` is pruned below depth KEPT_DEPTH; a path that goes below a pruned node reads the file's
       * tree again, once.
       */
      constructor(text2, root) {
        this.text = text2;
        this.root = root;
        this.lines = new LineIndex(text2);
      }
      text;
      root;
      full;
      lines;
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
        return this.lines.at(walkPath(root, path, options, (node, part) => this.child(node, part)).start);
      }
      /** Whether `path` goes on below a node whose children were dropped. */
      reachesPruned(path) {
        if (path.length <= KEPT_DEPTH) return false;
        let node = this.root;
        for (let i = 0; i < KEPT_DEPTH && node !== void 0; i++) node = this.child(node, path[i]).value;
        return node?.children === PRUNED;
      }
    };
    NOT_PLAIN_TEXT = /<<|^%|[}\]"']#|\r(?!\n)|\t|^(?:---|\.\.\.)\S/m;
  }
});

// src/config/load.ts
import { posix as posix4 } from "node:path";
function sourceRef(file, path, key = false) {
  const found = file.positions.find(path, { key });
  return { file: found.file ?? file.file, line: found.line, column: found.column };
}
function displayPath(root, absolute) {
  const relative = posix4.relative(root, absolute);
  return relative === "" ? posix4.basename(absolute) : relative;
}
async function parseWorkloadFile(read) {
  const text2 = read.replace(/^\uFEFF/, "");
  const fast = readPlainYaml(text2);
  if (fast !== void 0) return validate2(fast.value, fast.positions, false);
  const { readReferenceYaml } = await import("./yaml-reference.js");
  const reference = readReferenceYaml(text2);
  return reference.ok ? validate2(reference.value, reference.positions, reference.empty) : { problems: reference.problems };
}
function validate2(value, positions, empty) {
  const located = [];
  const envelope = fileEnvelopeSchema.safeParse(value, { reportInput: true });
  if (!envelope.success) located.push(...locateIssues(envelope.error.issues));
  const raw = typeof value === "object" && value !== null && !Array.isArray(value) ? value : {};
  const rawWorkloads = Array.isArray(raw.workloads) ? raw.workloads : [];
  const workloads = [];
  const strayNames = [];
  rawWorkloads.forEach((item, index) => {
    const parsed = workloadSchema.safeParse(item, { reportInput: true });
    if (parsed.success) {
      const entry2 = namedEntry(parsed.data);
      if (entry2 !== void 0) workloads.push({ index, entry: entry2 });
      else located.push({ path: ["workloads", index], key: false, message: `workload ${index + 1} needs \`name\`` });
      return;
    }
    located.push(...locateIssues(parsed.error.issues, ["workloads", index]));
    const salvaged = salvageWorkload(item);
    const entry = salvaged === void 0 ? void 0 : namedEntry(salvaged.entry);
    if (salvaged !== void 0 && entry !== void 0) workloads.push({ index, entry, standIns: salvaged.standIns });
    else {
      if (salvaged !== void 0)
        located.push({ path: ["workloads", index], key: false, message: `workload ${index + 1} needs \`name\`` });
      strayNames.push(...strayWorkloadNames(item, index));
    }
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
  const { envelope: kept, defaultsStandIns } = salvageEnvelope(raw);
  return {
    problems,
    content: { envelope: kept, workloads, positions, broken: true, empty, strayNames, defaultsStandIns }
  };
}
function nextTurn() {
  return new Promise((resolve4) => setImmediate(resolve4));
}
async function loadWorkloadFiles(rootFiles, options) {
  const loader2 = new Loader(options);
  for (const root of rootFiles) {
    if (loader2.isLoaded(root)) continue;
    await loader2.load(root, void 0, []);
  }
  return { files: loader2.files, diagnostics: loader2.diagnostics };
}
var LIMITS, MAX_PROBLEMS_PER_FILE, Loader;
var init_load = __esm({
  "src/config/load.ts"() {
    "use strict";
    init_cached();
    init_file_source();
    init_catalog_names();
    init_include_plan();
    init_issues();
    init_near_names();
    init_schema();
    init_salvage();
    init_job_spec_fields();
    init_yaml_fast();
    init_include_plan();
    LIMITS = { fileBytes: MAX_FILE_BYTES, files: 1e4 };
    MAX_PROBLEMS_PER_FILE = 100;
    Loader = class {
      constructor(options) {
        this.options = options;
        this.specFiles = this.specSource();
      }
      options;
      files = [];
      diagnostics = [];
      loadedFrom = /* @__PURE__ */ new Map();
      reads = /* @__PURE__ */ new Map();
      overLimit = false;
      /** How `from` reads job specs: as workload files are read, through the same source and bounds. */
      specFiles;
      specSource() {
        return {
          root: this.options.root,
          read: async (absolute) => {
            const read = await this.read(absolute);
            const bytes = typeof read === "string" ? Buffer.byteLength(read) : 0;
            return bytes > LIMITS.fileBytes ? { problem: "too-big", bytes } : read;
          },
          glob: (pattern, dir) => this.options.source.glob(pattern, dir, this.options.root),
          prefetch: (paths) => {
            this.prefetch(paths);
          },
          display: (absolute) => displayPath(this.options.root, absolute)
        };
      }
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
      unreadable(file, problem, parent, via, hint) {
        if (parent === void 0 || via === void 0 || problem.problem === "encoding") {
          this.diagnostics.push({
            file,
            line: problem.line ?? 0,
            column: problem.column ?? 0,
            message: problemText(problem) + hint
          });
          return;
        }
        const message = `include \`${via.pattern}\`: ${file} ${problemText(problem)}${hint} (paths are relative to ${parent.file})`;
        this.report(parent.file, via.at, message);
      }
      /** For a file that is not there: the files of its directory that are likely meant (near-names.ts). */
      async nearNamesHint(absolute, included) {
        const { source, root } = this.options;
        try {
          return nearNamesHint(absolute, await source.glob("*", posix4.dirname(absolute), root), included);
        } catch {
          return "";
        }
      }
      async load(absolute, parent, chain, via) {
        const file = displayPath(this.options.root, absolute);
        const read = await this.read(absolute);
        await nextTurn();
        const bytes = typeof read === "string" ? Buffer.byteLength(read) : 0;
        const problem = typeof read !== "string" ? read : bytes > LIMITS.fileBytes ? { problem: "too-big", bytes } : void 0;
        if (problem !== void 0 || typeof read !== "string") {
          this.loadedFrom.delete(absolute);
          const hint = problem?.problem === "missing" ? await this.nearNamesHint(absolute, via !== void 0) : "";
          this.unreadable(file, problem ?? { problem: "missing" }, parent, via, hint);
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
        const { envelope, strayNames, defaultsStandIns } = parsed.content;
        const { workloads, positions, diagnostics } = await withJobSpecs(
          file,
          absolute,
          parsed.content.workloads,
          parsed.content.positions,
          this.specFiles,
          this.options.cache
        );
        this.diagnostics.push(...diagnostics);
        const loaded = {
          file,
          absolute,
          envelope,
          workloads,
          positions,
          strayNames,
          ...parsed.content.broken ? { broken: true } : {},
          ...defaultsStandIns === void 0 || defaultsStandIns.length === 0 ? {} : { defaultsStandIns },
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
        const dir = posix4.dirname(from.absolute);
        const globbed = await Promise.all(
          plans.map(async (plan2) => plan2.action === "glob" ? this.glob(plan2.pattern, dir, from) : void 0)
        );
        const toRead = plans.flatMap((plan2, index) => {
          if (plan2.action === "read") return [plan2.path];
          const found = globbed[index];
          return found !== void 0 && "files" in found ? found.files : [];
        });
        this.prefetch(toRead.filter((path) => !this.loadedFrom.has(path)));
        for (const [index, plan2] of plans.entries()) {
          const at = from.positions.find(["include", index]);
          if (plan2.action === "refuse") {
            this.report(from.file, at, plan2.message);
            continue;
          }
          const included = plan2.action === "read" ? { files: [plan2.path] } : globbed[index] ?? { files: [] };
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
            await this.load(match, from, chain, { at, pattern: plan2.pattern });
          }
        }
      }
    };
  }
});

// src/config/diagnostics.ts
function problemCount(diagnostics) {
  return diagnostics.reduce((sum, d) => sum + (d.count ?? 1), 0);
}
function problemsText(diagnostics) {
  const n = problemCount(diagnostics);
  return `${n.toLocaleString("en-US")} problem${n === 1 ? "" : "s"}`;
}
function formatDiagnostic(d) {
  const file = printable2(d.file);
  const message = printable2(d.message);
  return inert(d.line > 0 ? `${file}:${d.line}:${d.column}: ${message}` : `${file}: ${message}`);
}
function byPosition(a, b) {
  return a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column;
}
function moreProblemsText(count2) {
  return `and ${count2.toLocaleString("en-US")} more problem${count2 === 1 ? "" : "s"} in this file, not listed: fix these first`;
}
function capPerFile(sorted) {
  const out = [];
  let file;
  let listed = 0;
  let hidden;
  const flush = () => {
    if (hidden !== void 0) {
      const { first, count: count2 } = hidden;
      out.push({ file: first.file, line: first.line, column: first.column, message: moreProblemsText(count2), count: count2 });
    }
    hidden = void 0;
  };
  for (const d of sorted) {
    if (d.file !== file) {
      flush();
      file = d.file;
      listed = 0;
    }
    if (d.count === void 0 && listed < MAX_PROBLEMS_PER_FILE2) {
      out.push(d);
      listed++;
    } else if (hidden === void 0) hidden = { first: d, count: d.count ?? 1 };
    else hidden.count += d.count ?? 1;
  }
  flush();
  return out;
}
var MAX_PROBLEMS_PER_FILE2;
var init_diagnostics = __esm({
  "src/config/diagnostics.ts"() {
    "use strict";
    init_printable();
    MAX_PROBLEMS_PER_FILE2 = 100;
  }
});

// src/init/starter.ts
function scannedFormat(path, text2) {
  const lower = path.toLowerCase();
  if (/(?:^|\/)carbon-budget[^/]*\.ya?ml$/.test(lower)) return void 0;
  if (/\.(?:sbatch|slurm|sh)$/.test(lower)) return /^#SBATCH\s/m.test(text2) ? "slurm" : void 0;
  if (lower.endsWith(".tf")) return "terraform";
  if (!/\.ya?ml$/.test(lower)) return void 0;
  if (/^apiVersion:\s*\S/m.test(text2) && /^kind:\s*\S/m.test(text2)) return "kubernetes";
  if (/^resources:\s*$/m.test(text2) && /^\s+(?:accelerators|instance_type|infra|cloud):/m.test(text2)) return "skypilot";
  return void 0;
}
async function scanSpecs(files, adapterFor) {
  const found = [];
  const unresolved = [];
  const unreadable = [];
  for (const { file, text: text2 } of files) {
    const format = scannedFormat(file, text2);
    const adapter = format === void 0 ? void 0 : adapterFor(format);
    if (format === void 0 || adapter === void 0) continue;
    const reading = await adapter(text2, file);
    const problems = problemsFor(reading, void 0);
    const workloads = resourcesFor(reading, void 0);
    if (problems.length > 0) {
      unreadable.push(...problems);
      continue;
    }
    if (workloads.length > 0) found.push({ file, format, workloads });
    for (const w of reading.workloads)
      if (w.pickOnly === "unresolved")
        unresolved.push({ from: `${file}#${w.name}`, why: w.notes.filter((note) => note.includes("give `instance`")) });
  }
  return { found, unresolved, unreadable };
}
function kindOf(format, w) {
  if (format === "terraform") return "inference";
  return format === "kubernetes" && SERVING_KINDS.test(w.name) ? "inference" : "training";
}
function scalar(text2) {
  return /^[A-Za-z0-9_][A-Za-z0-9_./#-]*$/.test(text2) && !/^(?:true|false|null|yes|no|on|off|~)$/i.test(text2) ? text2 : JSON.stringify(text2);
}
function starterFile(found) {
  const lines = [...HEADER, "workloads:"];
  const names = /* @__PURE__ */ new Set();
  let todos = 0;
  for (const { file, format, workloads } of found) {
    for (const w of workloads) {
      const kind = kindOf(format, w);
      const base = w.name.replace(/^[A-Za-z]+\//, "");
      let name = base;
      for (let n = 2; names.has(name); n++) name = `${base}-${n}`;
      names.add(name);
      const from = workloads.length > 1 ? `${file}#${w.name}` : file;
      const given = Object.keys(w.fields);
      lines.push(
        `  - name: ${scalar(name)}`,
        `    kind: ${kind}`,
        `    from: ${scalar(from)} # gives ${given.join(", ") || "nothing"}`
      );
      const needed = [
        ...w.fields.accelerator === void 0 && w.fields.instance === void 0 ? ["accelerator"] : [],
        ...w.fields.count === void 0 ? ["count"] : [],
        ...kind === "training" && w.fields.hours === void 0 ? ["hours"] : [],
        ...kind === "inference" ? ["period"] : [],
        ...w.fields.region === void 0 ? ["region"] : []
      ];
      for (const field of needed) lines.push(`    ${TODO[field] ?? `${field}: # TODO`}`);
      for (const note of w.notes) lines.push(`    # ${note.replace(/[\r\n]+/g, " ")}`);
      todos += needed.length;
    }
  }
  return { text: lines.join("\n") + "\n", todos };
}
var SERVING_KINDS, TODO, HEADER;
var init_starter = __esm({
  "src/init/starter.ts"() {
    "use strict";
    init_job_spec();
    SERVING_KINDS = /^(?:Deployment|StatefulSet|ReplicaSet|InferenceService|LeaderWorkerSet|RayService)\//;
    TODO = {
      hours: "hours: # TODO how long one run takes, e.g. 72 (hours) or 3d",
      period: "period: # TODO the span the service is estimated over, e.g. 30d",
      region: "region: # TODO where it runs, e.g. aws:us-east-1, gcp:europe-west4 or country:FR",
      accelerator: "accelerator: # TODO the accelerator model; `carbon-budget catalog accelerators` lists them",
      count: "count: # TODO how many accelerators run at once"
    };
    HEADER = [
      "# carbon-budget.yml, written by `carbon-budget init` from the job specs found in this repository.",
      "#",
      "# Each workload below takes its accelerators, how many, and (where the spec says it) the region",
      "# from the file named in `from:`. When a pull request changes that file, the estimate follows.",
      "# Anything written here overrides the spec.",
      "#",
      "# Lines marked TODO are what the spec does not say: fill each one in. Until then",
      "# `carbon-budget estimate` stops at them, naming each field that is still empty.",
      "# Add a budget when you know the figures, e.g. `budgets: { total: 10 t }`.",
      "# Reference: docs/job-specs.md and docs/workload-file.md of carbon-budget."
    ];
  }
});

// src/init/init-command.ts
var init_command_exports = {};
__export(init_command_exports, {
  init: () => init
});
import { closeSync as closeSync3, openSync as openSync3, writeSync } from "node:fs";
import { posix as posix8 } from "node:path";
async function init(root, target, source) {
  const lines = [];
  const matches = (await source.glob(CANDIDATES, root, root)).filter(
    (p) => !SKIPPED_DIRECTORIES.test(posix8.relative(root, p)) && p !== target
  );
  const files = [];
  for (const path of matches.slice(0, MAX_CANDIDATES)) {
    const text3 = await source.read(path, root);
    if (typeof text3 === "string") files.push({ file: displayPath(root, path), text: text3 });
  }
  const { adapterFor } = await loadAdapters();
  const { found, unresolved, unreadable } = await scanSpecs(files, adapterFor);
  const problems = unreadable.map(formatDiagnostic);
  if (matches.length > MAX_CANDIDATES)
    lines.push(
      `scanned the first ${MAX_CANDIDATES.toLocaleString("en-US")} of ${matches.length.toLocaleString("en-US")} files`
    );
  if (found.length === 0) {
    lines.push(
      "carbon-budget init: found no SkyPilot task, Kubernetes manifest, Slurm script or Terraform resource that asks for accelerators."
    );
    lines.push(
      "Write carbon-budget.yml by hand (docs/workload-file.md), or name a spec with `from:` (docs/job-specs.md)."
    );
    lines.push(...unresolvedLines(unresolved));
    return { written: false, lines, unreadable: problems };
  }
  lines.push("carbon-budget init: found these job specs:");
  for (const f of found)
    for (const w of f.workloads) lines.push(`  ${printable2(f.file)}: ${f.format} ${printable2(w.name)}`);
  lines.push(...unresolvedLines(unresolved));
  const { text: text2, todos } = starterFile(found);
  const shown = displayPath(root, target);
  let fd;
  try {
    fd = openSync3(target, "wx");
  } catch (error2) {
    const exists = error2.code === "EEXIST";
    const why = exists ? `${shown} exists already; init never overwrites it: move it away, or write elsewhere with --output` : `could not write ${shown}: ${error2.message}`;
    return { written: false, lines, unreadable: problems, error: printable2(why) };
  }
  try {
    writeSync(fd, text2);
  } finally {
    closeSync3(fd);
  }
  lines.push(
    `Wrote ${printable2(shown)}: ${todos} field${todos === 1 ? "" : "s"} marked TODO to fill in (what the specs do not say), then run \`carbon-budget estimate\`.`
  );
  return { written: true, lines, unreadable: problems };
}
function unresolvedLines(unresolved) {
  if (unresolved.length === 0) return [];
  return [
    "These may ask for accelerators, by an instance type carbon-budget cannot resolve; to estimate one, add a workload with its `from` and `instance`:",
    ...unresolved.slice(0, 20).map((u) => `  from: ${printable2(u.from)}${u.why.length === 0 ? "" : ` (${printable2(u.why.join("; "))})`}`),
    ...unresolved.length > 20 ? [`  and ${unresolved.length - 20} more`] : []
  ];
}
var CANDIDATES, MAX_CANDIDATES, SKIPPED_DIRECTORIES;
var init_init_command = __esm({
  "src/init/init-command.ts"() {
    "use strict";
    init_diagnostics();
    init_job_spec_fields();
    init_load();
    init_printable();
    init_starter();
    CANDIDATES = "**/*.{yaml,yml,sbatch,slurm,sh,tf}";
    MAX_CANDIDATES = 5e3;
    SKIPPED_DIRECTORIES = /(?:^|\/)(?:node_modules|vendor|\.venv|venv|dist|build)\//;
  }
});

// src/bin/heap-growth.ts
var v8 = process.getBuiltinModule("node:v8");
v8.setFlagsFromString("--semi-space-growth-factor=1");
v8.setFlagsFromString("--heap-growing-percent=100");

// src/bin/wasm-baseline.ts
var v82 = process.getBuiltinModule("node:v8");
v82.setFlagsFromString("--no-wasm-tier-up");
v82.setFlagsFromString("--no-wasm-dynamic-tiering");

// src/cli.ts
import { dirname as dirname3, resolve as resolve3 } from "node:path";
import { parseArgs as parseArgs2 } from "node:util";

// src/adapters/model-card-command.ts
import { dirname as dirname2, resolve as resolve2 } from "node:path";
import { parseArgs } from "node:util";

// src/adapters/evidence.ts
init_file_source();
init_include_plan();
init_load();
import { posix as posix5 } from "node:path";
var MAX_MEASURED_FILES = 1e3;
function plan(pattern, field, from, root, extension) {
  const subject = `\`${field}\``;
  const unusable = unusablePath(pattern, subject);
  if (unusable !== void 0) return { refuse: unusable };
  if (pattern.startsWith("/") || /^[A-Za-z]:[\\/]/.test(pattern))
    return { refuse: `${subject} \`${pattern}\` is an absolute path; write it relative to ${from.file}` };
  const dir = posix5.dirname(from.absolute);
  const outside2 = `${subject} \`${pattern}\` points outside the repository; carbon-budget reads only files inside it`;
  if (GLOB_CHARS.test(pattern)) {
    if (field === "reported") return { refuse: `${subject} names one model card (a README.md), not a glob` };
    const expanded = expandBraces(pattern);
    const malformed = malformedGlob(pattern);
    if (expanded === void 0 || malformed !== void 0)
      return { refuse: `${subject} \`${pattern}\` ${malformed ?? "stands for too many patterns through its braces"}` };
    for (const one of expanded) {
      const path2 = posix5.normalize(posix5.join(dir, one));
      if (isOutside(root, path2)) return { refuse: outside2 };
      const parent = dotDotStep(one);
      if (parent !== void 0) return { refuse: `${subject} \`${pattern}\` ${parent}` };
      if (posix5.relative(root, path2).split("/").some(stepMayBeGit))
        return { refuse: `${subject} \`${pattern}\` could match files under .git/, which carbon-budget never reads` };
    }
    return { glob: pattern };
  }
  const path = posix5.normalize(posix5.join(dir, pattern));
  if (isOutside(root, path)) return { refuse: outside2 };
  if (isUnderGit(posix5.relative(root, path)) || !extension.test(path))
    return {
      refuse: field === "reported" ? `${subject} \`${pattern}\` must name a model card, a .md file (README.md)` : `${subject} \`${pattern}\` must name CodeCarbon's .csv files (emissions.csv)`
    };
  return { read: path };
}
function foreignProblem(problem, what) {
  switch (problem.problem) {
    case "missing":
      return "no such file";
    case "directory":
      return `is a directory, not ${what}`;
    case "too-big":
      return `is ${formatBytes(problem.bytes ?? MAX_FILE_BYTES + 1)}; carbon-budget reads at most 1 MB (${MAX_FILE_BYTES.toLocaleString("en-US")} bytes) of ${what}`;
    default:
      return problemText(problem);
  }
}
function countsMeasured(file) {
  for (let f = file; f !== void 0; f = f.parent) {
    const counts = f.envelope.budgets?.counts;
    if (counts !== void 0) return counts === "measured";
  }
  return false;
}
function onePerRun(runs) {
  const last = /* @__PURE__ */ new Map();
  for (const r of runs) if (r.run.runId !== void 0) last.set(r.run.runId, r);
  return runs.filter((r) => r.run.runId === void 0 || last.get(r.run.runId) === r);
}
var EvidenceReader = class {
  constructor(root, source, adapters2) {
    this.root = root;
    this.source = source;
    this.adapters = adapters2;
  }
  root;
  source;
  adapters;
  diagnostics = [];
  texts = /* @__PURE__ */ new Map();
  csvs = /* @__PURE__ */ new Map();
  read(path) {
    let text2 = this.texts.get(path);
    if (text2 === void 0) {
      text2 = this.source.read(path, this.root);
      this.texts.set(path, text2);
    }
    return text2;
  }
  /** Says a problem where the workload names the file; nothing to return then. */
  problem(at, message) {
    this.diagnostics.push({ ...at, message });
  }
  /** A file's text, or undefined once its problem is said where the workload names it. */
  async text(path, field, at, what) {
    const read = await this.read(path);
    if (typeof read === "string") return read;
    const shown = displayPath(this.root, path);
    if (read.problem === "encoding")
      this.diagnostics.push({
        file: shown,
        line: read.line ?? 0,
        column: read.column ?? 0,
        message: problemText(read)
      });
    else this.problem(at, `\`${field}\`: ${shown} ${foreignProblem(read, what)}`);
    return void 0;
  }
  async reported(request) {
    const written = request.entry.kind === "training" ? request.entry.reported : void 0;
    if (written === void 0) return void 0;
    const at = sourceRef(request.file, ["workloads", request.index, "reported"]);
    const planned = plan(written, "reported", request.file, this.root, /\.(?:md|markdown)$/i);
    if ("refuse" in planned) {
      this.problem(at, planned.refuse);
      return void 0;
    }
    if (!("read" in planned)) return void 0;
    const text2 = await this.text(planned.read, "reported", at, "a model card");
    if (text2 === void 0) return void 0;
    const file = displayPath(this.root, planned.read);
    const reading = this.adapters.readModelCard(text2, file);
    this.diagnostics.push(...reading.diagnostics);
    const f = reading.figure;
    if (f === void 0) return void 0;
    const figure = {
      co2eKg: f.grams / 1e3,
      at: { file, line: f.line, column: f.column }
    };
    if (f.source !== void 0) figure.source = f.source;
    if (f.trainingType !== void 0) figure.trainingType = f.trainingType;
    if (f.geographicalLocation !== void 0) figure.geographicalLocation = f.geographicalLocation;
    if (f.hardwareUsed !== void 0) figure.hardwareUsed = f.hardwareUsed;
    return figure;
  }
  runsOf(path, at) {
    let runs = this.csvs.get(path);
    if (runs === void 0) {
      runs = this.text(path, "measured", at, "a CodeCarbon CSV file").then((text2) => {
        if (text2 === void 0) return void 0;
        const reading = this.adapters.readCodeCarbon(text2, displayPath(this.root, path));
        this.diagnostics.push(...reading.diagnostics);
        return reading.diagnostics.length > 0 ? void 0 : reading.runs;
      });
      this.csvs.set(path, runs);
    }
    return runs;
  }
  async measured(request) {
    const written = request.entry.measured;
    if (written === void 0) return void 0;
    const spec = typeof written === "string" ? { file: written } : written;
    const field = typeof written === "string" ? ["measured"] : ["measured", "file"];
    const at = sourceRef(request.file, ["workloads", request.index, ...field]);
    const planned = plan(spec.file, "measured", request.file, this.root, /\.csv$/i);
    if ("refuse" in planned) {
      this.problem(at, planned.refuse);
      return void 0;
    }
    let paths;
    if ("read" in planned) paths = [planned.read];
    else {
      let matches;
      try {
        matches = await this.source.glob(planned.glob, posix5.dirname(request.file.absolute), this.root);
      } catch (error2) {
        if (!(error2 instanceof TypeError || error2 instanceof SyntaxError)) throw error2;
        this.problem(at, `\`measured\` \`${spec.file}\` is not a glob carbon-budget can read`);
        return void 0;
      }
      paths = matches.filter(
        (m) => /\.csv$/i.test(m) && !isOutside(this.root, m) && !isUnderGit(posix5.relative(this.root, m))
      );
      const tooMany = paths.length > MAX_MEASURED_FILES;
      if (paths.length === 0 || tooMany) {
        this.problem(
          at,
          tooMany ? `\`measured\` \`${spec.file}\` matches ${paths.length.toLocaleString("en-US")} files; carbon-budget reads at most ${MAX_MEASURED_FILES.toLocaleString("en-US")}: name fewer` : `\`measured\` \`${spec.file}\` matches no .csv file (paths are relative to ${request.file.file})`
        );
        return void 0;
      }
    }
    const read = await Promise.all(paths.map((p) => this.runsOf(p, at)));
    if (read.some((runs2) => runs2 === void 0)) return void 0;
    const runs = onePerRun(read.flatMap((r, i) => (r ?? []).map((run2) => ({ run: run2, path: paths[i] ?? "" }))));
    const kept = runs.filter(
      ({ run: run2 }) => (spec.project === void 0 || run2.project === spec.project) && (spec.experiment === void 0 || run2.experiment === spec.experiment)
    );
    const first = kept[0];
    if (first === void 0) {
      const filter = [
        spec.project === void 0 ? "" : `project \`${spec.project}\``,
        spec.experiment === void 0 ? "" : `experiment \`${spec.experiment}\``
      ].filter((f) => f !== "").join(" and ");
      const projects = [...new Set(runs.map(({ run: run2 }) => run2.project).filter((p) => p !== void 0))].slice(0, 10);
      const there = projects.length === 0 ? "" : ` (projects there: ${projects.map((p) => `\`${p}\``).join(", ")})`;
      this.problem(
        at,
        runs.length === 0 ? `\`measured\`: ${spec.file} holds no run yet: a measurement of nothing would count as zero` : `\`measured\`: no run of ${filter} in ${spec.file}${there}`
      );
      return void 0;
    }
    const pues = new Set(kept.map(({ run: run2 }) => run2.pue));
    const durations = kept.map(({ run: run2 }) => run2.durationS);
    const figure = {
      energyKwh: kept.reduce((sum, { run: run2 }) => sum + run2.energyKwh, 0),
      co2eKg: kept.reduce((sum, { run: run2 }) => sum + run2.co2eKg, 0),
      runs: kept.length,
      files: [...new Set(kept.map(({ path }) => displayPath(this.root, path)))],
      at: { file: displayPath(this.root, first.path), line: first.run.line, column: 1 },
      locations: [...new Set(kept.flatMap(({ run: run2 }) => run2.location === void 0 ? [] : [run2.location]))],
      grid: typeof written === "string" ? "codecarbon" : written.grid ?? "codecarbon"
    };
    if (durations.every((d) => d !== void 0)) figure.durationHours = durations.reduce((sum, d) => sum + d, 0) / 3600;
    const [pue2] = pues;
    if (pues.size === 1 && pue2 !== void 0) figure.pue = pue2;
    if (spec.project !== void 0) figure.project = spec.project;
    if (spec.experiment !== void 0) figure.experiment = spec.experiment;
    return figure;
  }
};
async function readEvidence(files, options) {
  const requests = [];
  for (const file of files)
    for (const { index, entry } of file.workloads)
      if (entry.measured !== void 0 || entry.kind === "training" && entry.reported !== void 0)
        requests.push({ file, index, entry });
  if (requests.length === 0) return { evidence: /* @__PURE__ */ new Map(), diagnostics: [] };
  const adapters2 = await import("./foreign-files.js");
  const reader = new EvidenceReader(options.root, options.source, adapters2);
  const evidence = /* @__PURE__ */ new Map();
  for (const request of requests) {
    const [reported, measured2] = await Promise.all([reader.reported(request), reader.measured(request)]);
    const found = {
      countsMeasured: countsMeasured(request.file)
    };
    if (reported !== void 0) found.reported = reported;
    if (measured2 !== void 0) found.measured = measured2;
    evidence.set(request.entry.name, found);
  }
  return { evidence, diagnostics: reader.diagnostics };
}

// src/budget/counted.ts
function measuredKg(estimate2, measured2) {
  return measured2.grid === "workload" ? measured2.energyKwh * estimate2.workload.intensity.gPerKwh / 1e3 : measured2.co2eKg;
}
function countsMeasured2(evidence) {
  return evidence?.countsMeasured === true && evidence.measured !== void 0;
}
function countedEstimates(estimates, evidence) {
  if (evidence.size === 0) return estimates;
  return estimates.map((e) => {
    const found = evidence.get(e.workload.name);
    return countsMeasured2(found) ? { ...e, co2eKg: measuredKg(e, found.measured) } : e;
  });
}

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
  const share2 = usedKg / budget2.limitKg;
  return share2 > 1 + TOLERANCE ? "over" : share2 >= budget2.warnAt - TOLERANCE ? "warn" : "ok";
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

// src/analyse.ts
init_cached();

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

// src/analyse.ts
init_diagnostics();
init_load();

// src/config/resolve.ts
init_cached();

// src/config/budgets.ts
init_printable();
init_load();
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
      message: `budget \`${printable2(budget2.name)}\`: ${String(Number(budget2.limitKg.toPrecision(3)))} kg is below 1 gCO2e: check the unit (\`800 kg\`, \`25 t\`)`
    });
  }
  return { budgets: budgets.sort((a, b) => SCOPE_ORDER[a.scope] - SCOPE_ORDER[b.scope]), diagnostics };
}
var SCOPE_ORDER = { total: 0, increase: 1, file: 2, workload: 3 };
function isWithin(file, ancestor) {
  for (let f = file; f !== void 0; f = f.parent) if (f === ancestor) return true;
  return false;
}

// src/config/resolve.ts
init_catalog_names();

// src/config/inherit.ts
function nestPlacement(outer, level) {
  if (level.region !== void 0) return { region: level.region, intensity: level.intensity };
  if (level.intensity !== void 0) return { region: outer.region, intensity: level.intensity };
  return outer;
}
function inherit(parent, own2, warn, ownStandIns = []) {
  const base = parent ?? { placement: {} };
  const standIns = [...stillStandingIn(base.standIns ?? [], own2 ?? {}), ...ownStandIns];
  return {
    placement: own2 === void 0 ? base.placement : nestPlacement(base.placement, own2),
    year: own2?.year ?? base.year,
    pue: own2?.pue ?? base.pue,
    utilization: own2?.utilization ?? base.utilization,
    period: own2?.period ?? base.period,
    warn: warn ?? base.warn,
    ...standIns.length === 0 ? {} : { standIns }
  };
}
function stillStandingIn(standIns, own2) {
  const set2 = own2;
  return standIns.filter((field) => set2[field] === void 0 && !(field === "intensity" && set2.region !== void 0));
}

// src/config/resolve.ts
init_job_spec_fields();
init_load();

// src/config/resolve-workload.ts
init_cached();

// src/catalog/data/embodied.ts
var BLOOM_EMBODIED = {
  acceleratorKg: 150,
  serverKg: 2500,
  acceleratorsPerServer: 8,
  lifetimeYears: 6,
  usage: 0.85,
  source: "Luccioni et al. 2023 (BLOOM): 150 kgCO2e per A100 (a lower-bound estimate), 2,500 kgCO2e per server (HPE ProLiant DL345 Gen10 Plus life-cycle assessment, without GPUs), 6-year life and 85% usage (IDRIS)",
  url: "https://arxiv.org/abs/2211.02001",
  device: "NVIDIA A100",
  appliesTo: (id) => id.startsWith("nvidia-a100-")
};
function embodiedNote(acceleratorId, acceleratorName) {
  const b = BLOOM_EMBODIED;
  if (acceleratorId !== void 0 && b.appliesTo(acceleratorId)) return void 0;
  const device = acceleratorName ?? "an accelerator the workload does not name";
  return `the ${b.device} figure (${b.acceleratorKg} kg), used for ${device}, for which the catalog has no published figure`;
}

// src/config/resolve-workload.ts
init_grid_intensity_source();

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
    value: 1.09,
    source: 'Google 2026 Environmental Report: "a 2025 average annual PUE of 1.09 for our global data center fleet" (1.09 in 2024 too, per the 2025 report); secondary: read in a verbatim transcription of the report',
    url: "https://sustainability.google/google-2026-environmental-report",
    year: 2025
  },
  aws: {
    value: 1.14,
    source: 'Amazon Sustainability, AWS Cloud: "In 2025, our data centers reported an average global PUE of 1.14 which is an improvement compared to 1.15 reported in 2024"',
    url: "https://sustainability.aboutamazon.com/environment/the-cloud/asdi",
    year: 2025
  },
  azure: {
    value: 1.185,
    source: "Microsoft sustainability team: fleet-wide trailing 12-month PUE, as quoted in the Cloud Carbon Footprint methodology, undated; no dated fleet-wide figure was found in Microsoft's own text (its datacenter efficiency page gives PUE by geography as images)",
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

// src/config/resolve-workload.ts
init_intensity();
init_regions();

// src/config/demand.ts
init_inference_tasks();
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
    if (count2 === void 0) {
      const counted = entry.instance === void 0 ? "accelerators" : "instances";
      problems.push({ path: [], message: `needs \`count\`, the number of ${counted} running for \`hours\`` });
    } else deviceHours = count2 * entry.hours;
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
var NEEDS_PERIOD = {
  path: [],
  message: "needs `period`, the horizon the rate is summed over (e.g. `365d`), here or in `defaults`"
};
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
    if (period2 === void 0) problems.push(NEEDS_PERIOD);
    return void 0;
  }
  if (modes.length > 1) {
    problems.push({
      path: [],
      message: `describes the load in more than one way (${modes.join(" and ")}): keep one, or split it into two workloads`
    });
    if (period2 === void 0 && modes.every((m) => m !== "fleet")) problems.push(NEEDS_PERIOD);
    return void 0;
  }
  if (modes[0] === "fleet") {
    const power2 = devicePower(entry, devices, inherited, problems);
    if (power2 === void 0) problems.push({ path: [], message: "a serving fleet needs `accelerator` or `power`" });
    if (count2 === void 0) {
      const counted = entry.instance === void 0 ? "accelerators" : "instances";
      problems.push({ path: [], message: `a serving fleet needs \`count\`, the number of ${counted} serving` });
    }
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
  const energy = declared ?? (task === void 0 ? void 0 : task.whPerRequest / 1e3);
  if (rate === void 0)
    problems.push({ path: [], message: `needs \`${unit}s\`, the ${unit} rate (e.g. \`2M/day\`)` });
  if (energy === void 0)
    problems.push({
      path: [],
      message: `needs \`energy-per-${unit}\` (e.g. \`0.3 Wh\`)` + (unit === "request" ? ", or a `task` for a default" : "")
    });
  if (period2 === void 0) problems.push(NEEDS_PERIOD);
  if (rate === void 0 || energy === void 0 || period2 === void 0) return void 0;
  const fromTask = declared === void 0 && task !== void 0 && entry.task !== void 0 ? {
    task: {
      id: entry.task,
      label: task.label,
      source: task.source.title,
      url: task.source.url,
      citation: task.source.citation,
      year: task.source.year,
      boundary: task.boundary,
      includes: task.includes
    }
  } : {};
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
  const pue2 = resolvePue(entry, inherited, placement2.region, demand, problems);
  if (pue2 === void 0) return void 0;
  workload.pue = pue2;
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
function resolvePue(entry, inherited, location, demand, problems) {
  const task = demand.type === "per-unit" ? demand.task : void 0;
  if (task?.boundary === "facility") {
    if (entry.pue !== void 0) {
      problems.push({
        path: ["pue"],
        key: true,
        message: `the default for \`task: ${task.id}\` (${task.citation}) already includes the data centre's overhead, so no PUE is applied to it: remove \`pue\`, or give a measured \`energy-per-request\` for it to apply to`
      });
      return void 0;
    }
    return {
      value: 1,
      basis: "in-task-default",
      source: `included in the default for ${task.id} (${task.citation})`,
      url: task.url,
      year: task.year
    };
  }
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
  const resolved = files.map((file) => {
    const names = lookUpNames(file, cache);
    diagnostics.push(...names.problems);
    const defaults = names.defaults;
    const parent = file.parent === void 0 ? void 0 : inherited.get(file.parent);
    const standIns = [...file.defaultsStandIns ?? [], ...defaults.standIns ?? []];
    const own2 = inherit(
      parent,
      { ...file.envelope.defaults, region: defaults.region },
      file.envelope.budgets?.warn,
      standIns
    );
    inherited.set(file, own2);
    const workloads = resolveFile(file, own2, declared, cache, diagnostics);
    return { file, budgets: file.envelope.budgets, warn: own2.warn, workloads };
  });
  const budgets = listBudgets(resolved);
  return {
    workloads: resolved.flatMap((f) => f.workloads),
    budgets: budgets.budgets,
    diagnostics: [...diagnostics, ...budgets.diagnostics]
  };
}
function resolveFile(file, inherited, declared, cache, diagnostics) {
  const key = `${file.file}
${JSON.stringify(inherited)}`;
  const reused = cache.resolvedFiles.get(file.workloads)?.get(key);
  if (reused !== void 0 && reused.workloads.every(({ workload }) => !declared.has(workload.name))) {
    for (const { workload, declared: at } of reused.workloads) declared.set(workload.name, at);
    return reused.workloads.map(({ workload }) => workload);
  }
  const problemsBefore = diagnostics.length;
  const names = workloadNames(file, cache, diagnostics);
  const resolved = [];
  for (const [i, { index, entry, standIns: own2, spec }] of file.workloads.entries()) {
    const named = names[i];
    if (named === void 0) continue;
    const base = ["workloads", index];
    const at = (path, key2 = false) => sourceRef(file, [...base, ...path], key2);
    const earlier = declared.get(entry.name);
    const problems = earlier === void 0 ? [] : [duplicateName(earlier())];
    const workload = resolveWorkload(entry, named, inherited, at, cache, problems);
    const standIns = /* @__PURE__ */ new Set([
      ...own2 ?? [],
      ...named.standIns ?? [],
      ...stillStandingIn(inherited.standIns ?? [], entry)
    ]);
    const who = spec === void 0 ? `workload \`${entry.name}\`` : `workload \`${entry.name}\` (from ${spec.file})`;
    for (const problem of problems) {
      if (standIns.size > 0 && concernsStandIn(problem, standIns)) continue;
      const hint = spec === void 0 || problem.path.length > 0 ? "" : specHint(spec);
      diagnostics.push({ ...at(problem.path, problem.key), message: `${who}: ${problem.message}${hint}` });
    }
    if (workload !== void 0 && spec !== void 0) workload.spec = spec;
    const nameAt = () => at(["name"]);
    if (earlier === void 0) declared.set(entry.name, nameAt);
    if (workload !== void 0 && standIns.size === 0) resolved.push({ workload, declared: nameAt });
  }
  if (diagnostics.length === problemsBefore && resolved.length === file.workloads.length) {
    cached(cache.resolvedFiles, file.workloads, () => /* @__PURE__ */ new Map()).set(key, {
      workloads: resolved
    });
  }
  return resolved.map(({ workload }) => workload);
}
function concernsStandIn(problem, standIns) {
  const first = problem.path[0];
  if (first === void 0) return false;
  if (standIns.has(String(first))) return true;
  for (const field of standIns) if (problem.message.includes(`\`${field}\``)) return true;
  return false;
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

// src/estimate/alternatives.ts
init_cloud_regions();
init_grid_intensity_source();
init_intensity();
init_cached();
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
init_printable();
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
    const perUnit2 = (x) => x * 1e3 / (e.units ?? 1) * per;
    if (bad(perUnit2(e.co2eKg)) || bad(perUnit2(e.embodiedKg ?? 0)) || bad(perUnit2(e.energyKwh)))
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
        message: `workload \`${printable2(e.workload.name)}\`: cannot compute ${figure}, ${TOO_LARGE}: ${CHECK}`
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
        message: `budget \`${printable2(b.budget.name)}\`: cannot compute what it covers, ${TOO_LARGE}: ${CHECK}`
      });
    else if (bad(b.share) || bad(b.excessKg)) {
      problems.push({
        ...b.budget.at,
        message: `budget \`${printable2(b.budget.name)}\`: its limit is too small to compare with (${b.budget.limitKg.toPrecision(3)} kg): ${CHECK}`
      });
    }
  }
  return problems;
}

// src/report/format.ts
function remembered(format) {
  const written = /* @__PURE__ */ new Map();
  return (value) => {
    if (value === 0) return format.format(value);
    let text2 = written.get(value);
    if (text2 === void 0) {
      if (written.size >= 2e4) written.clear();
      text2 = format.format(value);
      written.set(value, text2);
    }
    return text2;
  };
}
var byFractionDigits = /* @__PURE__ */ new Map();
function toFractionDigits(value, digits) {
  let format = byFractionDigits.get(digits);
  if (format === void 0) {
    format = remembered(new Intl.NumberFormat("en-US", { minimumFractionDigits: 0, maximumFractionDigits: digits }));
    byFractionDigits.set(digits, format);
  }
  return format(value);
}
var tenSignificantDigits = remembered(new Intl.NumberFormat("en-US", { maximumSignificantDigits: 10 }));
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
function formatPercent(share2) {
  return `${formatNumber(share2 * 100)}%`;
}
function formatApprox(value) {
  return threeSignificantDigits(value);
}
var threeSignificantDigits = remembered(new Intl.NumberFormat("en-US", { maximumSignificantDigits: 3 }));
function formatExact(value) {
  return tenSignificantDigits(value);
}
function formatCount(value, noun, plural = `${noun}s`) {
  return `${formatExact(value)} ${value === 1 ? noun : plural}`;
}
function isRound(value) {
  return Math.abs(value - Number(value.toPrecision(6))) <= 1e-9 * Math.abs(value);
}
var RATE_UNITS = [
  { per: "h", hours: 1, period: "h", periods: "h" },
  { per: "day", hours: 24, period: "day", periods: "days" },
  { per: "s", hours: 1 / 3600, period: "s", periods: "s" },
  { per: "min", hours: 1 / 60, period: "min", periods: "min" },
  { per: "week", hours: 168, period: "week", periods: "weeks" },
  { per: "month", hours: 730, period: "month", periods: "months" },
  { per: "year", hours: 8760, period: "year", periods: "years" }
];
function formatRateOverPeriod(ratePerHour, periodHours) {
  const unit = RATE_UNITS.find((u) => isRound(ratePerHour * u.hours) && isRound(periodHours / u.hours)) ?? RATE_UNITS[0];
  const periods = periodHours / unit.hours;
  return `${formatExact(ratePerHour * unit.hours)}/${unit.per} x ${formatExact(periods)} ${unit.per === "h" || periods !== 1 ? unit.periods : unit.period}`;
}

// src/report/evidence.ts
function share(figure, estimate2) {
  return estimate2 > 0 ? figure / estimate2 - 1 : void 0;
}
function farApart(reportedKg, estimateKg) {
  if (estimateKg <= 0) return void 0;
  const ratio = reportedKg / estimateKg;
  if (ratio > 0.5 && ratio < 2) return void 0;
  if (ratio >= 1 / 3e3 && ratio <= 1 / 300)
    return `the card's figure is about 1/1,000 of the estimate: the Hub's \`co2_eq_emissions\` is in grams, and a card that wrote kilograms there shows a thousand times too little`;
  if (ratio >= 300 && ratio <= 3e3)
    return `the card's figure is about 1,000 times the estimate: check that the card wrote grams (and that the workload declares all of the run)`;
  return ratio >= 2 ? `the card's figure is ${formatNumber(ratio)} times the estimate: check the card's unit (grams) and the declaration` : `the card's figure is ${formatNumber(1 / ratio)} times smaller than the estimate: check the card's unit (grams) and the declaration`;
}
function reportedReport(e, r) {
  const out = { co2eKg: r.co2eKg };
  if (r.source !== void 0) out.source = r.source;
  out.file = r.at.file;
  out.line = r.at.line;
  if (r.trainingType !== void 0) out.trainingType = r.trainingType;
  if (r.geographicalLocation !== void 0) out.geographicalLocation = r.geographicalLocation;
  if (r.hardwareUsed !== void 0) out.hardwareUsed = r.hardwareUsed;
  const difference = share(r.co2eKg, e.co2eKg);
  if (difference !== void 0) out.differenceShare = difference;
  const note = farApart(r.co2eKg, e.co2eKg);
  if (note !== void 0) out.note = note;
  return out;
}
function measuredReport(e, m, counted) {
  const out = { energyKwh: m.energyKwh, co2eKg: m.co2eKg, runs: m.runs };
  out.file = m.at.file;
  out.line = m.at.line;
  out.files = m.files;
  if (m.durationHours !== void 0) out.durationHours = m.durationHours;
  if (m.pue !== void 0) out.pue = m.pue;
  out.locations = m.locations;
  if (m.project !== void 0) out.project = m.project;
  if (m.experiment !== void 0) out.experiment = m.experiment;
  if (m.grid === "workload") out.costed = { gPerKwh: e.workload.intensity.gPerKwh, co2eKg: measuredKg(e, m) };
  out.estimateEnergyKwh = m.pue !== void 0 && m.pue > 1 ? e.energyKwh : e.itEnergyKwh;
  const energy = share(m.energyKwh, out.estimateEnergyKwh);
  if (energy !== void 0) out.energyDifferenceShare = energy;
  const co2e = share(measuredKg(e, m), e.co2eKg);
  if (co2e !== void 0) out.co2eDifferenceShare = co2e;
  out.counted = counted;
  return out;
}
function withEvidence(report, estimates, evidence) {
  if (evidence.size === 0) return report;
  const byName2 = new Map(estimates.map((e) => [e.workload.name, e]));
  const workloads = report.workloads.map((w) => {
    const found = evidence.get(w.name);
    const e = byName2.get(w.name);
    if (found === void 0 || e === void 0) return w;
    const out = { ...w };
    if (found.reported !== void 0) out.reported = reportedReport(e, found.reported);
    if (found.measured !== void 0) out.measured = measuredReport(e, found.measured, countsMeasured2(found));
    return out;
  });
  return { ...report, workloads };
}
function percent(difference) {
  if (difference === void 0) return "";
  const value = difference * 100;
  if (Math.abs(value) < 0.05) return "\xB10%";
  return `${value > 0 ? "+" : "\u2212"}${formatNumber(Math.abs(value))}%`;
}
function evidenceSentences(w, show) {
  const out = [];
  const r = w.reported;
  if (r !== void 0) {
    const vs = r.differenceShare === void 0 ? "" : ` (${percent(r.differenceShare)} against the estimate)`;
    const source = r.source === void 0 ? "" : `, source ${show.text(r.source)}`;
    out.push(
      `${show.name(w.name)}: the model card ${show.code(`${r.file}:${r.line}`)} reports ${formatMass(r.co2eKg)}${vs}${source}${r.note === void 0 ? "" : `; note: ${show.text(r.note)}`}`
    );
  }
  const m = w.measured;
  if (m !== void 0) {
    const where2 = m.locations.length === 0 ? "" : ` in ${show.text(m.locations.slice(0, 3).join(", "))}`;
    const vs = m.co2eDifferenceShare === void 0 ? "" : ` (${percent(m.energyDifferenceShare)} energy, ${percent(m.co2eDifferenceShare)} CO2e against the estimate)`;
    const costed = m.costed === void 0 ? "" : `; at this workload's grid, ${formatEnergy(m.energyKwh)} x ${formatExact(m.costed.gPerKwh)} gCO2e/kWh = ` + formatMass(m.costed.co2eKg);
    const files = m.files.length === 1 ? show.code(m.file) : `${m.files.length} files from ${show.code(m.file)}`;
    out.push(
      `${show.name(w.name)}: measured ${formatEnergy(m.energyKwh)} and ${formatMass(m.co2eKg)} in ${m.runs.toLocaleString("en-US")} CodeCarbon run${m.runs === 1 ? "" : "s"}${where2} (${files})${costed}${vs}` + (m.counted ? "; budgets count this measured figure" : "")
    );
  }
  return out;
}
function evidenceLines(report, show, max, moreIn) {
  const shown = report.workloads.filter((w) => w.reported !== void 0 || w.measured !== void 0);
  const out = shown.slice(0, max).flatMap((w) => evidenceSentences(w, show));
  if (shown.length > max) out.push(`\u2026and ${(shown.length - max).toLocaleString("en-US")} more in ${moreIn}`);
  return out;
}

// src/report/job-spec-report.ts
function fromReport(spec) {
  return {
    file: spec.file,
    line: spec.at.line,
    column: spec.at.column,
    format: spec.format,
    resource: spec.resource,
    fields: spec.fields,
    notes: spec.notes
  };
}
var FORMAT_NAMES = {
  skypilot: "SkyPilot task",
  kubernetes: "Kubernetes",
  slurm: "Slurm script",
  terraform: "Terraform"
};
function fromText(from) {
  const gave = from.fields.length > 0 ? `gave ${from.fields.join(", ")}` : "gave no figure (all written here)";
  const notes = from.notes.length > 0 ? `; ${from.notes.join("; ")}` : "";
  return { where: `${from.file}:${from.line}`, what: `${FORMAT_NAMES[from.format]} ${from.resource}: ${gave}${notes}` };
}

// src/report/report.ts
init_grid_intensity_source();

// src/catalog/data/equivalences.ts
var DESNZ_2024 = "https://www.gov.uk/government/publications/greenhouse-gas-reporting-conversion-factors-2024";
var LHR_JFK_KM = 5540;
var LONG_HAUL_ECONOMY_WITH_RF_KG_PER_PKM = 0.20011;
var AVERAGE_CAR_UNKNOWN_FUEL_KG_PER_KM = 0.16691;
var EQUIVALENCES = [
  {
    id: "car-km",
    phrase: (n) => `${n} km driven by an average car`,
    kgPerUnit: AVERAGE_CAR_UNKNOWN_FUEL_KG_PER_KM,
    source: "UK DESNZ 2024 conversion factors, row 25_301_3074_4_1: Business travel- land > Cars (by size) > Average car > Unknown fuel, 0.16691 kg CO2e per km",
    url: DESNZ_2024,
    year: 2024,
    licence: "Open Government Licence v3.0"
  },
  {
    id: "flight-lhr-jfk-return",
    phrase: (n) => `${n} return flights London\u2013New York (economy, one passenger)`,
    kgPerUnit: 2 * LHR_JFK_KM * LONG_HAUL_ECONOMY_WITH_RF_KG_PER_PKM,
    source: "UK DESNZ 2024 conversion factors, row 21_316_3170_11_1: Business travel- air > Flights > Long-haul, to/from UK > Economy class > With RF, 0.20011 kg CO2e per passenger-km, x 2 x 5,540 km",
    url: DESNZ_2024,
    year: 2024,
    licence: "Open Government Licence v3.0"
  }
];

// src/report/report.ts
init_cached();
init_instances2();
init_regions();
var REPORT_SCHEMA_VERSION = 1;
function acceleratorsEach(perInstance) {
  return perInstance < 1 ? `${acceleratorsLabel(perInstance)} of an accelerator` : formatCount(perInstance, "accelerator");
}
function formula(e) {
  const { demand, pue: pue2, intensity: intensity2 } = e.workload;
  const energy = pue2.basis === "in-task-default" ? `= ${formatEnergy(e.energyKwh)} with the data centre's overhead (no PUE on top) ` : `= ${formatEnergy(e.itEnergyKwh)} IT x PUE ${formatExact(pue2.value)}${pueOrigin(e)} = ${formatEnergy(e.energyKwh)} `;
  const tail = `${energy}x ${formatExact(intensity2.gPerKwh)} gCO2e/kWh = ${formatMass(e.co2eKg)}`;
  if (demand.type === "per-unit") {
    const units = demand.ratePerHour * demand.periodHours;
    return [
      formatCount(units, demand.unit),
      " (",
      formatRateOverPeriod(demand.ratePerHour, demand.periodHours),
      ") x ",
      formatExact(demand.energyPerUnitKwh * 1e3),
      demand.task === void 0 ? " Wh " : ` Wh (${taskText(demand.task)}) `,
      tail
    ].join("");
  }
  const power2 = demand.powerBasis === "catalog-tdp" && demand.utilization !== void 0 ? `${formatExact(demand.accelerator?.tdpW ?? demand.powerW)} W x ${formatExact(demand.utilization * 100)}%` : `${formatExact(demand.powerW)} W`;
  const instance2 = demand.instance === void 0 ? "" : ` (${formatExact(demand.instance.instances)} x ${demand.instance.id}, ${acceleratorsEach(demand.instance.acceleratorsPerInstance)} each)`;
  const time2 = demand.count !== void 0 && demand.hoursPerRun !== void 0 ? `${formatExact(demand.count)}${instance2} x ${formatExact(demand.hoursPerRun)} h` : `${formatExact(demand.deviceHoursPerRun)} accelerator-h`;
  const runs = demand.runs === 1 ? "" : ` x ${formatCount(demand.runs, "run")}`;
  const overhead = (e.workload.overheadEnergyKwh ? ` + ${formatExact(e.workload.overheadEnergyKwh)} kWh overhead` : "") + (e.hostEnergyKwh === void 0 || e.workload.host === void 0 ? "" : ` + ${formatEnergy(e.hostEnergyKwh)} host (${formatNumber(e.workload.host.wattsPerInstance)} W per instance)`);
  const accelerators = overhead === "" ? "" : ` = ${formatEnergy(demand.powerW / 1e3 * demand.deviceHoursPerRun * demand.runs)}`;
  return [time2, " x ", power2, runs, accelerators, overhead, " ", tail, embodiedPart(e)].join("");
}
function pueOrigin(e) {
  const { pue: pue2, location } = e.workload;
  const year2 = typeof pue2.year === "number" ? `, ${pue2.year}` : "";
  if (pue2.basis === "provider-default" && location?.provider !== void 0)
    return ` (${PROVIDER_LABELS[location.provider]} default${year2})`;
  if (pue2.basis === "industry-default") return ` (industry default${year2})`;
  return "";
}
function taskText(task) {
  return `default for ${task.id}, ${task.citation}`;
}
function embodiedPart(e) {
  if (e.embodiedKg === void 0) return "";
  const a100 = embodiedNoteOf(e) === void 0 ? "" : ` (${BLOOM_EMBODIED.device} figure)`;
  return `; + embodied ${formatMass(e.embodiedKg)}${a100} = ${formatMass(countedKg(e))}`;
}
function embodiedNoteOf(e) {
  const { embodied: embodied2, demand } = e.workload;
  if (embodied2?.basis !== "bloom-study") return void 0;
  const accelerator2 = demand.type === "devices" ? demand.accelerator : void 0;
  return embodiedNote(accelerator2?.id, accelerator2?.name);
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
  out.totalCo2eKg = countedKg(e);
  if (w.budgetKg !== void 0) out.budgetKg = w.budgetKg;
  out.assumptions = assumptionsOf(e, parts);
  out.formula = formula(e);
  const perFunctionalUnit = perUnit(e);
  if (perFunctionalUnit !== void 0) out.perFunctionalUnit = perFunctionalUnit;
  if (e.alternatives !== void 0) out.alternatives = e.alternatives;
  if (w.spec !== void 0) out.from = fromReport(w.spec);
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
    if (d.task !== void 0) out.task = { ...d.task, text: taskText(d.task) };
  }
  out.pue = parts.pue(w.pue);
  out.intensity = parts.intensity(w.intensity);
  if (w.overheadEnergyKwh !== void 0) out.overheadEnergyKwh = w.overheadEnergyKwh;
  if (w.host !== void 0 && e.hostEnergyKwh !== void 0) out.host = { ...w.host, energyKwh: e.hostEnergyKwh };
  if (w.embodied !== void 0) {
    const note = embodiedNoteOf(e);
    out.embodied = note === void 0 ? { ...w.embodied } : { ...w.embodied, note };
  }
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
    totals: { ...totals, totalCo2eKg: countedKg(totals), workloads: estimates.length },
    workloads: estimates.map((e) => workloadReport(e, parts)),
    budgets: verdict.budgets.map(budgetReport),
    ...comparison === void 0 ? {} : { comparison },
    equivalents: EQUIVALENCES.map((eq) => {
      const count2 = countedKg(totals) / eq.kgPerUnit;
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
function showsEmbodied(report) {
  return report.totals.embodiedKg > 0 || report.workloads.some((w) => w.embodiedKg !== void 0);
}
var CO2E_LEGEND = "CO2e is operational plus embodied emissions: what the budgets count and the change compares.";

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
  const { estimates, budgets, evidence } = evaluated;
  const base = await options.base;
  cache.parses.clear();
  const counted = countedEstimates(estimates, evidence);
  const verdict = judge(budgets, counted, baselineOf(base));
  const comparison = base === void 0 ? void 0 : compare(base, counted);
  const label2 = options.label ?? configPaths.map((p) => displayPath(options.root, p)).join(" ");
  const report = buildReport(label2, VERSION, estimates, verdict, comparison);
  return { ok: true, report: withEvidence(report, estimates, evidence) };
}
function runCacheOf(options) {
  return options.cache ?? new RunCache();
}
async function evaluate(configPaths, root, source, cache) {
  const loaded = await loadWorkloadFiles(configPaths, { root, source, cache });
  const resolved = resolveWorkloads(loaded.files, cache);
  const evidence = await readEvidence(loaded.files, { root, source });
  const diagnostics = capPerFile(
    [...loaded.diagnostics, ...resolved.diagnostics, ...evidence.diagnostics].sort(byPosition)
  );
  if (diagnostics.length > 0) return { ok: false, diagnostics };
  const empty = emptySet(loaded.files);
  if (empty !== void 0) return { ok: false, diagnostics: [empty] };
  const estimates = resolved.workloads.map((workload) => estimateOf(workload, cache));
  const rootFile = { file: displayPath(root, configPaths[0] ?? root), line: 1, column: 1 };
  const unusable = unusableFigures(estimates, resolved.budgets, rootFile);
  if (unusable.length > 0) return { ok: false, diagnostics: unusable };
  return { ok: true, estimates, budgets: resolved.budgets, evidence: evidence.evidence };
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
  const estimates = countedEstimates(evaluated.estimates, evaluated.evidence);
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

// src/adapters/model-card-command.ts
init_diagnostics();
init_file_source();
init_load();
init_include_plan();

// src/io/fs-source.ts
init_file_source();
init_include_plan();
import { closeSync, constants, fstatSync, lstatSync, openSync, readSync } from "node:fs";
import { posix as posix6 } from "node:path";
function errorCode(error2) {
  return error2.code;
}
function isMissing(error2) {
  const code3 = errorCode(error2);
  return code3 === "ENOENT" || code3 === "ENOTDIR" || code3 === "EISDIR" || code3 === "ENAMETOOLONG";
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
  if (checked?.has(dir)) return void 0;
  const relative = posix6.relative(root, dir);
  if (relative === "" || isOutside(root, dir)) return void 0;
  let current = root;
  for (const step of relative.split("/")) {
    current = posix6.join(current, step);
    if (checked?.has(current)) continue;
    let stat;
    try {
      stat = lstatSync(current, { throwIfNoEntry: false });
    } catch (error2) {
      if (isMissing(error2)) return { problem: "missing" };
      throw error2;
    }
    if (stat === void 0) return { problem: "missing" };
    if (stat.isSymbolicLink()) return { problem: "linked-directory", link: posix6.relative(root, current) };
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
      const asked = buffer.length - length;
      const read = readSync(fd, buffer, length, asked, null);
      length += read;
      if (read === 0 || stat.size > 0 && read < asked && length >= stat.size) break;
    }
    return buffer.subarray(0, length);
  } finally {
    closeSync(fd);
  }
}
function readChecked(path, root, maxBytes, checked) {
  if (path.includes("\0")) return { problem: "missing" };
  try {
    const through = root === void 0 ? void 0 : linkBelow(root, posix6.dirname(path), checked);
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
function readText(path, root, checked) {
  const bytes = readChecked(path, root, MAX_FILE_BYTES, checked);
  if (!Buffer.isBuffer(bytes)) return bytes;
  const text2 = bytes.toString("utf8");
  if (Buffer.byteLength(text2) !== bytes.length) {
    const before = text2.slice(0, text2.indexOf("\uFFFD"));
    return { problem: "encoding", line: before.split("\n").length, column: before.length - before.lastIndexOf("\n") };
  }
  return text2;
}
function listableBelow(root, checked) {
  return (dir) => {
    const relative = posix6.relative(root, dir);
    if (relative === "") return true;
    if (isOutside(root, dir) || isUnderGit(relative)) return false;
    try {
      return linkBelow(root, dir, checked) === void 0;
    } catch {
      return false;
    }
  };
}
function createFileSystemSource() {
  const checkedBelow = /* @__PURE__ */ new Map();
  const checkedFor = (root) => {
    const key = root ?? "";
    let checked = checkedBelow.get(key);
    if (checked === void 0) {
      checked = /* @__PURE__ */ new Set();
      checkedBelow.set(key, checked);
    }
    return checked;
  };
  return {
    // An unexpected error (permissions, say) rejects, as the source's contract has it.
    read: (path, root) => new Promise((resolve4) => {
      resolve4(readText(path, root, checkedFor(root)));
    }),
    async glob(pattern, dir, root) {
      const mayList = root === void 0 ? void 0 : listableBelow(root, checkedFor(root));
      if (mayList !== void 0 && !mayList(dir)) return [];
      const { globFiles } = await import("./glob.js");
      const found = await globFiles(pattern, dir, mayList);
      return found.map((p) => posix6.normalize(p)).sort();
    }
  };
}

// src/io/git-source.ts
init_cached();
init_file_source();
import { execFile, spawn } from "node:child_process";
import { readFileSync, statSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { promisify } from "node:util";

// src/io/tree-source.ts
init_cached();
import { posix as posix7 } from "node:path";
function escapeGlob(path) {
  return path.replace(/[*?[\]{}()!+@|\\]/g, "\\$&");
}
function inside(root, path) {
  const relative = posix7.relative(root, path);
  return relative !== "" && !relative.startsWith("../") && relative !== ".." && !posix7.isAbsolute(relative);
}
function treeSource(root, listFiles, readBlob) {
  let files;
  const cache = /* @__PURE__ */ new Map();
  const start = (path) => cached(cache, path, () => {
    const text2 = readBlob(posix7.relative(root, path));
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
      files ??= listFiles().then((relative) => relative.map((p) => posix7.join(root, p)));
      const joined = posix7.normalize(posix7.join(escapeGlob(posix7.relative(root, dir)), pattern));
      const { globMatcher } = await import("./glob.js");
      const matches = globMatcher(joined);
      return (await files).filter((f) => matches(posix7.relative(root, f))).sort();
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
    this.#child.on("close", (code3) => {
      fail(new Error(`git cat-file exited with ${String(code3)}`));
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
    return new Promise((resolve4, reject) => {
      this.#waiting.push({ resolve: resolve4, reject, maxBytes });
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

// src/adapters/model-card-command.ts
init_printable();
function grams(kg) {
  const g = kg * 1e3;
  return g >= 1 ? Math.round(g) : Number(g.toPrecision(3));
}
function hardware(w) {
  const a = w.assumptions;
  const name = a.power?.accelerator?.name;
  if (name === void 0) return void 0;
  if (a.instance !== void 0)
    return `${a.instance.instances} x ${a.instance.id} (${a.instance.acceleratorsPerInstance} x ${name} each)`;
  return a.count === void 0 ? name : `${a.count} x ${name}`;
}
function cardBlockOf(w, trainingType) {
  const block = {
    emissions: grams(w.co2eKg),
    source: "carbon-budget estimate"
  };
  if (trainingType !== void 0) block.training_type = trainingType;
  const where2 = w.assumptions.region?.label;
  if (where2 !== void 0) block.geographical_location = where2;
  const used = hardware(w);
  if (used !== void 0) block.hardware_used = used;
  return block;
}
async function modelCardCommand(args, io) {
  const { values, positionals } = parseArgs({
    args: [...args],
    options: {
      config: { type: "string", short: "c", default: "carbon-budget.yml" },
      write: { type: "string", short: "w" },
      "training-type": { type: "string", short: "t" }
    },
    allowPositionals: true
  });
  if (positionals.length > 1) throw io.usage("model-card takes at most one workload name");
  const config2 = resolve2(io.cwd, values.config).replace(/\\/g, "/");
  const root = await gitTopLevel(dirname2(config2)) ?? io.cwd.replace(/\\/g, "/");
  const source = createFileSystemSource();
  const analysis = await analyse([config2], { root, source });
  if (!analysis.ok) {
    for (const d of analysis.diagnostics) io.err(formatDiagnostic(d) + "\n");
    io.err(`carbon-budget: ${problemsText(analysis.diagnostics)} in the workload files; no model card block
`);
    return 2;
  }
  const training = analysis.report.workloads.filter((w) => w.kind === "training");
  const names = training.map((w) => `\`${printable2(w.name)}\``).join(", ") || "none";
  const wanted = positionals[0];
  const workload = wanted === void 0 ? training.length === 1 ? training[0] : void 0 : training.find((w) => w.name === wanted);
  if (workload === void 0)
    throw io.usage(
      wanted === void 0 ? `model-card: name the training workload (training workloads: ${names})` : `model-card: no training workload \`${printable2(wanted)}\` (training workloads: ${names})`
    );
  const block = cardBlockOf(workload, values["training-type"]);
  const { cardBlockYaml, updateModelCard } = await import("./foreign-files.js");
  if (values.write === void 0) {
    io.out(cardBlockYaml(block));
    return 0;
  }
  const card = resolve2(io.cwd, values.write).replace(/\\/g, "/");
  const shown = isOutside(root, card) ? values.write : displayPath(root, card);
  if (isOutside(root, card)) throw io.usage(`--write: ${printable2(values.write)} is outside the repository (${root})`);
  const text2 = await source.read(card, root);
  if (typeof text2 !== "string") {
    const why = text2.problem === "missing" ? "no such file" : problemText(text2);
    io.err(`carbon-budget: cannot update ${printable2(shown)}: ${why}
`);
    return 2;
  }
  const updated = updateModelCard(text2, block);
  if (!updated.ok) {
    io.err(`carbon-budget: cannot update ${printable2(shown)}: ${updated.message}
`);
    return 2;
  }
  if (updated.text !== text2) writeTextFile(card, [updated.text]);
  io.out(
    `carbon-budget: ${printable2(shown)}: co2_eq_emissions ${updated.text === text2 ? "already reads" : "now reads"} ${block.emissions.toLocaleString("en-US")} g (${printable2(workload.name)}, carbon-budget estimate)
`
  );
  return 0;
}

// src/cli.ts
init_accelerators();
init_cloud_regions();
init_instances();
init_instances2();
init_intensity();
init_diagnostics();
init_schema();
init_printable();
init_suggest();

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

// src/report/markdown.ts
init_cached();
init_printable();

// src/report/verdict-text.ts
init_printable();
var plain = printable2;
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
  const t = report.totals;
  const parts = showsEmbodied(report) ? ` (${formatMass(t.co2eKg)} operational + ${formatMass(t.embodiedKg)} embodied)` : "";
  const figures = `${formatMass(countedKg(t))}${parts} and ${formatEnergy(t.energyKwh)} for ${formatCount(report.totals.workloads, "workload")}`;
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
  if (!NEEDS_ESCAPING.test(text2) && !UNPRINTABLE2.test(text2)) return text2;
  return printable2(text2).replace(/[\\`*_{}[\]<>#|~&]/g, "\\$&").replace(/@/g, `@${ZWSP}`).replace(/#(?=\w)/g, `#${ZWSP}`).replace(/\b(gh)-(?=\d)/gi, `$1-${ZWSP}`).replace(/:\/\//g, `:/${ZWSP}/`).replace(/\b(www)\./gi, `$1${ZWSP}.`);
}
function code2(text2) {
  const flat = printable2(text2);
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
  const lines = [`- **${cell(w.name)}** (${code2(`${w.file}:${w.line}`)}): ${cell(w.formula)}`];
  if (w.from !== void 0) {
    const { where: where2, what } = fromText(w.from);
    lines.push(`  - from ${code2(where2)}: ${cell(what)}`);
  }
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
  if (a.task !== void 0) {
    const t = a.task;
    const cited = t.citation === void 0 ? link(t.source, t.url) : link(taskText({ ...t, citation: t.citation }), t.url);
    const includes = t.includes === void 0 ? "" : `: ${cell(t.includes)}`;
    const wh = a.energyPerUnitKwh === void 0 ? "" : ` ${formatExact(a.energyPerUnitKwh * 1e3)} Wh`;
    lines.push(`  - energy per request${wh}: ${cited} (${cell(t.label)})${includes}`);
  }
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
      `  - host: ${cell(h.instance)}, ${formatExact(h.vcpus)} vCPU x (${formatExact(h.minWPerVcpu)} + ${formatPercent(h.utilization)} x (${formatExact(h.maxWPerVcpu)} - ${formatExact(h.minWPerVcpu)})) W (${cell(h.cpu)}) + ${formatNumber(h.memoryGb)} GB x ${formatExact(h.memoryWPerGb)} W = ${formatNumber(h.wattsPerInstance)} W per instance, ${formatEnergy(h.energyKwh)} (${link(h.source, h.url)})`
    );
  }
  const e = a.embodied;
  if (e !== void 0 && w.embodiedKg !== void 0) {
    const basis = e.basis === "bloom-study" ? `${link("the BLOOM study's figures", e.url)}${e.note ? `; per accelerator ${cell(e.note)}` : ""}` : "declared";
    lines.push(
      `  - embodied ${formatMass(w.embodiedKg)}: ${formatExact(e.acceleratorKg)} kg per accelerator and ${formatExact(e.serverKg)} kg per ${formatExact(e.acceleratorsPerServer)}-accelerator server, over ${formatCount(e.lifetimeHours / 8760, "year")} at ${formatPercent(e.usage)} usage (${basis})`
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
    embodiedKg: w.embodiedKg,
    budgetKg: w.budgetKg,
    change: changes.get(w.name)
  }));
  for (const c of report.comparison?.workloads ?? []) {
    if (c.change === "removed")
      rows.push({ name: c.name, kind: "", where: "", energyKwh: 0, co2eKg: 0, embodiedKg: void 0, change: c });
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
      embodied: showsEmbodied(report),
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
    const budget2 = r.budgetKg === void 0 ? "" : formatMass(r.budgetKg);
    const parts = ["| ", name, " | ", cell(r.kind), " | ", cell(r.where), " | ", energy, " | "];
    if (table2.embodied)
      parts.push(
        removed ? "" : formatMass(r.co2eKg),
        " | ",
        removed || r.embodiedKg === void 0 ? "" : formatMass(r.embodiedKg),
        " | "
      );
    parts.push(removed ? "" : formatMass(countedKg(r)), " | ");
    if (table2.compared) parts.push(changeCell(r.change), " | ");
    parts.push(budget2, " |");
    line = parts.join("");
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
      return Math.abs(rb.change?.deltaCo2eKg ?? 0) - Math.abs(ra.change?.deltaCo2eKg ?? 0) || countedKg(rb) - countedKg(ra) || a - b;
    });
  }
  for (const i of table2.ranking.slice(0, maxRows)) shown[i] = 1;
  return shown;
}
function workloadTable(table2, report, maxRows, moreIn, room) {
  const { compared, embodied: embodied2 } = table2;
  const columns = [
    "Workload",
    "Kind",
    "Where",
    "Energy",
    ...embodied2 ? ["Operational", "Embodied"] : [],
    "CO2e",
    ...compared ? ["Change"] : [],
    "Budget"
  ];
  const out = [`| ${columns.join(" | ")} |`, `|${columns.map((_, i) => i < 3 ? "---" : "--:").join("|")}|`];
  const sums = (kwh2, operational, embodiedKg2, delta2, bold) => {
    const b = (text2) => bold ? `**${text2}**` : text2;
    const cells = [
      b(formatEnergy(kwh2)),
      ...embodied2 ? [b(formatMass(operational)), b(formatMass(embodiedKg2))] : [],
      b(formatMass(operational + embodiedKg2)),
      ...compared ? [b(formatDelta(delta2))] : []
    ];
    return `${cells.join(" | ")} | |`;
  };
  const shown = shownRows(table2, maxRows);
  let hidden = 0;
  let kg = 0;
  let embodiedKg = 0;
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
      embodiedKg += r.embodiedKg ?? 0;
      kwh += r.energyKwh;
      delta += r.change?.deltaCo2eKg ?? 0;
    }
  }
  if (hidden > 0) out.push(`| \u2026and ${hidden} more (all in ${moreIn}) | | | ${sums(kwh, kg, embodiedKg, delta, false)}`);
  const t = report.totals;
  out.push(`| **Total** | | | ${sums(t.energyKwh, t.co2eKg, t.embodiedKg, report.comparison?.deltaCo2eKg ?? 0, true)}`);
  if (embodied2) out.push("", `_${CO2E_LEGEND}_`);
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
  const base = `${code2(c.base.ref)}${c.base.sha ? ` (${cell(c.base.sha.slice(0, 7))})` : ""}`;
  if (c.base.state === "invalid") return [`Not compared with ${base}: its workload files are invalid there.`, ""];
  if (c.base.state === "absent")
    return [`Compared with ${base}, which has no workload file: everything here is new.`, ""];
  const counts = ["added", "changed", "removed"].map((k) => [k, c.workloads.filter((w) => w.change === k).length]).filter(([, n]) => n > 0).map(([k, n]) => `${n} ${k}`);
  return [
    `Compared with ${base}: ${formatDelta(c.deltaCo2eKg ?? 0)}` + (counts.length > 0 ? ` (${counts.join(", ")})` : " (no workload changed)") + ".",
    ""
  ];
}
function reportedAndMeasured(report, options) {
  const max = Math.min(options.maxRows ?? Number.POSITIVE_INFINITY, 20);
  const lines = evidenceLines(report, { name: cell, code: code2, text: cell }, max, "the JSON report");
  return lines.length === 0 ? [] : ["**Reported and measured:**", ...lines.map((l) => `- ${l}`), ""];
}
function greenerChoices(report) {
  const moves = topMoves(report);
  if (moves.length === 0) return [];
  const out = ["**Greener choices** (same work, same provider, cleaner grid):"];
  for (const { workload: w, best } of moves) {
    const next = w.alternatives?.[1];
    const also = next ? `; or ${code2(next.region)} (${formatNumber(next.gPerKwh)} g/kWh, ${formatDelta(-next.savingKg)})` : "";
    out.push(
      `- ${cell(w.name)}: ${code2(best.region)} (${cell(best.location)}, ${formatNumber(best.gPerKwh)} g/kWh instead of ${formatNumber(w.assumptions.intensity.gPerKwh)}) would avoid ${formatMass(best.savingKg)} (${formatPercent(best.savingShare)})${also}`
    );
  }
  return [...out, ""];
}
function method(report, maxLength) {
  const out = ["<details><summary>How these figures were worked out</summary>", ""];
  out.push(
    "Energy = accelerators x average power x hours x runs (or rate x period x energy per unit) x PUE. Emissions = energy x location-based grid carbon intensity. Embodied emissions, where a workload declares them, are the hardware's manufacturing footprint spread over the hours it is used, shown apart from the operational figure; CO2e is their sum, what budgets count and changes compare.",
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
  const out = [`### ${head.icon} carbon-budget ${code2(report.config)}: ${head.title}`, "", head.detail, ""];
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
  out.push(...reportedAndMeasured(report, options));
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
init_printable();
init_show();
function oneLine(text2) {
  return inert(printable2(text2.replace(/\s+/g, " ")));
}
function table(rows, rightAligned) {
  const measured2 = rows.map((row) => row.map(displayWidth));
  const widths = rows[0]?.map((_, c) => measured2.reduce((widest, r) => Math.max(widest, r[c] ?? 0), 0)) ?? [];
  return rows.map(
    (row, r) => row.map((text2, c) => {
      const pad = " ".repeat((widths[c] ?? 0) - (measured2[r]?.[c] ?? 0));
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
  const embodied2 = showsEmbodied(report);
  const emissions = (w) => embodied2 ? [formatMass(w.co2eKg), w.embodiedKg === void 0 ? "-" : formatMass(w.embodiedKg), formatMass(countedKg(w))] : [formatMass(w.co2eKg)];
  const header = [
    "WORKLOAD",
    "KIND",
    "WHERE",
    "ENERGY",
    ...embodied2 ? ["OPERATIONAL", "EMBODIED"] : [],
    "CO2E",
    ...compared ? ["CHANGE"] : [],
    "BUDGET"
  ];
  const rows = [header];
  for (const w of report.workloads) {
    rows.push([
      oneLine(w.name),
      w.kind,
      w.assumptions.region?.id ?? `${formatNumber(w.assumptions.intensity.gPerKwh)} g/kWh`,
      formatEnergy(w.energyKwh),
      ...emissions(w),
      ...compared ? [changeText(w.name)] : [],
      w.budgetKg === void 0 ? "-" : formatMass(w.budgetKg)
    ]);
  }
  const dashes = embodied2 ? ["-", "-", "-"] : ["-"];
  for (const removed of c?.workloads.filter((w) => w.change === "removed") ?? []) {
    rows.push([oneLine(removed.name), "", "", "-", ...dashes, changeText(removed.name), ""]);
  }
  rows.push([
    "TOTAL",
    "",
    "",
    formatEnergy(report.totals.energyKwh),
    ...embodied2 ? [formatMass(report.totals.co2eKg), formatMass(report.totals.embodiedKg), formatMass(countedKg(report.totals))] : [formatMass(report.totals.co2eKg)],
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
  out.push(...table(rows, new Set([...header.keys()].filter((i) => i >= 3))), "");
  if (embodied2) out.push(CO2E_LEGEND, "");
  const evidence = evidenceLines(report, { name: oneLine, code: oneLine, text: oneLine }, 20, "the JSON report");
  if (evidence.length > 0) out.push("Reported and measured:", ...evidence.map((l) => `  ${l}`), "");
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
    for (const w of report.workloads) {
      out.push(`  ${oneLine(w.name)}: ${w.formula}`);
      if (w.from !== void 0) {
        const { where: where2, what } = fromText(w.from);
        out.push(`    from ${oneLine(where2)} (${oneLine(what)})`);
      }
    }
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
  model-card [name]   Print the Hugging Face co2_eq_emissions block of a training workload's estimate
      --config, -c    the workload file (default: ./carbon-budget.yml)
      --write, -w     update this model card's front matter in place instead (README.md)
      --training-type, -t  pre-training or fine-tuning, for the block
  init                Scan the repository for SkyPilot tasks, Kubernetes manifests, Slurm scripts and
                      Terraform GPU resources and write a starter carbon-budget.yml that takes figures from them
      --output, -o    the file to write (default: ./carbon-budget.yml); never overwritten
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
  const { values, positionals } = parseArgs2({
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
    throw new UsageError(
      `unknown format \`${values.format}\`${didYouMean(values.format, FORMATS, 1)}: use text, markdown or json`
    );
  const paths = (positionals.length > 0 ? positionals : ["carbon-budget.yml"]).map(
    (p) => resolve3(io.cwd, p).replace(/\\/g, "/")
  );
  const fileDir = dirname3(paths[0] ?? io.cwd);
  const top = await gitTopLevel(fileDir);
  const root = top ?? io.cwd.replace(/\\/g, "/");
  let base;
  const cache = new RunCache();
  if (values.base !== void 0) {
    if (top === void 0) {
      throw new UsageError(
        `--base compares with a git revision, but ${fileDir} is not in a git repository: run carbon-budget on workload files inside the repository, or leave out --base`
      );
    }
    const sha = await resolveRevision(top, values.base);
    if (sha === void 0) {
      throw new UsageError(
        `--base: the git repository at ${top} has no revision \`${values.base}\`: name a branch, tag or commit it has (a shallow clone may need \`git fetch\` first)`
      );
    }
    base = await analyseBase(paths, { root, source: gitRevisionSource(top, sha), cache, ref: values.base, sha });
  }
  const analysis = await analyse(paths, {
    root,
    source: createFileSystemSource(),
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
      writeTextFile(resolve3(io.cwd, values.output), reportJson(report));
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
  const lists = ["all", "accelerators", "instances", "regions", "pue"];
  if (!lists.includes(what))
    throw new UsageError(
      `unknown catalog \`${what}\`${didYouMean(what, lists, 1)}: use accelerators, instances, regions or pue`
    );
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
        `  ${t.provider.padEnd(6)} ${t.id.padEnd(idWidth)}  ${acceleratorsLabel(t.acceleratorsPerInstance).padStart(3)} x ${t.accelerator}
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
var COMMANDS = ["estimate", "model-card", "init", "catalog", "schema", "help"];
var ESTIMATE_OPTIONS = ["--format", "--output", "--base", "--help", "-f", "-o", "-b", "-h"];
function usageMessage(error2, command) {
  if (error2 instanceof UsageError) return error2.message;
  const code3 = error2.code;
  if (typeof code3 !== "string" || !code3.startsWith("ERR_PARSE_ARGS")) return void 0;
  const message = error2.message;
  const unknown2 = /^Unknown option '([^']+)'/.exec(message)?.[1];
  if (code3 === "ERR_PARSE_ARGS_UNKNOWN_OPTION" && unknown2 !== void 0) {
    const options = ESTIMATE_OPTIONS.filter((o) => o.startsWith("--"));
    return `unknown option \`${unknown2}\` for \`${command ?? ""}\`${didYouMean(unknown2, options, 1)}`;
  }
  return message.split("\n")[0] ?? message;
}
async function initCommand(args, io) {
  const { values } = parseArgs2({ args: [...args], options: { output: { type: "string", short: "o" } } });
  const target = resolve3(io.cwd, values.output ?? "carbon-budget.yml").replace(/\\/g, "/");
  const root = await gitTopLevel(io.cwd) ?? io.cwd.replace(/\\/g, "/");
  const { init: init2 } = await Promise.resolve().then(() => (init_init_command(), init_command_exports));
  const result = await init2(root, target, createFileSystemSource());
  for (const line of result.lines) io.out(`${line}
`);
  if (result.unreadable.length > 0) {
    io.err("Could not read these, which look like job specs:\n");
    for (const p of result.unreadable) io.err(`  ${p}
`);
  }
  if (result.error === void 0) return EXIT.ok;
  io.err(`carbon-budget init: ${result.error}
`);
  return EXIT.invalid;
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
      case "model-card":
        return await modelCardCommand(rest, { ...io, usage: (message) => new UsageError(message) });
      case "init":
        return await initCommand(rest, io);
      case "catalog":
        return catalog(rest, io);
      case "schema":
        io.out(JSON.stringify(jsonSchema(), null, 2) + "\n");
        return EXIT.ok;
      default:
        throw new UsageError(`unknown command \`${command}\`${didYouMean(command, COMMANDS, 1)}`);
    }
  } catch (error2) {
    const usage = usageMessage(error2, command);
    if (usage !== void 0) {
      io.err(`carbon-budget: ${inert(printable2(usage))}
Run \`carbon-budget --help\` for the commands and options.
`);
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
  (code3) => {
    process.exitCode = code3;
  },
  (error2) => {
    process.stderr.write(`carbon-budget: ${error2 instanceof Error ? error2.stack ?? error2.message : String(error2)}
`);
    process.exitCode = 2;
  }
);
//# sourceMappingURL=carbon-budget.js.map
