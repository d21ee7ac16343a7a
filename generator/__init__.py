"""specgen: validate, diff and generate clients and docs from OpenAPI exports."""

__version__ = "0.1.0"
