"""Walk the history oldest first: load each export, diff it with the one before, derive versions."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field

from generator.diff import DiffReport, compare
from generator.history.store import Export
from generator.history.versioning import FIRST_VERSION, bump
from generator.load import LoadError, load
from generator.model import Document, build


@dataclass(frozen=True)
class Step:
    """One export in the history and what changed since the previous readable one.

    ``report`` is None for the first readable export and for an export that cannot be read
    (``error`` says why); ``version`` is the generated package's version once this export is built.
    """

    export: Export
    version: str
    operations: int | None = None
    report: DiffReport | None = None
    error: str | None = None
    previous: Export | None = field(default=None)

    @property
    def semver(self) -> str | None:
        return None if self.report is None else self.report.semver

    @property
    def summary(self) -> Mapping[str, int] | None:
        return None if self.report is None else self.report.summary


@dataclass(frozen=True)
class Timeline:
    """Every step, plus the newest readable document and its predecessor for building."""

    steps: tuple[Step, ...]
    newest: Document | None
    previous: Document | None

    @property
    def version(self) -> str | None:
        readable = [step for step in self.steps if step.error is None]
        return readable[-1].version if readable else None


def load_export(export: Export, allow_external_refs: bool = False) -> Document:
    """The export's model, loaded as every command loads a spec; raises LoadError when it cannot be."""
    return build(load(str(export.path), allow_external_refs))


def walk_exports(
    exports: tuple[Export, ...], advance: Callable[[], None] | None = None, allow_external_refs: bool = False
) -> Timeline:
    """Load and compare successive exports; ``advance`` is called once per export (for progress)."""
    steps: list[Step] = []
    version: str | None = None
    previous: Document | None = None
    before: Document | None = None
    previous_export: Export | None = None
    for export in exports:
        try:
            document = load_export(export, allow_external_refs)
        except LoadError as error:
            steps.append(Step(export, version or FIRST_VERSION, error=str(error)))
        else:
            report = None if previous is None else compare(previous, document)
            version = FIRST_VERSION if version is None or report is None else bump(version, report.semver)
            steps.append(Step(export, version, len(document.operations), report, None, previous_export))
            before, previous, previous_export = previous, document, export
        if advance is not None:
            advance()
    return Timeline(tuple(steps), previous, before)
