"""Where grading tasks run: local worker processes, or a Dask cluster when a scheduler is given."""

import multiprocessing
import os
from concurrent.futures import FIRST_COMPLETED, ProcessPoolExecutor
from concurrent.futures import wait as wait_futures

from autograder.engine.task import GradingTask, run_task


class Workers:
    """Local worker processes, or a Dask cluster when a scheduler address is given."""

    def __init__(self, workers: int | None, scheduler: str | None):
        self.scheduler = scheduler
        self.size = workers or os.cpu_count() or 1
        self._pool = None
        self._client = None

    def __enter__(self):
        if self.scheduler:
            from distributed import Client
            self._client = Client(self.scheduler)
            self.size = max(1, sum(w.get("nthreads", 1) for w in self._client.scheduler_info()["workers"].values()))
        else:
            self._start_pool()
        return self

    def _start_pool(self):
        # spawn, not fork: workers start clean, without the main process's threads and DB handles
        self._pool = ProcessPoolExecutor(self.size, mp_context=multiprocessing.get_context("spawn"))

    def submit(self, task: GradingTask):
        if self._client is not None:
            return self._client.submit(run_task, task, pure=False)
        return self._pool.submit(run_task, task)

    def wait_any(self, futures: list, timeout: float | None = None) -> set:
        if self._client is not None:
            from distributed import wait as dask_wait
            try:
                return set(dask_wait(futures, timeout=timeout, return_when="FIRST_COMPLETED").done)
            except TimeoutError:
                return set()
        return wait_futures(futures, timeout=timeout, return_when=FIRST_COMPLETED).done

    def restart(self):
        if self._pool is not None:
            self._pool.shutdown(cancel_futures=True)
            self._start_pool()

    def __exit__(self, *exc):
        if self._client is not None:
            self._client.close()
        if self._pool is not None:
            self._pool.shutdown(cancel_futures=True)
