"""The release job behind ``specgen build``: walk the history, then generate the newest export through
the one generation route, with the version and changelog the history implies."""

from __future__ import annotations

from dataclasses import dataclass, replace
from pathlib import Path

from generator.generate.run import Advance, Output, generate_into
from generator.generate.settings import GenerateSettings
from generator.generate.targets import ALL
from generator.history.changelog_entries import changelog
from generator.history.store import Export, History, HistoryError
from generator.history.timeline import Step, Timeline, walk_exports
from generator.load import LoadError
from generator.lock import Finding, Stale, check, read_lock
from generator.model import Document
from generator.problems import Problem


@dataclass(frozen=True)
class Release:
    """What a build produced: the newest step of the history and what generating it wrote."""

    export: Export
    step: Step
    timeline: Timeline
    output: Output
    out: Path

    @property
    def version(self) -> str:
        return self.step.version

    @property
    def problems(self) -> tuple[Problem, ...]:
        return self.output.generation.spec_problems

    @property
    def targets(self) -> dict[str, tuple[str, ...]]:
        """Target -> the files written for it (relative to OUT)."""
        return dict(self.output.generation.targets)


def work_units(exports: tuple[Export, ...]) -> int:
    """How many times a build calls ``advance``: once per export, per target, and for writing."""
    return len(exports) + len(ALL) + 1


def newest_document(timeline: Timeline) -> tuple[Step, Document]:
    """The newest export's step and model; LoadError when the newest export cannot be read."""
    if not timeline.steps:
        raise HistoryError("no exports stored")
    step = timeline.steps[-1]
    if step.error is not None or timeline.newest is None:
        raise LoadError(str(step.export.path), step.error or "cannot be read")
    return step, timeline.newest


def release_settings(
    settings: GenerateSettings, step: Step, timeline: Timeline, allow_external_refs: bool = False
) -> GenerateSettings:
    """A build's settings: the version and changelog come from the history, and the docs are a site."""
    entries = changelog(timeline, allow_external_refs)
    return replace(settings, package_version=step.version, changelog=entries, mkdocs_config=True)


def build_release(
    exports: tuple[Export, ...],
    out: Path,
    settings: GenerateSettings,
    advance: Advance,
    allow_external_refs: bool = False,
) -> Release:
    """Walk the history and generate every target of the newest export into OUT, one folder each."""
    timeline = walk_exports(exports, advance, allow_external_refs)
    step, document = newest_document(timeline)
    settings = release_settings(settings, step, timeline, allow_external_refs)
    output = generate_into(document, step.export.path, out, "all", settings, by_target=True, advance=advance)
    return Release(step.export, step, timeline, output, out)


def check_release(history: History, out: Path) -> list[Stale]:
    """The lock check, plus whether a newer export than the one built has been added since."""
    lock = read_lock(out)
    found = check(out, lock)
    newest = history.newest()
    if newest is not None and (out / lock.spec).resolve() != newest.path.resolve():
        found.insert(0, Stale(Finding.NEWER_EXPORT, lock.spec, f"newest is {newest.path}"))
    return found
