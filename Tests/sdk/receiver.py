"""A callback receiver for the SDK tests: a real HTTP server of the test's own that records every request the mock
makes, and the check a user's server makes of the signatures, with the official SDK's validators.
"""

from __future__ import annotations

import threading
import time
from dataclasses import dataclass
from typing import Callable, Union
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs, urlsplit

from plivo.utils import validate_signature, validate_v3_signature

PLIVO_XML = b"<Response><Speak>Hello from the test</Speak></Response>"


@dataclass
class Received:
    """One callback as the receiver saw it: what a user's handler would pass to the validators."""

    method: str
    url: str
    headers: dict
    params: dict

    @property
    def path(self) -> str:
        return urlsplit(self.url).path


class Receiver:
    """A tiny HTTP server on a free port, in a thread: answers `/answer*` and `/fallback` with Plivo XML (or 500
    when the path says so) and everything else with "OK", recording each request first."""

    def __init__(self) -> None:
        self.requests: list[Received] = []
        #: Bodies to serve by path, as Plivo XML (``receiver.documents["/answer"] = response.to_string()``), or a
        #: function of the request that returns it, for a handler that reads what was posted (``Digits``...).
        self.documents: dict[str, Union[str, Callable[[Received], str]]] = {}
        self._lock = threading.Lock()
        receiver = self

        class Handler(BaseHTTPRequestHandler):
            def _handle(self) -> None:
                length = int(self.headers.get("Content-Length") or 0)
                body = self.rfile.read(length).decode() if length else ""
                url = f"http://{self.headers['Host']}{self.path}"
                form = parse_qs(body, keep_blank_values=True)
                params = {} if self.command == "GET" else {name: values[0] for name, values in form.items()}
                received = Received(self.command, url, dict(self.headers), params)
                with receiver._lock:
                    receiver.requests.append(received)
                path = urlsplit(self.path).path
                document = receiver.documents.get(path)
                if callable(document):
                    document = document(received)
                if document is not None:
                    status, content_type, payload = 200, "application/xml", document.encode()
                elif path.endswith("-500"):
                    status, content_type, payload = 500, "text/plain", b"boom"
                elif path.startswith(("/answer", "/fallback")):
                    status, content_type, payload = 200, "application/xml", PLIVO_XML
                else:
                    status, content_type, payload = 200, "text/plain", b"OK"
                self.send_response(status)
                self.send_header("Content-Type", content_type)
                self.send_header("Content-Length", str(len(payload)))
                self.end_headers()
                self.wfile.write(payload)

            do_GET = _handle
            do_POST = _handle

            def log_message(self, *args) -> None:  # keep pytest output clean
                pass

        self._server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.port = self._server.server_address[1]
        self._thread = threading.Thread(target=self._server.serve_forever, daemon=True)

    def url(self, path: str) -> str:
        return f"http://127.0.0.1:{self.port}{path}"

    def __enter__(self) -> "Receiver":
        self._thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self._server.shutdown()
        self._server.server_close()


def assert_signed(request: Received, auth_token: str, main_auth_token: str) -> None:
    """The six headers, checked the way a user's server checks them: with plivo.utils."""
    h = request.headers
    nonce_v2, nonce_v3 = h["X-Plivo-Signature-V2-Nonce"], h["X-Plivo-Signature-V3-Nonce"]
    assert validate_signature(request.url, nonce_v2, h["X-Plivo-Signature-V2"], auth_token)
    assert validate_signature(request.url, nonce_v2, h["X-Plivo-Signature-Ma-V2"], main_auth_token)
    assert validate_v3_signature(
        request.method, request.url, nonce_v3, auth_token, h["X-Plivo-Signature-V3"], dict(request.params))
    assert validate_v3_signature(
        request.method, request.url, nonce_v3, main_auth_token, h["X-Plivo-Signature-Ma-V3"], dict(request.params))
    # And a wrong token fails, so the checks above are not vacuous.
    assert not validate_v3_signature(
        request.method, request.url, nonce_v3, "WrongToken", h["X-Plivo-Signature-V3"], dict(request.params))


def wait_for(receiver: "Receiver", count: int, timeout: float = 10.0) -> list:
    """The requests once at least `count` have arrived (callbacks the mock makes on its own time)."""
    deadline = time.monotonic() + timeout
    while len(receiver.requests) < count and time.monotonic() < deadline:
        time.sleep(0.01)
    return list(receiver.requests)
