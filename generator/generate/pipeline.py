"""Render the client and stub targets: build the view once, render templates, format with black."""

from __future__ import annotations

from collections.abc import Callable

import black
import jinja2
from black.mode import Mode, TargetVersion
from black.parsing import InvalidInput
from black.report import NothingChanged

from generator import __version__
from generator.generate.settings import GenerateSettings
from generator.model import Document
from generator.render import python_filters  # noqa: F401  (registers the filters)
from generator.render.client_model import ClientView, build_client_view
from generator.render.environment import make_environment

LINE_LENGTH = 100
_PY_MODE = Mode(target_versions={TargetVersion.PY311}, line_length=LINE_LENGTH)
_PYI_MODE = Mode(target_versions={TargetVersion.PY311}, line_length=LINE_LENGTH, is_pyi=True)

Files = dict[str, str]


class RenderError(ValueError):
    """A template (usually an overriding one) produced something that is not valid Python."""


def client_view(document: Document, settings: GenerateSettings) -> ClientView:
    return build_client_view(document, settings.package_name, settings.package_version)


def format_python(path: str, text: str) -> str:
    """black, in process, with a fixed mode so output never depends on the user's configuration."""
    mode = _PYI_MODE if path.endswith(".pyi") else _PY_MODE
    try:
        return black.format_str(text, mode=mode)
    except NothingChanged:
        return text
    except InvalidInput as error:
        raise RenderError(f"{path}: rendered text is not valid Python ({error})") from None


def _renderer(settings: GenerateSettings, view: ClientView) -> Callable[[str, dict[str, object]], str]:
    environment = make_environment(settings.templates)
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


def render_client(document: Document, settings: GenerateSettings) -> Files:
    view = client_view(document, settings)
    render = _renderer(settings, view)
    files = _package_files("client", ".py", render, view)
    files[f"{view.package}/_runtime.py"] = render("client/_runtime.py.j2", {})
    files["pyproject.toml"] = render("client/pyproject.toml.j2", {})
    return {
        path: format_python(path, text) if path.endswith((".py", ".pyi")) else text
        for path, text in files.items()
    }


def render_stubs(document: Document, settings: GenerateSettings) -> Files:
    view = client_view(document, settings)
    render = _renderer(settings, view)
    files = _package_files("stubs", ".pyi", render, view)
    return {
        path: format_python(path, text) if path.endswith(".pyi") else text for path, text in files.items()
    }
