"""Detectors: pure functions `detect(text, ctx) -> list[Span]`, one module per family."""
