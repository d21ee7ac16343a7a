"""The Python sample of an operation: the call through the generated client, typed as the client is.

Example values (JSON data) are written as the client's own types: model classes for objects,
``datetime`` values for date-time strings, lists and dicts of them, so the sample passes
``mypy --strict`` against the generated package. Every value is a literal (``repr``) or a class
name the client view made, so spec text never becomes code.
"""

from __future__ import annotations

import datetime
import json
from collections.abc import Mapping
from typing import Any, NamedTuple

from generator.render.docs.samples import TOKEN_VARIABLE
from generator.render.python_types import EnumView, ModelView

_LINE = 72


class ClientCall(NamedTuple):
    """How the generated client spells an operation: ``client.<group>.<method>(name=value, ...)``."""

    method: str
    arguments: tuple[tuple[str, str, str, str], ...]  # (python name, location, wire name, annotation)
    body: tuple[str, str] | None  # (python name, annotation)
    returns: bool = True


def alternatives(annotation: str) -> list[str]:
    """The members of a union annotation, split at top-level ``|`` only."""
    parts: list[str] = []
    depth = 0
    current = ""
    for character in annotation:
        depth += character == "["
        depth -= character == "]"
        if character == "|" and depth == 0:
            parts.append(current.strip())
            current = ""
        else:
            current += character
    parts.append(current.strip())
    return [part for part in parts if part]


class Literals:
    """Writes JSON values as Python expressions of the client's types; remembers what to import."""

    def __init__(self, models: Mapping[str, ModelView], enums: Mapping[str, EnumView]) -> None:
        self.models = models
        self.enums = enums
        self.used_models: set[str] = set()
        self.uses_datetime = False

    def write(self, value: Any, annotation: str, indent: str = "") -> str:
        options = alternatives(annotation)
        if value is None:
            return "None" if "None" in options or "Any" in options else self._default(options, indent)
        if isinstance(value, dict):
            model = self._model_for(value, options)
            if model is not None:
                return self._model(value, model, indent)
            inner = next((option[9:-1] for option in options if option.startswith("dict[str, ")), "Any")
            return self._layout(
                "{",
                "}",
                [f"{key!r}: {self.write(item, inner, indent + '    ')}" for key, item in value.items()],
                indent,
            )
        if isinstance(value, list):
            inner = next((option[5:-1] for option in options if option.startswith("list[")), "Any")
            return self._layout(
                "[", "]", [self.write(item, inner, indent + "    ") for item in value], indent
            )
        if isinstance(value, str):
            moment = self._moment(value, options)
            if moment is not None:
                return moment
            member = self._member(value, options)
            if member is not None:
                return member
        if isinstance(value, bool) or not isinstance(value, (int, float, str)):
            return repr(value)
        if isinstance(value, float) and "float" not in options and "int" in options and value.is_integer():
            return repr(int(value))
        return repr(value)

    def _member(self, value: str, options: list[str]) -> str | None:
        """An enum value as the client's enum member (``Priority.HIGH``)."""
        for enum in (self.enums[option] for option in options if option in self.enums):
            for name, member_value in enum.members:
                if member_value == value:
                    self.used_models.add(enum.name)
                    return f"{enum.name}.{name}"
        return None

    def _model_for(self, value: dict[str, Any], options: list[str]) -> ModelView | None:
        candidates = [self.models[option] for option in options if option in self.models]
        for model in candidates:
            wires = {field.wire for field in model.fields}
            if set(model.required_wires) <= set(value) and (set(value) <= wires or model.extras is not None):
                return model
        return max(
            candidates, key=lambda model: len({f.wire for f in model.fields} & set(value)), default=None
        )

    def _model(self, value: dict[str, Any], model: ModelView, indent: str) -> str:
        self.used_models.add(model.name)
        arguments = []
        for field in model.fields:
            if field.wire in value:
                written = self.write(value[field.wire], field.type.annotation, indent + "    ")
            elif field.required:
                written = self._default(alternatives(field.type.annotation), indent + "    ")
            else:
                continue
            arguments.append(f"{field.name}={written}")
        return self._layout(f"{model.name}(", ")", arguments, indent)

    def _default(self, options: list[str], indent: str) -> str:
        """A value for a required field the example left out: the simplest of its type."""
        for option in options:
            if option in self.models:
                return self._model({}, self.models[option], indent)
            enum = self.enums.get(option)
            if enum is not None and enum.members:
                self.used_models.add(enum.name)
                return f"{enum.name}.{enum.members[0][0]}"
            simple = {"str": "''", "int": "0", "float": "0.0", "bool": "False", "Any": "None"}.get(option)
            if simple is not None:
                return simple
            if option.startswith("list["):
                return "[]"
            if option.startswith("dict["):
                return "{}"
        return "None"

    def _moment(self, value: str, options: list[str]) -> str | None:
        try:
            if "datetime.datetime" in options:
                parsed = datetime.datetime.fromisoformat(value)
                self.uses_datetime = True
                return _datetime_literal(parsed)
            if "datetime.date" in options:
                day = datetime.date.fromisoformat(value)
                self.uses_datetime = True
                return f"datetime.date({day.year}, {day.month}, {day.day})"
        except ValueError:
            return None
        return None

    @staticmethod
    def _layout(opening: str, closing: str, items: list[str], indent: str) -> str:
        flat = opening + ", ".join(items) + closing
        if len(flat) + len(indent) <= _LINE and "\n" not in flat:
            return flat
        inner = indent + "    "
        return opening + "\n" + "".join(f"{inner}{item},\n" for item in items) + indent + closing


def _datetime_literal(moment: datetime.datetime) -> str:
    fields = [moment.year, moment.month, moment.day, moment.hour, moment.minute, moment.second]
    text = "datetime.datetime(" + ", ".join(str(number) for number in fields)
    if moment.microsecond:
        text += f", {moment.microsecond}"
    offset = moment.utcoffset()
    if offset is not None:
        zone = (
            "datetime.timezone.utc"
            if not offset
            else f"datetime.timezone(datetime.timedelta(seconds={int(offset.total_seconds())}))"
        )
        text += f", tzinfo={zone}"
    return text + ")"


def python_sample(
    package: str,
    call: ClientCall,
    examples: dict[tuple[str, str], Any],
    body: Any,
    models: Mapping[str, ModelView],
    enums: Mapping[str, EnumView],
) -> str:
    """The same call through the generated client, with the same example values."""
    literals = Literals(models, enums)
    arguments: list[str] = []
    for python_name, location, wire, annotation in call.arguments:
        value = examples.get((location, wire))
        if value is None or value == "":
            continue
        arguments.append(f"{python_name}={literals.write(_plain(value), annotation, '    ')}")
    if call.body is not None:
        name, annotation = call.body
        arguments.append(f"{name}={literals.write(_plain(body), annotation, '    ')}")
    text = f"client.{call.method}("
    if arguments:
        text += "\n" + "".join(f"    {argument},\n" for argument in arguments)
    text += ")"
    indented = "    " + text.replace("\n", "\n    ")
    lines = ["import datetime"] if literals.uses_datetime else []
    lines += ["import os", "", f"from {package} import Client"]
    if literals.used_models:
        names = sorted(literals.used_models)
        single = f"from {package}.models import {', '.join(names)}"
        lines.append(single if len(single) <= 88 else single.split(" import ")[0] + " import (")
        if len(single) > 88:
            lines += [f"    {name}," for name in names] + [")"]
    lines += ["", f'with Client(access_token=os.environ["{TOKEN_VARIABLE}"]) as client:']
    if call.returns:
        lines += ["    result = " + indented.lstrip(), "    print(result)"]
    else:
        lines.append(indented)
    return "\n".join(lines)


def _plain(value: Any) -> Any:
    """Only JSON data (dict, list, str, numbers, bools, None) from whatever the spec held."""
    return json.loads(json.dumps(value))
