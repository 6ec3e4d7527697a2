//! Helpers shared by the CLI's integration tests.
pub mod site_gen;
