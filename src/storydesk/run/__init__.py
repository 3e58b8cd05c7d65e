"""Runners over the stage functions: local, and Ray (later issue)."""
