"""How long a download waits before it tries again, and when it gives up.

Two kinds of failure are kept apart. "offline": the hub cannot be reached at
all (no network, a DNS failure, a refused or timed-out connection); the
download says so at once and keeps trying, with a growing wait, until the hub
answers or the person pauses or cancels. Anything else worth another try (a
dropped line, a rate limit, a server error) is tried a few times, then said
in words.
"""

from __future__ import annotations

import time
from dataclasses import dataclass

from hearth.errors import HearthError


@dataclass(frozen=True)
class RetryPolicy:
    """How long a download keeps trying on its own before it reports a failure."""

    attempts: int = 6  # failed tries in a row (any progress resets the count)
    base_delay_s: float = 1.0  # first backoff; doubles up to max_delay_s
    max_delay_s: float = 30.0
    max_retry_after_s: float = 600.0  # longest Retry-After honoured as given
    connect_timeout_s: float = 20.0
    read_timeout_s: float = 60.0  # silence that counts as a dropped line
    # While the hub cannot be reached at all (no network, DNS failure, connection
    # refused or timed out): waits from offline_base_delay_s doubling up to
    # offline_max_delay_s, and no give-up of its own (None) — the person pauses or
    # cancels, and the download goes on by itself once the network is back.
    offline_base_delay_s: float = 2.0
    offline_max_delay_s: float = 60.0
    offline_attempts: int | None = None


@dataclass(frozen=True)
class Retrying:
    """A download waiting to try again, reported the moment the try failed.

    `kind` is "offline" when the hub could not be reached at all (the
    download goes on by itself when it can be) and "retry" for a dropped line
    or a busy hub; `error` says what went wrong, `wait_s` how long until the
    next try, which starts at `at` (time.monotonic()).
    """

    kind: str
    error: HearthError
    wait_s: float
    at: float
    attempt: int  # failed tries in a row of this kind

    @property
    def offline(self) -> bool:
        return self.kind == "offline"


class Backoff:
    """Failed tries in a row and the wait before the next, kept apart for "offline"
    (no connection at all: no give-up by default) and other failures (a limit)."""

    def __init__(self, policy: RetryPolicy) -> None:
        self.policy = policy
        self.reset()

    def reset(self) -> None:
        """Bytes arrived: every count starts again."""
        self.failures = 0
        self.delay = self.policy.base_delay_s
        self.reached()

    def reached(self) -> None:
        """The hub answered: it is not offline (whatever it answered)."""
        self.offline_failures = 0
        self.offline_delay = self.policy.offline_base_delay_s

    def failed(self, error: HearthError, unreachable: bool, wait: float) -> Retrying | None:
        """The next wait after a failed try, or None when it is time to give up."""
        policy = self.policy
        if unreachable:
            self.offline_failures += 1
            limit = policy.offline_attempts
            if limit is not None and self.offline_failures > limit:
                return None
            seconds = self.offline_delay
            self.offline_delay = min(policy.offline_max_delay_s, seconds * 2)
            kind, attempt = "offline", self.offline_failures
        else:
            self.failures += 1
            if self.failures > policy.attempts:
                return None
            seconds = wait or self.delay
            if not wait:
                self.delay = min(policy.max_delay_s, self.delay * 2)
            kind, attempt = "retry", self.failures
        return Retrying(kind, error, seconds, time.monotonic() + seconds, attempt)


def seconds_to_wait(value: str, policy: RetryPolicy) -> float:
    """Seconds the server asked to wait (Retry-After as seconds), within the policy's limit."""
    try:
        seconds = float(value.strip())
    except ValueError:
        return 0.0
    return min(max(seconds, 0.0), policy.max_retry_after_s)
