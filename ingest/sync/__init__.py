"""Papers straight from a council's committee system into the index: a source lists meetings and their documents,
the fetcher brings them politely into a mirror folder with a manifest, and the ordinary ingester takes the rest.

A source type is one module here with a class that has the `Source` shape (`moderngov.ModernGovSource` today);
CMIS or a council's own site would be another module beside it, registered in `SOURCE_TYPES`.
"""
