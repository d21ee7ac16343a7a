"""Generation: render a Document into the files of one or more targets (client, stubs, docs)."""
