"""Times as the desk keeps them (ISO 8601, UTC, microseconds) and as users type them."""

from __future__ import annotations

from datetime import UTC, datetime

from storydesk.errors import UsageError


def parse(value: str) -> str:
    """A time a user gave (``2025-11-25``, ``2025-11-25T14:00``, ``2025-11-25 14:00+02:00``,
    ``yesterday``, ``3 hours ago``) as the desk's UTC form. Without a zone it is local time."""
    text = value.strip()
    try:
        moment = datetime.fromisoformat(text)
    except ValueError:
        moment = _natural(text)
    if moment.tzinfo is None:
        moment = moment.astimezone()  # local time, as the user's clock shows it
    return moment.astimezone(UTC).isoformat(timespec="microseconds")


def _natural(text: str) -> datetime:
    import dateparser

    parsed = dateparser.parse(text, languages=["en"],
                              settings={"PREFER_DATES_FROM": "past", "RETURN_AS_TIMEZONE_AWARE":
                                        False})
    if parsed is None:
        raise UsageError(f"cannot read '{text}' as a time (try 2025-11-25, "
                         "2025-11-25T14:00 or '2 hours ago')")
    return parsed
