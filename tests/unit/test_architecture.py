"""The shape of ``generator/``, read from its source with ``ast``: imports run one way, all of them at
the top of a module, and no module grows past 400 lines.

An edge of the import graph is an import statement (``if TYPE_CHECKING:`` ones included: they are
dependencies a reader follows too) or a ``lazy_module("...")`` declaration (generator.lazy).
"""

from __future__ import annotations

import ast
from collections.abc import Iterator
from functools import cache
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[2] / "generator"
MAX_LINES = 400
# The one module that imports by name at run time; everything else declares its edges (lazy_module).
DYNAMIC_IMPORTER = "generator.lazy"


def _module_name(path: Path) -> str:
    parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


@cache
def _modules() -> dict[str, Path]:
    return {_module_name(path): path for path in sorted(PACKAGE.rglob("*.py"))}


@cache
def _tree(name: str) -> ast.Module:
    path = _modules()[name]
    return ast.parse(path.read_text(encoding="utf-8"), filename=str(path))


def _imported(name: str, node: ast.Import | ast.ImportFrom) -> Iterator[str]:
    """The modules of ``generator`` an import statement in module ``name`` names."""
    if isinstance(node, ast.Import):
        yield from (alias.name for alias in node.names)
        return
    base = node.module or ""
    if node.level:
        package = name if _modules()[name].name == "__init__.py" else name.rpartition(".")[0]
        for _ in range(node.level - 1):
            package = package.rpartition(".")[0]
        base = f"{package}.{base}" if base else package
    for alias in node.names:
        submodule = f"{base}.{alias.name}"
        yield submodule if submodule in _modules() else base


def _lazy_target(node: ast.Call) -> str | None:
    function = node.func
    called = function.id if isinstance(function, ast.Name) else getattr(function, "attr", None)
    if called != "lazy_module":
        return None
    argument = node.args[0] if node.args else None
    assert isinstance(argument, ast.Constant) and isinstance(argument.value, str), ast.unparse(node)
    return argument.value


@cache
def _edges(name: str) -> frozenset[str]:
    targets: set[str] = set()
    for node in ast.walk(_tree(name)):
        if isinstance(node, (ast.Import, ast.ImportFrom)):
            targets.update(_imported(name, node))
        elif isinstance(node, ast.Call):
            lazy = _lazy_target(node)
            if lazy is not None:
                internal = lazy.split(".")[0] == "generator"
                assert lazy in _modules() or not internal, f"{name}: lazy_module names no module: {lazy}"
                targets.add(lazy)
    return frozenset(target for target in targets if target in _modules() and target != name)


def _cycles(graph: dict[str, frozenset[str]]) -> list[list[str]]:
    """Strongly connected components of more than one module (Tarjan, without recursion)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []
    for root in sorted(graph):
        if root in index:
            continue
        work = [(root, iter(sorted(graph[root])))]
        index[root] = low[root] = len(index)
        stack.append(root)
        on_stack.add(root)
        while work:
            node, children = work[-1]
            child = next(children, None)
            if child is not None:
                if child not in index:
                    index[child] = low[child] = len(index)
                    stack.append(child)
                    on_stack.add(child)
                    work.append((child, iter(sorted(graph[child]))))
                elif child in on_stack:
                    low[node] = min(low[node], index[child])
                continue
            work.pop()
            if work:
                low[work[-1][0]] = min(low[work[-1][0]], low[node])
            if low[node] == index[node]:
                component = []
                while True:
                    member = stack.pop()
                    on_stack.discard(member)
                    component.append(member)
                    if member == node:
                        break
                if len(component) > 1:
                    found.append(sorted(component))
    return found


def test_the_import_graph_has_no_cycles() -> None:
    graph = {name: _edges(name) for name in _modules()}
    assert _cycles(graph) == []


def test_the_cycle_finder_finds_a_cycle() -> None:
    graph = {"a": frozenset({"b"}), "b": frozenset({"c"}), "c": frozenset({"a"}), "d": frozenset({"a"})}
    assert _cycles(graph) == [["a", "b", "c"]]
    assert _cycles({**graph, "c": frozenset()}) == []


def test_lazy_declarations_count_as_edges() -> None:
    assert "generator.validate.jsonschema_checks" in _edges("generator.validate.values")
    assert "generator.cli.validate" in _edges("generator.cli.main")


def _function_imports(name: str) -> Iterator[str]:
    for function in ast.walk(_tree(name)):
        if isinstance(function, (ast.FunctionDef, ast.AsyncFunctionDef)):
            for node in ast.walk(function):
                if isinstance(node, (ast.Import, ast.ImportFrom)):
                    yield f"{_modules()[name].relative_to(PACKAGE.parent)}:{node.lineno}: {ast.unparse(node)}"


@pytest.mark.parametrize("name", sorted(_modules()))
def test_every_import_is_at_the_top_of_its_module(name: str) -> None:
    assert list(_function_imports(name)) == []


def _dynamic_imports(name: str) -> Iterator[str]:
    """Calls that import a module named at run time (``importlib.import_module``, ``__import__``):
    edges a reader and the graph above cannot see."""
    for node in ast.walk(_tree(name)):
        if isinstance(node, ast.Call):
            function = node.func
            called = function.id if isinstance(function, ast.Name) else getattr(function, "attr", None)
            if called in ("import_module", "__import__"):
                yield f"{_modules()[name].relative_to(PACKAGE.parent)}:{node.lineno}: {ast.unparse(node)}"


@pytest.mark.parametrize("name", sorted(set(_modules()) - {DYNAMIC_IMPORTER}))
def test_no_module_imports_by_a_name_made_at_run_time(name: str) -> None:
    assert list(_dynamic_imports(name)) == []


def test_the_dynamic_import_finder_finds_the_lazy_module_s_import() -> None:
    assert len(list(_dynamic_imports(DYNAMIC_IMPORTER))) == 1


def _own_modules() -> dict[str, Path]:
    """specgen's modules, without client_runtime/: that is the generated client's package, copied into
    the output, whose module and class names are the generated client's own."""
    return {name: path for name, path in _modules().items() if "client_runtime" not in path.parts}


def _shared(names: Iterator[tuple[str, str]]) -> dict[str, list[str]]:
    where: dict[str, list[str]] = {}
    for name, module in names:
        where.setdefault(name, []).append(module)
    return {name: modules for name, modules in where.items() if len(modules) > 1}


def test_no_two_modules_share_a_file_name() -> None:
    special = {"__init__.py", "__main__.py"}
    files = ((path.name, name) for name, path in _own_modules().items() if path.name not in special)
    assert _shared(files) == {}


def _type_names(node: ast.stmt) -> list[str]:
    """A public class's name, or a type alias's (``Check = Callable[...]``)."""
    if isinstance(node, ast.ClassDef):
        return [node.name]
    if isinstance(node, ast.Assign) and isinstance(node.value, ast.Subscript):
        return [
            target.id for target in node.targets if isinstance(target, ast.Name) and target.id[:1].isupper()
        ]
    return []


def test_no_two_public_classes_or_type_aliases_share_a_name() -> None:
    types = (
        (type_name, name)
        for name in _own_modules()
        for node in _tree(name).body
        for type_name in _type_names(node)
        if not type_name.startswith("_") and not type_name.isupper()  # not a constant (SCHEMA_RULES)
    )
    assert _shared(types) == {}


# Names a role shares on purpose: every diff rule module's two checks, every diff format's render,
# and the entry points of ``python -m``.
_ROLE_NAMES = {"check_document", "check_operation", "render", "main"}


def _function_names(module: str, node: ast.stmt) -> list[str]:
    if not isinstance(node, ast.FunctionDef) or node.name.startswith("_") or node.name in _ROLE_NAMES:
        return []
    if module.startswith("generator.cli.") and node.decorator_list:
        return []  # a command, named as it is typed (``specgen validate`` calls validate())
    return [node.name]


def test_no_two_public_functions_share_a_name() -> None:
    functions = (
        (function_name, name)
        for name in _own_modules()
        for node in _tree(name).body
        for function_name in _function_names(name, node)
    )
    assert _shared(functions) == {}


def test_no_module_is_over_400_lines() -> None:
    long = {
        name: count
        for name, path in _modules().items()
        if (count := len(path.read_text(encoding="utf-8").splitlines())) > MAX_LINES
    }
    assert long == {}
