"""The one rule vocabulary: every problem and change any command can report is a registered rule.

A row (``Rule``) is an id, a default level, an area (load, validate, diff, generate, docs), a message
template and a docs line; diff rows (``ChangeRule``) also say what kind of change they are. Checks
emit a row with arguments; the message comes from its template.

``rule`` has the types (``Level``, ``Area``, ``Kind``, ``Rule``, ``ChangeRule``); the rows are data
(``problems.json``, ``changes.json``, ``schema_kinds.json``), read by ``rows`` and ``schema_changes``;
``problem_rules`` and ``change_rules`` name each row by a constant that checks import (ids are never
assembled at a use site); ``registry`` has every row by id. The package imports nothing else of
specgen, so every layer (load first) can use it.
"""
