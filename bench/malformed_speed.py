"""Time `specgen validate` on 63 MB JSON texts, each broken in one way: CPU, peak RSS, exit, message.

Each shape is a large OpenAPI document with one error, written piece by piece (no copy of the text in
this process). Every run is a fresh process; the best CPU time and the best peak RSS of ``--runs`` runs
are shown. With ``--check`` the message is compared with the place and message ``json.loads`` gives (a
full parse in a child process, which takes longer and more memory than specgen); for nesting too deep,
with the place a plain walk over the brackets outside strings finds.

    .venv/bin/python bench/malformed_speed.py [--runs N] [--check] [--only NAME ...]

Target: every shape refused with exit 2 in under 2 s CPU and 500 MB.
"""

from __future__ import annotations

import argparse
import codecs
import json
import os
import subprocess
import sys
import tempfile
import textwrap
from pathlib import Path

from validate_speed import peak_run

BIN = Path(sys.executable).parent
SIZE = 63 * 2**20
HEAD = '{"openapi": "3.0.3", "info": {"title": "t", "version": "1"}, "paths": {}, "x-list": '
# Nesting too deep: the place where the depth first passes 500, as the plain bracket walk finds it.
_FULL_PARSE = r"""
import json, re, sys
text = open(sys.argv[1], encoding="utf-8").read()
try:
    json.loads(text, object_hook=len, parse_int=bool, parse_float=bool)
except json.JSONDecodeError as error:
    print(f"{error.lineno}:{error.colno}: malformed JSON: {error.msg}")
except RecursionError:
    depth = 0
    for found in re.finditer(r'"(?:[^"\\]|\\.)*"|[\[{\]}]', text):
        depth += 1 if found.group() in "[{" else -1 if found.group() in "]}" else 0
        if depth > 500:
            line = text.count("\n", 0, found.start()) + 1
            print(f"{line}:{found.start() - text.rfind(chr(10), 0, found.start())}: nesting deeper than 500 levels")
            break
"""

# One shape a line: its name, then the opening of the list, the item it repeats, the broken piece that
# stands halfway and the closing, each after a "|" (a space in a piece is written "_", "\\" escapes).
# An opening that starts with "^" stands at the very start of the text instead of HEAD and its list.
_SHAPES = r"""
array-wrong-bracket     | [ | {"n":_1},_ | {"n":_1]}_ | {}]}
array-double-comma      | [ | {"n":_1},_ | {"n":_1},,_ | {}]}
array-missing-comma     | [ | {"n":_1},_ | {"n":_1}_ | {}]}
array-trailing-comma    | [ | {"n":_1},_ | | ]}
object-missing-colon    | { | "k":_12,_ | "k"_12,_ | "z":_0}}
object-double-comma     | { | "k":_12,_ | "k":_12,,_ | "z":_0}}
nested-bad-token        | [ | {"a":_{"b":_{"c":_{"d":_{"e":_1}}}}},_ | {"a":_{"b":_{"c":_{"d":_{"e":_tru}}}}},_ | {}]}
string-unterminated     | [ | {"n":_"v"},_ | {"n":_"v},_ | {}]}
long-string-control     | " | abcdefgh | \x01 | "}
long-string-escape      | " | abcdefgh | \\q | "}
long-string-open        | " | abcdefgh | | }
numbers-bad             | [ | 123456789.125,_ | 123456789.125.5,_ | 0]}
numbers-double-comma    | [ | 123456789.125,_ | 1,,_ | 0]}
after-huge-member       | [ | {"n":_1},_ | | {}]_"y":_1}
double-comma-after-huge | [ | {"n":_1},_ | | {}],,_"y":_1}
deep-after-huge         | [ | {"n":_{"o":_1,_"m":_2}},_ | | {}],_"y":_{"z":_[1,_[2_3]]}}
extra-data              | [ | {"n":_1},_ | | {}]},_"y":_1}
closers-then-garbage    | [[[[[[[[[ | {"n":_1},_ | | {}]]]]]]]]]_x}
many-closers-garbage    | [[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[ | {"n":_1},_ | | {}]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]_x}
emoji-comma-start       | ["\U0001F600",_{},,_ | {"a":_1,_"b":_"x"},_ | | {}]}
emoji-comma-mid         | ["\U0001F600",_ | {"a":_1,_"b":_"x"},_ | {"a":_1},,_ | {}]}
emoji-comma-end         | ["\U0001F600",_ | {"a":_1,_"b":_"x"},_ | | ,_{}]}\n
emoji-wrong-bracket     | ["\U0001F600",_ | {"a":_1,_"b":_"x"},_ | {"a":_1]}_ | {}]}
emoji-closers-garbage   | [[[[[[[[["\U0001F600",_ | {"n":_1},_ | | {}]]]]]]]]]_x}
emoji-long-string       | "\U0001F600 | abcdefgh | \x01 | "}
emoji-string-in-array   | [1,_2,_"\U0001F600 | abcdefgh | \x01 | "]}
emoji-string-member     | {"k":_1,_"s":_"\U0001F600 | abcdefgh | \x01 | "}}
emoji-long-escape       | "\U0001F600 | abcdefgh | \\q | "}
typo-first              | ^{"a":tru,_"x-list":_[ | {"n":_1},_ | | {}]}
nan-first               | ^{"a":NaN,"x-list":_[ | {"n":_1},_ | {"n":_1},,_ | {}]}
surrogate-first         | ^{"\\ud800":_1,_"x-list":_[ | {"n":_1},_ | {"n":_1},,_ | {}]}
low-surrogate-first     | ^{"a":"\\udc00","x-list":_[ | {"n":_1},_ | {"n":_1},,_ | {}]}
nan-items               | [ | {"n":_NaN},_ | {"n":_1},,_ | {}]}
infinity-items          | [ | {"n":_-Infinity,_"m":_Infinity},_ | {"n":_1},,_ | {}]}
surrogate-items         | [ | {"n":_1,_"s":_"\\udfff",_"m":_2,_"o":_3},_ | {"n":_1},,_ | {}]}
nan-glued-in-strings    | [ | {"n":_NaN,_"s":_"NaNs",_"m":_1,_"o":_2},_ | {"n":_1},,_ | {}]}
nan-then-many-closers   | [[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[ | {"n":_1},_ | {"n":_NaN},_ | {}]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]_x}
nan-then-deep-error     | [ | {"n":_1},_ | {"n":_NaN,_"m":_[[[[[[[[[[[[[[[[[[[[1_2]]]]]]]]]]]]]]]]]]]},_ | {}]}
surrogate-then-deep     | [ | {"n":_1},_ | {"n":_"\\ud800",_"m":_[[[[[[[[[[[[[[[[[[[[1_2]]]]]]]]]]]]]]]]]]]},_ | {}]}
"""
SHAPES = {
    name.strip(): tuple(codecs.decode(piece.strip().replace("_", " "), "unicode_escape") for piece in pieces)
    for name, *pieces in (line.split("|") for line in _SHAPES.strip().splitlines())
}
# Nesting 1,000 levels deep at the very end of 63 MB of parameters, on one line and pretty-printed; their
# descriptions hold brackets, escaped quotes and escaped backslashes.
_PARAMETER = {
    "name": "limit",
    "description": 'How many [items] to return, "at most" 100 {per page}, read from C:\\x\\. ' * 4,
    "schema": {"maximum": 100},
}
_DEEP = "[" * 1000 + "]" * 1000
SHAPES["deep-at-end"] = ("[", json.dumps(_PARAMETER) + ", ", "", '{}], "z": ' + _DEEP + "}")
SHAPES["deep-at-end-pretty"] = (
    "[\n",
    textwrap.indent(json.dumps(_PARAMETER, indent=2), "    ") + ",\n",
    "",
    '    {}\n  ],\n  "z": ' + _DEEP.replace("[", "[\n ") + "\n}",
)


def write_shape(path: Path, name: str) -> None:
    opening, item, broken, closing = SHAPES[name]
    opening = opening[1:] if opening.startswith("^") else HEAD + opening
    count = (SIZE - len(opening) - len(broken) - len(closing)) // len(item)
    halves = (count // 2, count - count // 2) if broken else (count, 0)
    with path.open("w", encoding="utf-8") as handle:
        handle.write(opening)
        for index, repeats in enumerate(halves):
            for _ in range(repeats // 1000):
                handle.write(item * 1000)
            handle.write(item * (repeats % 1000))
            if index == 0:
                handle.write(broken)
        handle.write(closing)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3, help="runs per shape (the best is shown)")
    parser.add_argument("--check", action="store_true", help="compare with the message of a full parse")
    parser.add_argument("--only", nargs="*", default=list(SHAPES), help="the shapes to run")
    args = parser.parse_args()
    print(f"load average {os.getloadavg()[0]:.1f}")
    print(f"{'shape':<22} {'CPU s':>6} {'peak MB':>8} {'exit':>4}  message")
    failed = False
    with tempfile.TemporaryDirectory() as folder:
        for name in args.only:
            path = Path(folder) / "spec.json"
            write_shape(path, name)
            runs = [peak_run([str(BIN / "specgen"), "validate", str(path)]) for _ in range(args.runs)]
            cpu, peak = min(run[1] for run in runs), min(run[2] for run in runs)
            code, message = runs[-1][3], runs[-1][4].strip().replace(str(path), "spec.json")
            failed |= code != 2 or cpu >= 2 or peak >= 500
            print(f"{name:<22} {cpu:>6.2f} {peak:>8.0f} {code:>4}  {message[-90:]}")
            if args.check:
                full = subprocess.run(
                    [sys.executable, "-c", _FULL_PARSE, str(path)], capture_output=True, text=True, check=True
                ).stdout.strip()
                same = full and message.endswith(full)
                failed |= not same
                print(f"{'':<22} full parse: {full} ({'same' if same else 'DIFFERENT'})")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
