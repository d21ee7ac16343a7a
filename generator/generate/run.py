"""One generation run: render the chosen targets and describe what was generated."""

from __future__ import annotations

from dataclasses import dataclass

from generator.generate.pipeline import client_view
from generator.generate.settings import GenerateSettings
from generator.generate.targets import Files, expand, render_target
from generator.model import Document
from generator.problems import Problem
from generator.validate import validate


@dataclass(frozen=True)
class OperationRecord:
    """How one operation appears on a generated ``Client`` (for the ``--report`` JSON)."""

    operation_id: str | None
    method: str
    path: str
    python_name: str
    iterator: str | None
    status: str = "generated"
    reason: str | None = None


@dataclass(frozen=True)
class Generation:
    files: Files
    operations: tuple[OperationRecord, ...]
    problems: tuple[Problem, ...]

    @property
    def skipped(self) -> tuple[OperationRecord, ...]:
        return tuple(record for record in self.operations if record.status != "generated")


def generate(document: Document, target: str, settings: GenerateSettings) -> Generation:
    """Render ``target`` (``client``, ``stubs``, ``docs`` or ``all``); raises KeyError for other names."""
    files: Files = {}
    docs_problems: tuple[Problem, ...] = ()
    for name in expand(target):
        if name == "docs":
            # the docs renderer also reports links it could not resolve; they belong to the run
            from generator.render.docs import build_docs

            docs = build_docs(document, settings)
            rendered, docs_problems = docs.files, docs.problems
        else:
            rendered = render_target(name, document, settings)
        for path, text in rendered.items():
            if path in files and files[path] != text:
                raise ValueError(f"targets disagree about the content of {path}")
            files[path] = text
    view = client_view(document, settings)
    operations = tuple(
        OperationRecord(
            operation_id=op.operation.operation_id,
            method=op.operation.method.upper(),
            path=op.operation.path,
            python_name=op.python_name,
            iterator=op.iterator,
        )
        for op in view.operations
    )
    # spec problems travel with the run (printed as a count, listed in --report, failing --strict)
    problems = (*view.problems, *docs_problems, *validate(document))
    return Generation(dict(sorted(files.items())), operations, problems)
