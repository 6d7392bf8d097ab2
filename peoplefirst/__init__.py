"""Build engine of the People First site: the logic that the MkDocs hooks in hooks/ call."""
