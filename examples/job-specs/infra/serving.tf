provider "google" {
  project = "example-project"
  region  = "us-central1"
}

resource "google_container_node_pool" "l4" {
  name       = "l4-pool"
  cluster    = "serving"
  location   = "us-central1-a"
  node_count = 2

  node_config {
    machine_type = "g2-standard-8"
    guest_accelerator {
      type  = "nvidia-l4"
      count = 1
    }
  }
}
