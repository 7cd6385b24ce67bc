"""`python -m api` runs the `clerk` command line."""
from api.cli import app

app()
