"""Gold questions, metrics as pure functions, and the runner that scores Clerk in-process or over HTTP."""
