"""Helpers shared by tests and benchmarks: a local hub server, small GGUF files."""
