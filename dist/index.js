// Built by scripts/bundle.mjs. Source maps are switched on before the bundle loads, so that a
// stack trace names the src/ file and line (Node maps only files loaded after this call).
process.setSourceMapsEnabled(true);
await import('./action.js');
