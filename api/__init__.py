"""The edges: settings, the `clerk` command line, the FastAPI app."""
