"""Runners over the stage functions of ``pipeline``: the batch runner (``batch``), in shards,
here or on Ray (``executor``), with the story clustering staged to run apart
(``clustering``) and the output as Parquet tables (``tables``)."""
