// Jest's globalSetup: Node 24 is installed once, before any test file runs the bundle on it.
import { node24 } from '../../scripts/node24.mjs';

export default function setup() {
  node24();
}
