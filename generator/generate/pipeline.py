"""The client and stub targets from the run's client view: render templates, lay out as black does."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import jinja2

from generator import __version__
from generator.generate.cache import cache_folder
from generator.generate.formatting import LINE_LENGTH, format_files
from generator.generate.settings import GenerateSettings
from generator.model import Document
from generator.render import client_layout, python_filters  # noqa: F401  (register the filters)
from generator.render.client_model import ViewOptions, build_client_view
from generator.render.client_views import ClientView
from generator.render.environment import make_environment

Files = dict[str, str]
RUNTIME = Path(__file__).resolve().parent.parent / "client_runtime"


def runtime_files() -> Files:
    """The client's fixed code (``generator/client_runtime``), copied as the ``_runtime`` package."""
    return {path.name: path.read_text(encoding="utf-8") for path in sorted(RUNTIME.glob("*.py"))}


def client_view(document: Document, settings: GenerateSettings) -> ClientView:
    """The run's one view of the document, handed to every target and to the run report."""
    options = ViewOptions(settings.refresh_operation, tuple(sorted(settings.operation_names.items())))
    return build_client_view(document, settings.package_name, settings.package_version, options)


def _renderer(settings: GenerateSettings, view: ClientView) -> Callable[[str, dict[str, object]], str]:
    environment = make_environment(settings.templates, cache_folder("templates"))
    common = {"view": view, "line_length": LINE_LENGTH, "user_agent": f"specgen/{__version__} {view.package}"}

    def render(name: str, extra: dict[str, object]) -> str:
        template: jinja2.Template = environment.get_template(name)
        return template.render(**common, **extra)

    return render


def _package_files(
    prefix: str, suffix: str, render: Callable[[str, dict[str, object]], str], view: ClientView
) -> Files:
    package = view.package
    files: Files = {}
    for module in ("__init__", "client", "errors", "models"):
        files[f"{package}/{module}{suffix}"] = render(f"{prefix}/{module}{suffix}.j2", {})
    files[f"{package}/api/__init__{suffix}"] = render(f"{prefix}/api/__init__{suffix}.j2", {})
    for group in view.groups:
        files[f"{package}/api/{group.attribute}{suffix}"] = render(
            f"{prefix}/api/group{suffix}.j2", {"group": group}
        )
    files[f"{package}/py.typed"] = ""
    return files


def render_client(view: ClientView, settings: GenerateSettings) -> Files:
    render = _renderer(settings, view)
    files = _package_files("client", ".py", render, view)
    for name, text in runtime_files().items():
        files[f"{view.package}/_runtime/{name}"] = text
    files["pyproject.toml"] = render("client/pyproject.toml.j2", {})
    return format_files(files, settings.formatter)


def render_stubs(view: ClientView, settings: GenerateSettings) -> Files:
    render = _renderer(settings, view)
    files = _package_files("stubs", ".pyi", render, view)
    return format_files(files, settings.formatter)
