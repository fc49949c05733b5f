"""How another thread steers a training run: pause, resume, stop, learning rate, single steps."""

from __future__ import annotations

import math
import threading
import time


class TrainingControl:
    """Lets another thread pause, resume or stop training, change the learning rate, and, while
    paused, train one batch at a time (`step`) or undo such steps (`undo_step`).

    The loop looks at one flag per batch; the lock only comes into play once a request is made.
    """

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._changed = threading.Condition(self._lock)
        self._go = True
        self._stop = False
        self._learning_rate: float | None = None
        self._requests: list[str] = []  # "step" / "undo", served in order while paused
        self._attention = False  # read without the lock by the loop: "a request is waiting"

    def pause(self) -> None:
        with self._lock:
            self._go = False
            self._attention = True

    def resume(self) -> None:
        with self._lock:
            self._go = True
            self._requests.clear()
            self._attention = True
            self._changed.notify_all()

    def stop(self) -> None:
        with self._lock:
            self._stop = True
            self._go = True  # wake a paused loop so it can see the stop
            self._attention = True
            self._changed.notify_all()

    def step(self) -> bool:
        """While paused: train exactly one more batch, then stay paused. False if not paused."""
        return self._request("step")

    def undo_step(self) -> bool:
        """While paused: restore the weights and optimizer from before the latest step."""
        return self._request("undo")

    def set_learning_rate(self, learning_rate: float) -> None:
        """Ask for a new learning rate; the loop applies it before its next batch."""
        if not (math.isfinite(learning_rate) and learning_rate > 0):
            raise ValueError(f"learning rate must be a positive number, not {learning_rate}")
        with self._lock:
            self._learning_rate = float(learning_rate)
            self._attention = True

    @property
    def paused(self) -> bool:
        return not self._go

    @property
    def stop_requested(self) -> bool:
        return self._stop

    @property
    def needs_attention(self) -> bool:
        """A pause, stop, step or new learning rate is waiting (read by the loop at each batch)."""
        return self._attention

    def _request(self, kind: str) -> bool:
        with self._lock:
            if self._go:
                return False
            self._requests.append(kind)
            self._attention = True
            self._changed.notify_all()
            return True

    def take_learning_rate(self) -> float | None:
        with self._lock:
            learning_rate, self._learning_rate = self._learning_rate, None
            return learning_rate

    def wait_while_paused(self) -> tuple[float, str | None]:
        """Block (without spinning) while paused and nothing is asked; return the seconds spent
        waiting and the step request to serve (None: carry on training, or stop)."""
        started = time.perf_counter()
        with self._lock:
            while not self._go and not self._requests:
                self._changed.wait()
            request = self._requests.pop(0) if not self._go else None
            self._attention = not self._go or self._learning_rate is not None
        return time.perf_counter() - started, request
