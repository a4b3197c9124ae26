// A run builds one report, so most of what it allocates lives until the end. V8 then grows its
// young generation, which it sizes for short-lived garbage, up to 128 MB on Node 24: at 10,000
// workloads, 100 MB of a 230 MB peak. Held at its starting size, what survives moves to the old
// generation sooner, and peak memory halves (CLI 230 to 130 MB, action 330 to 160 MB) for about
// 3% more time (`npm run bench`; CPU profiles of the action at 10,000 workloads).
//
// Only this works from inside the process: the limits on the young generation's size are read
// once, at start-up, and an action cannot pass Node options. V8 raises this flag to 2 when it is
// given at start-up; set afterwards, V8 reads it each time it would grow the young generation.
// Node documents flags set at run time as unsupported: should a later V8 ignore it, runs use more
// memory and nothing else changes (the benchmark's memory column shows it).
process.getBuiltinModule('node:v8').setFlagsFromString('--semi-space-growth-factor=1');
