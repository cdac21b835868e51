"""The mock plays the phone network: simulated calls and messages reach a real HTTP server of the test's own, and
every request they make passes the official SDK's signature validators.

Uses the ``mock_plivo``, ``mock_plivo_factory`` and ``plivo_client`` fixtures of conftest.py: a real mock-plivo
process and a ``plivo.RestClient`` pointed at it. Applications are created with the SDK; simulations are triggered
with ``requests`` on the mock's own ``/__mock/Account/{auth_id}/...`` routes (docs/simulation.md).
"""

from __future__ import annotations

import pytest

from receiver import assert_signed


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
    # The answer's one <Speak> (1.6 s) ends before the simulated caller's 5 s: the XML's end hangs up.
    assert receiver.requests[1].params["HangupCauseName"] == "End Of XML Instructions"
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
