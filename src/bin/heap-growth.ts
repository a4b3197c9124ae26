// A run builds one report, so most of what it allocates lives until the end. V8 then grows its
// young generation, which it sizes for short-lived garbage, up to 128 MB on Node 24: at 10,000
// workloads, 100 MB of a 230 MB peak. Held at its starting size, what survives moves to the old
// generation sooner, and peak memory halves (CLI 230 to 130 MB, action 330 to 160 MB) for about
// 3% more time (`npm run bench`; CPU profiles of the action at 10,000 workloads).
//
// What then moves to the old generation is mostly short-lived too (the parse of each file, the
// report's rows), and after each full collection V8 lets the old generation grow to up to four
// times what survived before it collects again: at 10,000 workloads a run keeps about 25 MB and
// peaked with 30 MB of garbage on top. Twice what survived keeps the action's peak about 10 MB
// lower (median of 11 runs: 147 to 137 MB) in the same time (1,344 and 1,340 ms), with one more
// full collection of about 15 ms; 1.2 and 1.4 times save about as much and cost 20 to 50 ms.
//
// Only this works from inside the process: the young generation's limits are read once, at
// start-up, and an action cannot pass Node options. V8 raises the first flag to 2 when it is given
// at start-up; set afterwards, V8 reads it each time it would grow the young generation, and it
// reads the second after each full collection. Node documents flags set at run time as
// unsupported: should a later V8 ignore them, runs use more memory and nothing else changes (the
// benchmark's memory columns show it).
const v8 = process.getBuiltinModule('node:v8');
v8.setFlagsFromString('--semi-space-growth-factor=1');
v8.setFlagsFromString('--heap-growing-percent=100');
