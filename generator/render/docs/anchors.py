"""Where everything lives in the docs site: a page per tag, explicit anchors that stay stable."""

from __future__ import annotations

import functools
import hashlib
import posixpath
import re
from collections.abc import Iterable
from typing import NamedTuple, TypeVar

from generator.model import Document, Operation
from generator.model.objects import UNTAGGED

INDEX_PAGE = "index.md"
MODELS_PAGE = "models.md"
MODELS_DIR = "models"
CHANGELOG_PAGE = "changelog.md"

_NOT_ANCHOR = re.compile(r"[^A-Za-z0-9_-]+")
_EDGE_UNDERSCORES = re.compile(r"(?<![A-Za-z0-9])_+|_+(?![A-Za-z0-9])")
_NOT_SLUG = re.compile(r"[^a-z0-9]+")
_WORDS = re.compile(r"[^a-z0-9]+")
# Anchors used by the page skeletons themselves; spec names never take them.
RESERVED = frozenset({"top", "operations", "models", "changelog", "overview"})
# Page names stay well under file-system limits (255 bytes) whatever the length of a tag.
MAX_SLUG = 80
_HASH_LENGTH = 8
Named = TypeVar("Named", Operation, str)


class Target(NamedTuple):
    """A page and an anchor on it (a named tuple: one per schema and operation, made in half the
    time of a frozen dataclass)."""

    page: str
    anchor: str

    def href_from(self, page: str) -> str:
        return f"{relative_page(page, self.page)}#{self.anchor}"


def relative_page(source: str, target: str) -> str:
    if source == target:
        return ""
    folder, _, name = target.rpartition("/")
    if folder == source.rpartition("/")[0]:
        return name  # the common case (a model page linking another), without relpath's cost
    return _climb(source, target)


@functools.lru_cache(maxsize=4096)
def _climb(source: str, target: str) -> str:
    return posixpath.relpath(target, posixpath.dirname(source) or ".")


def anchor_text(name: str, prefix: str) -> str:
    """An HTML id from a spec name: letters, digits, ``-`` and ``_`` only, starting with a letter."""
    # An "_" at a word's edge could open emphasis inside the heading's "{#...}" before attr_list
    # reads it ("op-__heartbeat__"), so only "_" between letters or digits is kept. Runs of "-"
    # collapse, so "--" stays free for the sub-anchors of a section ("op--parameters").
    if name.isalnum() and name.isascii() and name[0].isalpha():  # "Pet", "S12": already an id
        return name
    cleaned = _EDGE_UNDERSCORES.sub("-", _NOT_ANCHOR.sub("-", name))
    cleaned = re.sub("-{2,}", "-", cleaned).strip("-")
    if not cleaned or not cleaned[0].isalpha():
        cleaned = f"{prefix}-{cleaned}".rstrip("-")
    return cleaned


def slug(name: str) -> str:
    """A file-name part from a spec name; a long one is cut and ends in a hash of the whole name."""
    return _short(_NOT_SLUG.sub("-", name.lower()).strip("-") or "tag", name)


def _short(text: str, name: str) -> str:
    if len(text) <= MAX_SLUG:
        return text
    digest = hashlib.sha256(name.encode("utf-8", "surrogatepass")).hexdigest()[:_HASH_LENGTH]
    return f"{text[: MAX_SLUG - _HASH_LENGTH - 1].rstrip('-')}-{digest}"


def _unique(candidate: str, taken: set[str]) -> str:
    """The candidate, or the candidate with the first free numeric suffix (case-insensitive)."""
    result = candidate
    counter = 2
    lowered = result.lower()
    while lowered in taken or lowered in RESERVED:
        result = f"{candidate}-{counter}"
        lowered = result.lower()
        counter += 1
    taken.add(lowered)
    return result


def _compact(text: str) -> str:
    lowered = text.lower()
    return lowered if lowered.isalnum() and lowered.isascii() else _WORDS.sub("", lowered)


class DocsIndex:
    """Pages and anchors for every tag, operation and component schema of one document."""

    def __init__(self, document: Document) -> None:
        self.document = document
        self.tag_pages: dict[str, str] = {}
        self.tag_titles: dict[str, str] = {}
        self.tag_operations: dict[str, list[Operation]] = {}
        taken_pages: set[str] = set()
        tag_names = [tag.name for tag in document.tags]
        if any(not operation.tags for operation in document.operations):
            tag_names.append(UNTAGGED)
        for name in tag_names:
            if name in self.tag_pages:
                continue
            page_slug = _unique(slug(name), taken_pages)
            self.tag_pages[name] = f"tags/{page_slug}.md"
            self.tag_titles[name] = name
            self.tag_operations[name] = []
        self.operations: dict[str, Target] = {}
        taken_anchors: dict[str, set[str]] = {}
        for operation in document.operations:
            for tag in operation.tags or (UNTAGGED,):
                self.tag_operations[tag].append(operation)
            page = self.tag_pages[operation.home_tag]
            base = operation.operation_id or f"{operation.method}-{operation.path}"
            anchor = _unique(anchor_text(base, "op"), taken_anchors.setdefault(page, set()))
            self.operations[operation.key] = Target(page, anchor)
        schema_anchors: set[str] = set()
        self.schemas: dict[str, Target] = {}
        # A component that is only a ``$ref`` to another one gets no page: its links go to the target.
        self.aliases = {
            name: schema.name
            for name, schema in document.schemas.items()
            if schema.name is not None and schema.name != name and schema.name in document.schemas
        }
        for name in document.schemas:
            if name in self.aliases:
                continue
            model_anchor = _unique(anchor_text(name, "schema"), schema_anchors)
            page = f"{MODELS_DIR}/{_short(model_anchor, name)}.md"
            self.schemas[name] = Target(page, model_anchor)
        for name, target in self.aliases.items():
            self.schemas[name] = self.schemas[target]

    # The loose-name maps serve only links in spec text that name something loosely: made on first use.
    @functools.cached_property
    def _by_compact_schema(self) -> dict[str, str]:
        return _unique_map((_compact(name), name) for name in self.schemas)

    @functools.cached_property
    def _by_id(self) -> dict[str, Operation]:
        return {op.operation_id: op for op in self.document.operations if op.operation_id}

    @functools.cached_property
    def _by_compact_id(self) -> dict[str, Operation]:
        return _unique_map((_compact(op.operation_id or ""), op) for op in self.document.operations)

    @functools.cached_property
    def _by_words(self) -> dict[str, Operation]:
        return _unique_map(
            (_compact(op.method + re.sub(r"\{[^}]*\}", "", op.path)), op) for op in self.document.operations
        )

    def operation(self, operation: Operation) -> Target:
        return self.operations[operation.key]

    def schema(self, name: str | None) -> Target | None:
        return self.schemas.get(name) if name is not None else None

    def find_operation(self, reference: str) -> Operation | None:
        """An operation named by a link: its operationId, loosely spelled, or method and path words."""
        exact = self._by_id.get(reference)
        if exact is not None:
            return exact
        compact = _compact(reference)
        if not compact:
            return None
        return self._by_compact_id.get(compact) or self._by_words.get(compact)

    def find_schema(self, reference: str) -> str | None:
        if reference in self.schemas:
            return reference
        return self._by_compact_schema.get(_compact(reference))

    def find_tag(self, reference: str) -> str | None:
        matches = [name for name in self.tag_pages if reference in (name, slug(name))]
        return matches[0] if matches else None


def _unique_map(pairs: Iterable[tuple[str, Named]]) -> dict[str, Named]:
    """Keys that name exactly one operation or schema; ambiguous keys are dropped rather than guessed."""
    found: dict[str, Named] = {}
    ambiguous: set[str] = set()
    for key, value in pairs:
        if not key:
            continue
        if key in found and found[key] is not value:
            ambiguous.add(key)
        found.setdefault(key, value)
    return {key: value for key, value in found.items() if key not in ambiguous}
