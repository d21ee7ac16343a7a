"""Command-line interface: thin Click commands over the library."""

from generator.cli.main import main

__all__ = ["main"]
