"""Where the batch runner's jobs run: here, one after another, or on Ray.

Two shapes of job, the same on both:

- ``stage(worker_class, init, jobs)``: a stage over shards of articles. ``worker_class(**init)``
  is built once per worker (it loads what it needs once: the spaCy model), then called on
  one job at a time. On Ray this is a Ray Data ``map_batches`` with that callable class,
  one job a batch, as many actors as workers.
- ``map(function, jobs, shared)``: ``function(job, shared)`` for small numeric jobs
  (clustering); ``shared`` goes to the object store once. On Ray these are Ray tasks.

Results come back in any order (each carries what it is about). Ray is an optional extra
(``pip install storydesk[ray]``); ``InProcess`` needs nothing.
"""

from __future__ import annotations

import logging
import os
import pickle
import warnings
from collections.abc import Callable, Iterator, Sequence
from typing import Any, Protocol, TypeVar

from storydesk.errors import StorydeskError

T = TypeVar("T")
S = TypeVar("S")
R = TypeVar("R")
# Local Ray's shared-memory object store: enough for the shards in flight, small enough for a
# shared laptop (Ray spills to disk beyond it).
OBJECT_STORE_BYTES = 1 << 30


# A worker class: built once per worker with keyword arguments, then called on one job.
Worker = Callable[..., Any]


class Executor(Protocol):
    workers: int

    def stage(
        self, worker_class: Callable[..., Worker], init: dict[str, Any], jobs: Sequence[Any]
    ) -> Iterator[Any]: ...

    def map(
        self, function: Callable[[T, S], R], jobs: Sequence[T], shared: S
    ) -> Iterator[R]: ...

    def close(self) -> None: ...


class InProcess:
    """Every job here, in order: for tests, and for runs too small to be worth Ray."""

    workers = 1

    def stage(
        self, worker_class: Callable[..., Worker], init: dict[str, Any], jobs: Sequence[Any]
    ) -> Iterator[Any]:
        if not jobs:
            return
        worker = worker_class(**init)
        for job in jobs:
            yield worker(job)

    def map(self, function: Callable[[T, S], R], jobs: Sequence[T], shared: S) -> Iterator[R]:
        return (function(job, shared) for job in jobs)

    def close(self) -> None:
        pass


class OnRay:
    """Jobs on Ray: a local instance with ``workers`` CPUs by default, or the cluster at
    ``address``. Ray's own progress bars and logs are kept off the terminal."""

    def __init__(self, address: str | None = None, workers: int | None = None) -> None:
        try:
            import ray
        except ImportError as exc:
            raise StorydeskError(
                "batch runs on Ray, which is not installed: pip install 'storydesk[ray]'"
            ) from exc
        self._ray = ray
        self._started = False
        if not ray.is_initialized():
            if address:
                ray.init(address=address, logging_level=logging.ERROR, log_to_driver=False)
            else:
                cpus = workers or os.cpu_count() or 1
                ray.init(
                    address="local",
                    num_cpus=cpus,
                    include_dashboard=False,
                    object_store_memory=OBJECT_STORE_BYTES,
                    logging_level=logging.ERROR,
                    log_to_driver=False,
                )
            self._started = True
        available = int(ray.cluster_resources().get("CPU", 1))
        self.workers = max(1, min(workers or available, available))
        from ray.data import DataContext

        context = DataContext.get_current()
        context.enable_progress_bars = False
        context.print_on_execution_start = False
        logging.getLogger("ray.data").setLevel(logging.ERROR)

    def stage(
        self, worker_class: Callable[..., Worker], init: dict[str, Any], jobs: Sequence[Any]
    ) -> Iterator[Any]:
        if not jobs:
            return
        import ray.data

        items = [{"job": pickle.dumps(job)} for job in jobs]
        dataset = ray.data.from_items(items, override_num_blocks=len(items))
        with warnings.catch_warnings():
            # ray_remote_args_fn is deprecated since Ray 2.60 (pinned), with no named
            # parameter for max_restarts yet: a worker lost mid-shard fails the run (a rerun
            # resumes it) instead of a restart Ray logs an error about at every actor start
            warnings.simplefilter("ignore", DeprecationWarning)
            results = dataset.map_batches(
                _Batches,
                fn_constructor_kwargs={"worker_class": worker_class, "init": init},
                batch_size=1,
                concurrency=min(self.workers, len(items)),
                num_cpus=1,
                ray_remote_args_fn=_no_restarts,
            )
        for row in results.iter_rows():
            yield pickle.loads(row["result"])

    def map(self, function: Callable[[T, S], R], jobs: Sequence[T], shared: S) -> Iterator[R]:
        if len(jobs) <= 1:  # nothing to spread: sending it out only costs the round trip
            yield from (function(job, shared) for job in jobs)
            return
        ray = self._ray
        remote = ray.remote(num_cpus=1)(_call)
        shared_ref = ray.put(shared)
        pending = [remote.remote(function, job, shared_ref) for job in jobs]
        while pending:
            done, pending = ray.wait(pending, num_returns=1)
            yield ray.get(done[0])

    def close(self) -> None:
        if self._started:
            self._ray.shutdown()
            self._started = False


def _no_restarts() -> dict[str, Any]:
    return {"max_restarts": 0}


def _call(function: Callable[[T, S], R], job: T, shared: S) -> R:
    return function(job, shared)


class _Batches:
    """Ray Data's callable class: builds the worker once, then runs one job per batch."""

    def __init__(self, worker_class: Callable[..., Worker], init: dict[str, Any]) -> None:
        self.worker = worker_class(**init)

    def __call__(self, batch: dict[str, Any]) -> dict[str, list[bytes]]:
        return {"result": [pickle.dumps(self.worker(pickle.loads(job))) for job in batch["job"]]}
