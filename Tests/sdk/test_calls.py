"""Calls through the official plivo-python SDK (plivo==4.63.0) against a real mock-plivo on a manual clock: make a
call whose answer XML is built with the SDK's own ``plivoxml``, step it with the clock, list it as live, transfer
it, hang it up, read its CDR, cancel a queued request, record, play, speak and send keys on it while it is live,
and check every request the call made with the SDK's signature validators.
"""

from __future__ import annotations

from decimal import Decimal

import pytest
from plivo import exceptions, plivoxml

from mockplivo_sdk import advance
from receiver import assert_signed, wait_for


@pytest.fixture
def client(manual_client):
    return manual_client


def test_a_call_is_stepped_listed_transferred_hung_up_and_billed(manual, client, receiver):
    receiver.documents["/answer"] = plivoxml.ResponseElement().add(
        plivoxml.SpeakElement("Please hold")).add(plivoxml.WaitElement(None).set_length(300)).to_string(False)
    receiver.documents["/transfer"] = plivoxml.ResponseElement().add(
        plivoxml.SpeakElement("You have been transferred")).add(
        plivoxml.WaitElement(None).set_length(600)).to_string(False)
    credits = Decimal(client.account.get().cash_credits)

    fired = client.calls.create(from_="+14155550100", to_="14155550199", answer_url=receiver.url("/answer"),
                                hangup_url=receiver.url("/hangup"), ring_url=receiver.url("/ring"),
                                caller_name="SDK test", sip_headers="tenant=acme")
    assert fired.message == "call fired"
    uuid = fired.request_uuid
    assert uuid in client.queued_calls.list_ids().calls
    assert client.queued_calls.get(uuid).call_status == "queued"

    advance(manual, 4)  # dialled after 1 s, then the default handset rings 3 s and answers
    answer = next(r for r in wait_for(receiver, 2) if r.path == "/answer")
    assert answer.params["CallStatus"] == "in-progress"
    assert answer.params["X-PH-tenant"] == "acme"
    live = client.live_calls.get(uuid)
    assert live.call_status == "in-progress"
    assert live.caller_name == "SDK test"
    assert uuid in client.live_calls.list_ids().calls

    advance(manual, 30)
    transferred = client.calls.update(uuid, legs="aleg", aleg_url=receiver.url("/transfer"))
    assert transferred.message == "call transfered"
    wait_for(receiver, 3)
    advance(manual, 10)
    client.calls.delete(uuid)
    hangup = next(r for r in wait_for(receiver, 4) if r.path == "/hangup")
    assert hangup.params["HangupSource"] == "API Request"
    assert hangup.params["Duration"] == "40"

    for request in receiver.requests:
        assert_signed(request, manual.auth_token, manual.auth_token)
    assert [r.path for r in receiver.requests] == ["/ring", "/answer", "/transfer", "/hangup"]

    cdr = client.calls.get(uuid)
    assert cdr.call_duration == 40
    assert cdr.billed_duration == 60
    assert cdr.call_direction == "outbound"
    assert Decimal(cdr.total_amount) == Decimal(cdr.total_rate)
    assert credits - Decimal(client.account.get().cash_credits) == Decimal(cdr.total_amount)
    assert [c.call_uuid for c in client.calls.list(call_direction="outbound")] == [uuid]
    with pytest.raises(exceptions.ResourceNotFoundError):
        client.live_calls.get(uuid)


def test_a_queued_request_is_cancelled_and_a_busy_callee_ends_the_call_busy(manual, client, receiver):
    queued = client.calls.create(from_="14155550100", to_="14155550199", answer_url=receiver.url("/answer"))
    client.calls.cancel(queued.request_uuid)
    session = manual.session()
    handset = manual.url(f"/__mock/Account/{manual.auth_id}/Handset/14155550198/")
    assert session.put(handset, json={"voice": {"answer": "busy"}}).status_code == 200
    busy = client.calls.create(from_="14155550100", to_="14155550198", answer_url=receiver.url("/answer"),
                               hangup_url=receiver.url("/hangup"))
    advance(manual, 2)
    # The cancelled request reports its hangup to its answer_url (the default hangup_url): two requests.
    hangup = next(r for r in wait_for(receiver, 2) if r.path == "/hangup")
    assert hangup.params["CallStatus"] == "busy"
    assert hangup.params["HangupCauseCode"] == "3010"
    assert client.calls.get(queued.request_uuid).call_duration == 0
    assert client.calls.get(busy.request_uuid).bill_duration == 0
    with pytest.raises(exceptions.ResourceNotFoundError):
        client.calls.cancel(queued.request_uuid)


def test_bad_calls_raise_the_sdk_errors(client):
    with pytest.raises(exceptions.ValidationError, match="answer_method must be GET or POST"):
        client.calls.create(from_="14155550100", to_="14155550199", answer_url="http://127.0.0.1:9/a",
                            answer_method="PUT")
    with pytest.raises(exceptions.ResourceNotFoundError):
        client.calls.get("00000000-0000-4000-8000-000000000000")
    with pytest.raises(exceptions.ResourceNotFoundError):
        client.calls.delete("00000000-0000-4000-8000-000000000000")


def trace_events(mock, uuid: str) -> list:
    response = mock.session().get(mock.url(f"/__mock/Account/{mock.auth_id}/Trace/{uuid}/"))
    assert response.status_code == 200, response.text
    return [entry["event"] for entry in response.json()["entries"]
            if entry["event"].startswith(("live", "digits"))]


def test_live_call_control_records_plays_speaks_and_sends_digits(manual, client, receiver):
    receiver.documents["/answer"] = plivoxml.ResponseElement().add(
        plivoxml.WaitElement(None).set_length(300)).to_string(False)
    uuid = client.calls.create(from_="14155550100", to_="14155550199", answer_url=receiver.url("/answer"),
                               hangup_url=receiver.url("/hangup")).request_uuid
    with pytest.raises(exceptions.ResourceNotFoundError):
        client.calls.speak(uuid, "Not answered yet")
    advance(manual, 4)
    wait_for(receiver, 1)

    recording = client.calls.record(uuid, time_limit=60, file_format="wav", callback_url=receiver.url("/recorded"),
                                    callback_method="POST", record_channel_type="mono")
    assert recording.message == "call recording started"
    assert recording.url.endswith(f"/{recording.recording_id}.wav")
    assert client.calls.play(uuid, "http://127.0.0.1:9/hold.mp3", length=10, loop=True).message == "play started"
    assert client.calls.speak(uuid, "Please hold the line", voice="MAN", language="en-GB").message == "speak started"
    assert client.calls.send_digits(uuid, "1234", leg="aleg").message == "digits sent"
    assert client.calls.speak_stop(uuid).message == "speak stopped"
    client.calls.play_stop(uuid)
    advance(manual, 5)
    client.calls.record_stop(uuid)

    recorded = next(r for r in wait_for(receiver, 2) if r.path == "/recorded")
    assert recorded.params["RecordingID"] == recording.recording_id
    assert recorded.params["RecordUrl"] == recording.url
    assert recorded.params["RecordingDurationMs"] == "5000"
    assert recorded.params["CallUUID"] == uuid
    assert_signed(recorded, manual.auth_token, manual.auth_token)
    assert trace_events(manual, uuid) == [
        "live recording started", "live play started", "live speak started", "digits sent", "live speak stopped",
        "live play stopped", "live recording ended",
    ]

    with pytest.raises(exceptions.ValidationError, match="digits must be keys"):
        client.calls.send_digits(uuid, "12x")
    with pytest.raises(exceptions.ValidationError, match="urls is required"):
        client.calls.play(uuid, "")
    client.calls.delete(uuid)
    wait_for(receiver, 3)
    with pytest.raises(exceptions.ResourceNotFoundError):
        client.calls.play_stop(uuid)
