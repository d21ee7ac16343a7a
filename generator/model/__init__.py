"""The resolved model: ``build(load(path))`` gives a Document."""

from generator.model.from_source import build
from generator.model.objects import (
    Document,
    Header,
    MediaType,
    Operation,
    Parameter,
    RequestBody,
    Response,
    SecurityScheme,
    Server,
    Tag,
)
from generator.model.schema import Schema

__all__ = [
    "Document",
    "Header",
    "MediaType",
    "Operation",
    "Parameter",
    "RequestBody",
    "Response",
    "Schema",
    "SecurityScheme",
    "Server",
    "Tag",
    "build",
]
