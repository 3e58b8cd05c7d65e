"""Errors with reasons. Each names what went wrong in words a user can act on."""


class StorydeskError(Exception):
    """Base of every error storydesk raises on purpose."""


class UsageError(StorydeskError):
    """The command was asked for something that does not exist (a format, an evaluation)."""


class OptionsError(StorydeskError):
    """A setting is unknown or malformed."""


class InputError(StorydeskError):
    """An input could not be read; the message says which and why."""

    def __init__(self, source: str, reason: str) -> None:
        super().__init__(f"{source}: {reason}")
        self.source = source
        self.reason = reason


class ModelError(StorydeskError):
    """No usable spaCy model."""


class StoreError(StorydeskError):
    """A store could not be opened or read (path or URL, and why)."""
