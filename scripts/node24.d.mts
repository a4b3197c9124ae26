/** Installs Node 24 for the tests if missing (scripts/node24.mjs); returns its binary's path. */
export function node24(): string;
