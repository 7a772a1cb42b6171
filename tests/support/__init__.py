"""Test support shared across test packages (fixed sample results)."""
