"""The one route from a document to files: settings -> one client view -> targets -> one writer -> one
lock. ``specgen generate`` and ``specgen build`` both call :func:`generate_into`."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import NamedTuple

import jinja2

from generator.generate import spec_problems
from generator.generate.freshness import run_names
from generator.generate.pipeline import Files, client_view
from generator.generate.settings import GenerateSettings
from generator.generate.targets import TARGETS, expand
from generator.lock import make_lock, with_lock, write_generated
from generator.model import Document
from generator.problems import Problem
from generator.render.python_filters import UnsafeIdentifierError
from generator.render.writer import UnsafePathError, stale_files
from generator.rules.registry import REGISTRY
from generator.rules.rule import Area

Advance = Callable[[], None]


def _nothing() -> None:
    """No progress to show."""


class GenerateError(Exception):
    """A run that cannot finish (a broken template, an unsafe name, output that cannot be written);
    the message is one line, and nothing has been written."""


class OperationRecord(NamedTuple):
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
    targets: Mapping[str, tuple[str, ...]]  # target -> the paths of its files in ``files``

    @property
    def skipped(self) -> tuple[OperationRecord, ...]:
        return tuple(record for record in self.operations if record.status != "generated")

    @property
    def workarounds(self) -> tuple[Problem, ...]:
        """What generation changed to make valid Python (renamed names)."""
        return tuple(problem for problem in self.problems if REGISTRY[problem.rule].area is Area.GENERATE)

    @property
    def spec_problems(self) -> tuple[Problem, ...]:
        """The document's own problems: validation findings and broken links in its prose."""
        return tuple(problem for problem in self.problems if REGISTRY[problem.rule].area is not Area.GENERATE)


@dataclass(frozen=True)
class Output:
    """A run written to OUT (or, with ``check``, compared with it)."""

    generation: Generation
    files: Files  # the generated files and, unless the document came from stdin, their lock
    written: tuple[str, ...] = ()
    unchanged: tuple[str, ...] = ()
    stale: tuple[str, ...] = ()  # with ``check``: the files that would change


def generate(
    document: Document,
    target: str,
    settings: GenerateSettings,
    by_target: bool = False,
    advance: Advance = _nothing,
) -> Generation:
    """Render ``target`` (``client``, ``stubs``, ``docs`` or ``all``; KeyError for other names).

    With ``by_target`` each target's files go under a folder named after it (``client/``, ...).
    """
    # spec problems travel with the run (printed as a count, listed in --report, failing --strict)
    pending = spec_problems.start(document)
    try:
        view = client_view(document, settings)
        files: Files = {}
        placed: dict[str, tuple[str, ...]] = {}
        problems = list(view.problems)
        for name in expand(target):
            rendered = TARGETS[name](document, view, settings)
            prefix = f"{name}/" if by_target else ""
            for path, text in rendered.files.items():
                if files.get(prefix + path, text) != text:
                    raise ValueError(f"targets disagree about the content of {path}")
                files[prefix + path] = text
            placed[name] = tuple(sorted(prefix + path for path in rendered.files))
            problems.extend(rendered.problems)
            advance()
    finally:
        found = pending()  # (after a failure too: no child process is left behind)
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
    problems.extend(found)
    return Generation(dict(sorted(files.items())), operations, tuple(problems), placed)


def generate_into(
    document: Document,
    spec: Path | None,
    out: Path,
    target: str,
    settings: GenerateSettings,
    *,
    by_target: bool = False,
    check: bool = False,
    advance: Advance = _nothing,
) -> Output:
    """Render ``target`` and write it to ``out`` with the lock naming ``spec`` (no lock when None:
    the document came from stdin); with ``check``, write nothing and list what would change."""
    try:
        generation = generate(document, target, settings, by_target, advance)
    except jinja2.TemplateError as error:
        raise GenerateError(f"template error: {error}") from None
    except (UnsafeIdentifierError, ValueError) as error:
        raise GenerateError(f"cannot generate {target}: {error}") from None
    files = generation.files
    if spec is not None:
        files = _with_lock(files, spec, out, settings, run_names(target, settings))
    try:
        if check:
            return Output(generation, files, stale=tuple(stale_files(files, out)))
        result = write_generated(files, out)
    except (UnsafePathError, OSError) as error:
        raise GenerateError(f"cannot write {out}: {error}") from None
    advance()
    return Output(generation, files, result.written, result.unchanged)


def _with_lock(
    files: Files, spec: Path, out: Path, settings: GenerateSettings, runs: tuple[str, ...]
) -> Files:
    try:
        spec_bytes = spec.read_bytes()
    except OSError as error:
        raise GenerateError(f"{spec}: cannot read: {error.strerror}") from None
    try:
        lock = make_lock(spec, spec_bytes, out, files, settings.package_version, settings.templates, runs)
    except OSError as error:  # OUT or the templates folder is a symlink loop
        raise GenerateError(f"cannot write {out}: {error}") from None
    return with_lock(files, lock, out)
