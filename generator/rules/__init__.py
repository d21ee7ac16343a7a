"""The one rule vocabulary: every problem and change any command can report is a registered rule.

A row (``Rule``) is an id, a default level, an area (load, validate, diff, generate, docs), a message
template and a docs line; diff rows (``ChangeRule``) also say what kind of change they are. Checks
emit a row with arguments; the message comes from its template.

``rule`` has the types (``Level``, ``Area``, ``Kind``, ``Rule``, ``ChangeRule``); ``problem_rules``,
``change_rules`` and ``schema_changes`` hold the rows; ``registry`` has every row by id. The package
imports nothing else of specgen, so every layer (load first) can use it.
"""
