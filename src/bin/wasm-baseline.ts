// Two WebAssembly modules can run: llhttp, with which the HTTP client (undici, under
// @actions/github) parses GitHub's responses, and HashiCorp's HCL parser for .tf files. V8 compiles
// each with its baseline compiler, then recompiles the functions that get hot with its optimising
// one on background threads; and Node's exit waits for those compilations to finish. A run seldom
// uses the optimised code long enough to gain what it waited for:
//
// - the action that wrote its comment ended 110 ms after its exit event, and 40 ms with baseline
//   code only (at 10,000 workloads: 1,297 against 1,205 ms, median of 6 interleaved runs);
// - the CLI on a .tf file of 30 node pools took 700 ms, and 415 ms with baseline code only; of 300,
//   2.0 against 1.6 s. From about 1,000 node pools in one file the optimised code pays: 2.5 against
//   2.9 s, and 3.3 against 3.8 s at 3,000.
//
// Both flags are needed: with tiering by use off, V8 would optimise every function at once. Set at
// run time for the reason heap-growth.ts gives; V8 reads them when it compiles a module. Should a
// later V8 ignore them, only the exit takes longer.
const v8 = process.getBuiltinModule('node:v8');
v8.setFlagsFromString('--no-wasm-tier-up');
v8.setFlagsFromString('--no-wasm-dynamic-tiering');
