"""Generation, the one route from a document to files (``run.generate_into``, called by ``specgen
generate`` and ``specgen build``): settings -> one client view -> targets (client, stubs, docs) ->
one writer -> one lock."""
