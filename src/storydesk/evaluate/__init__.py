"""Evaluations of each capability on public benchmarks (storydesk eval)."""
