"""What ``specgen generate`` prints and writes to ``--report``."""

from __future__ import annotations

from generator.generate.run import Generation, Output
from generator.problems import summarize
from generator.render.escape import json_document, plain
from generator.report.problem_formats import problem_line, problem_record


def generation_json(generation: Generation, written: list[str] | None = None) -> str:
    payload = {
        "operations": [
            {
                "id": record.operation_id,
                "method": record.method,
                "path": record.path,
                "python_name": record.python_name,
                "iterator": record.iterator,
                "status": record.status,
                "reason": record.reason,
            }
            for record in generation.operations
        ],
        "files": sorted(generation.files),
        "written": sorted(written) if written is not None else None,
        "skipped": [record.python_name for record in generation.skipped],
        "problems": [problem_record(problem) for problem in generation.problems],
        "summary": {
            "operations": len(generation.operations),
            "generated": len(generation.operations) - len(generation.skipped),
            "skipped": len(generation.skipped),
            "files": len(generation.files),
        },
    }
    return json_document(payload)


def warnings_text(spec: str, generation: Generation) -> str:
    """Workarounds generation made, one line each, then a count of the spec's own problems."""
    lines = [problem_line(spec, problem) + "\n" for problem in generation.workarounds]
    spec_problems = generation.spec_problems
    if spec_problems:
        counts = ", ".join(
            f"{count} {label}" for label, count in summarize(list(spec_problems)).items() if count
        )
        lines.append(
            plain(f"{spec}: {len(spec_problems)} spec problems ({counts}); `specgen validate` lists them")
            + "\n"
        )
    return "".join(lines)


def summary_text(out: str, output: Output) -> str:
    """One line: operations generated, and files written of all those generated (the lock included)."""
    generation = output.generation
    generated = len(generation.operations) - len(generation.skipped)
    return (
        plain(
            f"{generated} of {len(generation.operations)} operations generated; "
            f"{len(output.written)} of {len(output.files)} files written to {out}"
        )
        + "\n"
    )


def would_change_text(out: str, stale: list[str]) -> str:
    """``generate --check``: each file a run would change, else that OUT is up to date."""
    if not stale:
        return plain(f"{out} is up to date") + "\n"
    return "".join(plain(f"{out}/{path}: would change") + "\n" for path in stale)
