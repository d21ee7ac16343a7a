"""The structural check in a child process gives exactly what it gives in this one."""

from __future__ import annotations

import json
import os
import threading
from pathlib import Path

import pytest

import generator.validate as validation
from generator.load import load, parse
from generator.model import build
from generator.validate import parallel

pytestmark = pytest.mark.skipif(not hasattr(os, "fork"), reason="fork is POSIX only")


def test_forked_and_in_process_results_are_identical(
    real_export: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    document = build(load(str(real_export)))
    monkeypatch.setattr(validation, "PARALLEL_FROM", 10**12)
    alone = validation.validate(document)
    monkeypatch.setattr(validation, "PARALLEL_FROM", 0)
    started: list[bool] = []
    real_start = parallel.start_in_child
    monkeypatch.setattr(parallel, "start_in_child", lambda job: started.append(True) or real_start(job))
    assert validation.validate(document) == alone
    assert validation.validate_source(document.source) == alone
    assert started == [True, True]
    assert sum(problem.rule == "structure" for problem in alone) == 7


def test_a_child_that_fails_is_made_up_for_here() -> None:
    parent = os.getpid()

    def job() -> list[int]:
        if os.getpid() != parent:
            raise RuntimeError("only in the child")
        return [parent]

    assert parallel.start_in_child(job)() == [parent]


def test_the_child_result_comes_back() -> None:
    if threading.active_count() > 1:
        pytest.skip("another thread is alive, so nothing is forked (by design)")
    source = parse("doc.json", json.dumps({"openapi": "3.0.0", "info": {"title": "t", "version": "1"}}))
    pids = parallel.start_in_child(lambda: (os.getpid(), source.name))()
    assert pids[1] == "doc.json" and pids[0] != os.getpid()
