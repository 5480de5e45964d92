//! Golden harness (placeholder).
