"""Test modules that bind each feature file to its scenarios."""
