"""The mock plays the phone network: simulated calls and messages reach a real HTTP server of the test's own, and
every request they make passes the official SDK's signature validators.

Uses the ``mock_plivo``, ``mock_plivo_factory`` and ``plivo_client`` fixtures of conftest.py: a real mock-plivo
process and a ``plivo.RestClient`` pointed at it. Applications are created with the SDK; simulations are triggered
with ``requests`` on the mock's own ``/__mock/Account/{auth_id}/...`` routes (docs/simulation.md).
"""

from __future__ import annotations

import threading
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Iterator
from urllib.parse import parse_qs, urlsplit

import pytest
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
        self._lock = threading.Lock()
        receiver = self

        class Handler(BaseHTTPRequestHandler):
            def _handle(self) -> None:
                length = int(self.headers.get("Content-Length") or 0)
                body = self.rfile.read(length).decode() if length else ""
                url = f"http://{self.headers['Host']}{self.path}"
                form = parse_qs(body, keep_blank_values=True)
                params = {} if self.command == "GET" else {name: values[0] for name, values in form.items()}
                with receiver._lock:
                    receiver.requests.append(Received(self.command, url, dict(self.headers), params))
                path = urlsplit(self.path).path
                if path.endswith("-500"):
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


@pytest.fixture
def receiver() -> Iterator[Receiver]:
    with Receiver() as running:
        yield running


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


def simulate(mock, path: str, auth=None, **body):
    auth_id = (auth or (mock.auth_id, mock.auth_token))[0]
    session = mock.session(*(auth or ()))
    return session.post(mock.url(f"/__mock/Account/{auth_id}/{path}"), json=body, timeout=30)


def test_call_callbacks_pass_the_official_validators(mock_plivo, plivo_client, receiver):
    app = plivo_client.applications.create(
        app_name="callbacks", answer_url=receiver.url("/answer"), hangup_url=receiver.url("/hangup"))

    response = simulate(mock_plivo, f"Application/{app.app_id}/Call/", **{"from": "14155550100", "to": "14155550199"})

    assert response.status_code == 201, response.text
    record = response.json()
    assert record["outcome"] == "answered"
    assert [c["kind"] for c in record["callbacks"]] == ["answer", "hangup"]
    assert [r.path for r in receiver.requests] == ["/answer", "/hangup"]
    assert receiver.requests[0].params["CallUUID"] == record["call_uuid"]
    assert receiver.requests[1].params["HangupCauseName"] == "Normal Hangup"
    for request in receiver.requests:
        assert_signed(request, mock_plivo.auth_token, mock_plivo.auth_token)


def test_get_callbacks_pass_the_official_validators(mock_plivo, plivo_client, receiver):
    app = plivo_client.applications.create(
        app_name="getcallbacks", answer_url=receiver.url("/answer?tenant=a%20b"), answer_method="GET",
        hangup_url=receiver.url("/hangup"), hangup_method="GET")

    response = simulate(mock_plivo, f"Application/{app.app_id}/Call/", **{"from": "14155550100", "to": "14155550199"})

    assert response.status_code == 201, response.text
    assert [r.method for r in receiver.requests] == ["GET", "GET"]
    assert "tenant=a%20b" in receiver.requests[0].url
    for request in receiver.requests:
        assert_signed(request, mock_plivo.auth_token, mock_plivo.auth_token)


def test_failed_answer_falls_back_and_the_record_says_so(mock_plivo, plivo_client, receiver):
    app = plivo_client.applications.create(
        app_name="fallback", answer_url=receiver.url("/answer-500"), fallback_answer_url=receiver.url("/fallback"),
        hangup_url=receiver.url("/hangup"))

    record = simulate(mock_plivo, f"Application/{app.app_id}/Call/", **{"from": "1", "to": "2"}).json()

    assert record["outcome"] == "answered_by_fallback"
    assert [r.path for r in receiver.requests] == ["/answer-500", "/fallback", "/hangup"]
    kept = mock_plivo.session().get(mock_plivo.url(record["resource_uri"]), timeout=10)
    assert kept.status_code == 200 and kept.json()["id"] == record["id"]


def test_message_callback_passes_the_official_validators(mock_plivo, plivo_client, receiver):
    app = plivo_client.applications.create(
        app_name="sms", answer_url=receiver.url("/answer"), message_url=receiver.url("/message"))

    response = simulate(mock_plivo, f"Application/{app.app_id}/Message/", **{"from": "1", "to": "2", "text": "Hé!"})

    assert response.status_code == 201, response.text
    (request,) = receiver.requests
    assert request.params["Text"] == "Hé!"
    assert request.params["MessageUUID"] == response.json()["message_uuid"]
    assert_signed(request, mock_plivo.auth_token, mock_plivo.auth_token)


def test_subaccount_callbacks_sign_with_its_token_and_ma_with_the_main_token(mock_plivo, plivo_client, receiver):
    created = plivo_client.subaccounts.create(name="team", enabled=True)
    sub_id, sub_token = created.auth_id, created.auth_token
    session = mock_plivo.session(sub_id, sub_token)
    app = session.post(
        mock_plivo.applications_url(auth_id=sub_id),
        json={"app_name": "subapp", "answer_url": receiver.url("/answer"), "hangup_url": receiver.url("/hangup")},
        timeout=10).json()

    response = simulate(
        mock_plivo, f"Application/{app['app_id']}/Call/", auth=(sub_id, sub_token), **{"from": "1", "to": "2"})

    assert response.status_code == 201, response.text
    assert len(receiver.requests) == 2
    for request in receiver.requests:
        assert_signed(request, sub_token, mock_plivo.auth_token)


def test_no_message_url_is_a_400_in_plivos_envelope(mock_plivo, plivo_client, receiver):
    app = plivo_client.applications.create(app_name="nosms", answer_url=receiver.url("/answer"))

    response = simulate(mock_plivo, f"Application/{app.app_id}/Message/", **{"from": "1", "to": "2", "text": "x"})

    assert response.status_code == 400
    assert response.json()["error"] == f"application {app.app_id} has no message_url"
    assert set(response.json()) == {"api_id", "error"}
    assert receiver.requests == []


def test_the_log_keeps_the_configured_number_of_records(mock_plivo_factory, receiver):
    mock = mock_plivo_factory(extra_args=["--simulation-log-size", "2"])
    session = mock.session()
    app = session.post(mock.applications_url(), json={
        "app_name": "bounded", "answer_url": receiver.url("/answer"), "message_url": receiver.url("/message")},
        timeout=10).json()
    for text in ("one", "two", "three"):
        assert simulate(mock, f"Application/{app['app_id']}/Message/", **{"from": "1", "to": "2", "text": text}).ok

    listed = session.get(mock.url(f"/__mock/Account/{mock.auth_id}/Simulations/"), timeout=10).json()

    assert listed["meta"]["total_count"] == 2
    assert [o["callbacks"][0]["params"]["Text"] for o in listed["objects"]] == ["three", "two"]


def test_a_call_and_an_sms_to_a_held_number_reach_its_application(mock_plivo, plivo_client, receiver):
    app = plivo_client.applications.create(
        app_name="by_number", answer_url=receiver.url("/answer"), hangup_url=receiver.url("/hangup"),
        message_url=receiver.url("/message"))
    number = plivo_client.numbers.search(country_iso="US", type="local", limit=1).objects[0].number
    plivo_client.numbers.buy(number=number, app_id=app.app_id)

    call = simulate(mock_plivo, f"Number/{number}/Call/", **{"from": "14155550100"})
    sms = simulate(mock_plivo, f"Number/{number}/Message/", **{"from": "14155550100", "text": "hi"})

    assert call.status_code == 201, call.text
    assert sms.status_code == 201, sms.text
    assert [r.path for r in receiver.requests] == ["/answer", "/hangup", "/message"]
    assert all(r.params["To"] == number for r in receiver.requests)
    for request in receiver.requests:
        assert_signed(request, mock_plivo.auth_token, mock_plivo.auth_token)

    plivo_client.numbers.update(number, app_id="")
    unattached = simulate(mock_plivo, f"Number/{number}/Call/", **{"from": "14155550100"})
    assert unattached.status_code == 400
    assert "has no application" in unattached.json()["error"]
