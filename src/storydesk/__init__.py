"""storydesk: many reports of one developing story, reconciled into one sourced account."""

__version__ = "0.1.0"
