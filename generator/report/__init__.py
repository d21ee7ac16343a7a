"""Formatting of problems and changes; nothing else in the package prints."""
