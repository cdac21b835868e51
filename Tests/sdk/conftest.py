"""Fixtures that run a REAL mock-plivo process and point the official Plivo Python SDK at it.

Scenario modules (applications, persistence, and later subaccounts, endpoint cascade, faults/retries,
callback signatures) build on three fixtures:

* ``mock_plivo_factory``: ``start(**options)`` launches a mock-plivo (extra CLI flags, a database file, a seed...)
  and returns a ``MockPlivo``; every process it started is stopped at teardown with SIGTERM, and the test fails
  unless the process exits 0 within 10 s.
* ``mock_plivo``: one default instance (in-memory database, the test account below).
* ``plivo_client``: a ``plivo.RestClient`` for ``mock_plivo``'s main account, with the SDK's URL globals pointed at
  it (see mockplivo_sdk.py) for the duration of the test.

The binary is ``$MOCK_PLIVO_BIN`` or ``<repo>/.build/debug/mock-plivo`` (scripts/sdk-test.sh builds it).
"""

from __future__ import annotations

import os
import signal
import subprocess
import time
import uuid
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterator, Optional, Sequence

import pytest
import requests

from mockplivo_sdk import make_client, point_plivo_at
from receiver import Receiver

REPO_ROOT = Path(__file__).resolve().parents[2]

#: Main-account credentials the tests run under (MA + 18, as the SDK insists).
AUTH_ID = "MASDKTEST00000000001"
AUTH_TOKEN = "SdkTestToken00000000000000000000000000001"

STARTUP_TIMEOUT = 30.0
STOP_TIMEOUT = 10.0


def mock_binary() -> Path:
    configured = os.environ.get("MOCK_PLIVO_BIN")
    path = Path(configured) if configured else REPO_ROOT / ".build" / "debug" / "mock-plivo"
    if not path.is_file() or not os.access(path, os.X_OK):
        pytest.fail(f"mock-plivo binary not found at {path}: run scripts/sdk-test.sh, or set MOCK_PLIVO_BIN")
    return path


def _child_environment() -> dict:
    """The caller's environment minus anything that would reconfigure the mock behind the test's back."""
    return {
        key: value
        for key, value in os.environ.items()
        if not key.startswith("MOCK_PLIVO_") and key not in ("PLIVO_AUTH_ID", "PLIVO_AUTH_TOKEN")
    }


@dataclass
class MockPlivo:
    """A running mock-plivo process. Unpacks as ``base_url, auth_id, auth_token, process``."""

    base_url: str
    auth_id: str
    auth_token: str
    process: subprocess.Popen
    log_path: Path
    db: str
    args: list = field(default_factory=list)

    def __iter__(self):
        return iter((self.base_url, self.auth_id, self.auth_token, self.process))

    @property
    def port(self) -> int:
        return int(self.base_url.rsplit(":", 1)[1])

    def url(self, path: str) -> str:
        return self.base_url + path

    def account_path(self, auth_id: Optional[str] = None) -> str:
        return f"/v1/Account/{auth_id or self.auth_id}/"

    def applications_url(self, app_id: Optional[str] = None, auth_id: Optional[str] = None) -> str:
        path = self.account_path(auth_id) + "Application/"
        if app_id is not None:
            path += f"{app_id}/"
        return self.url(path)

    def session(self, auth_id: Optional[str] = None, auth_token: Optional[str] = None) -> requests.Session:
        """A raw-HTTP session with Basic auth (the main account's unless told otherwise)."""
        s = requests.Session()
        s.auth = (auth_id or self.auth_id, auth_token or self.auth_token)
        return s

    def log_tail(self, lines: int = 40) -> str:
        try:
            return "\n".join(self.log_path.read_text(errors="replace").splitlines()[-lines:])
        except OSError:
            return "(no log)"

    @property
    def running(self) -> bool:
        return self.process.poll() is None

    def stop(self, timeout: float = STOP_TIMEOUT) -> int:
        """SIGTERM, then wait; SIGKILL (and raise) if it has not exited within `timeout`. Returns the exit code."""
        if self.running:
            self.process.send_signal(signal.SIGTERM)
        try:
            return self.process.wait(timeout=timeout)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()
            raise AssertionError(
                f"mock-plivo (pid {self.process.pid}) did not exit within {timeout:.0f} s of SIGTERM; "
                f"killed it. Log tail:\n{self.log_tail()}"
            )

    def kill(self) -> int:
        """SIGKILL (kill -9): no chance to flush or close anything."""
        self.process.send_signal(signal.SIGKILL)
        return self.process.wait(timeout=STOP_TIMEOUT)


def start_mock_plivo(
    workdir: Path,
    *,
    db: str = ":memory:",
    auth_id: str = AUTH_ID,
    auth_token: str = AUTH_TOKEN,
    extra_args: Sequence[str] = (),
    env: Optional[dict] = None,
) -> MockPlivo:
    """Launch mock-plivo on a free port and return once `/__mock/health` answers 200."""
    workdir.mkdir(parents=True, exist_ok=True)
    tag = uuid.uuid4().hex[:8]
    port_file = workdir / f"port-{tag}"
    log_path = workdir / f"mock-plivo-{tag}.log"
    args = [
        str(mock_binary()),
        "--host", "127.0.0.1",
        "--port", "0",
        "--port-file", str(port_file),
        "--db", db,
        "--auth-id", auth_id,
        "--auth-token", auth_token,
        *extra_args,
    ]
    child_env = _child_environment()
    child_env.update(env or {})
    with open(log_path, "wb") as log:
        process = subprocess.Popen(args, stdout=log, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL, env=child_env)

    def fail(reason: str) -> None:
        if process.poll() is None:
            process.kill()
            process.wait()
        tail = "\n".join(log_path.read_text(errors="replace").splitlines()[-40:])
        pytest.fail(f"mock-plivo {reason} (args: {' '.join(args)}). Log tail:\n{tail}")

    deadline = time.monotonic() + STARTUP_TIMEOUT
    port = None
    while port is None:
        if process.poll() is not None:
            fail(f"exited with {process.returncode} before writing its port file")
        try:
            text = port_file.read_text().strip()
            port = int(text) if text else None
        except (OSError, ValueError):
            port = None
        if port is None:
            if time.monotonic() > deadline:
                fail(f"wrote no port file within {STARTUP_TIMEOUT:.0f} s")
            time.sleep(0.02)

    base_url = f"http://127.0.0.1:{port}"
    while True:
        if process.poll() is not None:
            fail(f"exited with {process.returncode} before answering its health check")
        try:
            if requests.get(base_url + "/__mock/health", timeout=2).status_code == 200:
                break
        except requests.RequestException:
            pass
        if time.monotonic() > deadline:
            fail(f"did not answer /__mock/health within {STARTUP_TIMEOUT:.0f} s")
        time.sleep(0.05)

    return MockPlivo(base_url, auth_id, auth_token, process, log_path, db, args)


@pytest.fixture
def mock_plivo_factory(tmp_path: Path) -> Iterator[Callable[..., MockPlivo]]:
    """``start(db=..., extra_args=[...], ...)`` -> MockPlivo. Everything started is stopped (and checked) at teardown."""
    started: list[MockPlivo] = []

    def start(**options) -> MockPlivo:
        mock = start_mock_plivo(tmp_path / "mock", **options)
        started.append(mock)
        return mock

    yield start

    failures = []
    for mock in started:
        if not mock.running:
            continue  # stopped or killed on purpose by the test, which checked what it wanted
        try:
            code = mock.stop()
        except AssertionError as error:
            failures.append(str(error))
            continue
        if code != 0:
            failures.append(f"mock-plivo exited {code} on SIGTERM (expected 0). Log tail:\n{mock.log_tail()}")
    if failures:
        pytest.fail("\n\n".join(failures))


@pytest.fixture
def mock_plivo(mock_plivo_factory) -> MockPlivo:
    """A fresh mock-plivo (in-memory database) for one test, its simulated clock at `--time-scale 0`: messages and
    calls run to their end at once."""
    return mock_plivo_factory(extra_args=["--time-scale", "0"])


@pytest.fixture
def plivo_client(mock_plivo: MockPlivo):
    """A plivo.RestClient for the mock's main account; the SDK's base URLs point at the mock during the test."""
    with point_plivo_at(mock_plivo.base_url):
        client = make_client(mock_plivo.auth_id, mock_plivo.auth_token)
        try:
            yield client
        finally:
            client.session.close()


@pytest.fixture
def receiver() -> Iterator[Receiver]:
    """A running callback receiver (receiver.py), stopped after the test."""
    with Receiver() as running:
        yield running


@pytest.fixture
def manual(mock_plivo_factory) -> MockPlivo:
    """A mock-plivo whose simulated clock moves only when the test says (`advance` in mockplivo_sdk)."""
    return mock_plivo_factory(extra_args=["--time-scale", "manual"])


@pytest.fixture
def manual_client(manual: MockPlivo):
    """A plivo.RestClient for the manual-clock mock's main account."""
    with point_plivo_at(manual.base_url):
        client = make_client(manual.auth_id, manual.auth_token)
        try:
            yield client
        finally:
            client.session.close()
