// HashiCorp's HCL parser (a Go WebAssembly module, @cdktf/hcl2json), on its own: importing it starts
// loading the module, so the Terraform reader imports this only when it reads a .tf file (in the
// bundles, dist/terraform-hcl.js with main.wasm.gz beside it).
export { parse } from '@cdktf/hcl2json';
