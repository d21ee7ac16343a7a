"""The release job behind ``specgen build``: newest export -> checks, diff, client, stubs, docs, lock."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from pathlib import Path

from generator.generate.settings import GenerateSettings
from generator.generate.targets import ALL, TargetUnavailableError, render_target
from generator.history.changelog import changelog
from generator.history.store import Export, History, HistoryError
from generator.history.timeline import Step, Timeline, walk
from generator.load import LoadError
from generator.lock import Finding, Lock, Stale, check, make_lock, read_lock, write_with_lock
from generator.model import Document
from generator.problems import Problem
from generator.render.writer import WriteResult
from generator.validate import validate

Advance = Callable[[], None]


@dataclass(frozen=True)
class Release:
    """What a build produced: the newest step of the history and the files it wrote."""

    export: Export
    step: Step
    timeline: Timeline
    problems: tuple[Problem, ...]
    targets: dict[str, tuple[str, ...]]  # target -> files written for it (relative to out)
    skipped: dict[str, str]  # target -> why it could not be rendered
    written: WriteResult
    lock: Lock
    out: Path

    @property
    def version(self) -> str:
        return self.step.version


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


def render_all(
    document: Document, settings: GenerateSettings, advance: Advance
) -> tuple[dict[str, str], dict[str, tuple[str, ...]], dict[str, str]]:
    """Every target's files, each under a folder named after the target."""
    files: dict[str, str] = {}
    per_target: dict[str, tuple[str, ...]] = {}
    skipped: dict[str, str] = {}
    for target in ALL:
        try:
            rendered = render_target(target, document, settings)
        except TargetUnavailableError as error:
            skipped[target] = str(error)
        else:
            placed = {f"{target}/{name}": text for name, text in rendered.items()}
            files.update(placed)
            per_target[target] = tuple(sorted(placed))
        advance()
    return files, per_target, skipped


def build_release(
    exports: tuple[Export, ...],
    out: Path,
    settings: GenerateSettings,
    advance: Advance,
    allow_external_refs: bool = False,
) -> Release:
    """Walk the history, render the newest export with the version and changelog it implies, write."""
    timeline = walk(exports, advance, allow_external_refs)
    step, document = newest_document(timeline)
    problems = tuple(validate(document))
    settings = replace(
        settings, package_version=step.version, changelog=changelog(timeline), mkdocs_config=True
    )
    files, per_target, skipped = render_all(document, settings, advance)
    lock = make_lock(
        step.export.path, step.export.path.read_bytes(), out, files, step.version, settings.templates
    )
    written = write_with_lock(files, out, lock)
    advance()
    return Release(step.export, step, timeline, problems, per_target, skipped, written, lock, out)


def check_release(history: History, out: Path) -> list[Stale]:
    """The lock check, plus whether a newer export than the one built has been added since."""
    lock = read_lock(out)
    found = check(out, lock)
    newest = history.newest()
    if newest is not None and (out / lock.spec).resolve() != newest.path.resolve():
        found.insert(0, Stale(Finding.NEWER_EXPORT, lock.spec, f"newest is {newest.path}"))
    return found
