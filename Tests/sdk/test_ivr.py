"""An IVR through the official plivo-python SDK (plivo==4.63.0), as issue 20 asks: the user's server (the test's
receiver) answers with XML built with the SDK's ``plivoxml``: a GetDigits menu; the caller presses 2 for sales; the
menu's action Dials the sales phone; when sales answers they talk and the call ends after a goodbye, and when sales
does not answer the caller leaves a voicemail, whose recording is listed, got and downloaded through the SDK and
urllib and checked as audio of the recorded length. Every request the mock made is checked with the SDK's
signature validators, and both legs' CDRs are read back through the SDK.

The first call presses its key live (``…/Call/{uuid}/Press/``) and steps a manual clock; the second scripts the
key and the voicemail in the handset document and runs at ``--time-scale 0``.
"""

from __future__ import annotations

import io
import time
import urllib.request
import wave
from urllib.parse import urlsplit

import pytest
from plivo import plivoxml

from mockplivo_sdk import advance, make_client, point_plivo_at
from receiver import Received, assert_signed, wait_for

CALLER = "14155550100"
CUSTOMER = "14155550199"  # the handset the call goes to: it hears the menu and presses the keys
SALES = "14155550123"
TIMEOUT = 10.0


def menu(receiver) -> str:
    """The answer document: a one-key menu; no key after two tries falls through to a goodbye."""
    get_digits = plivoxml.GetDigitsElement(
        action=receiver.url("/menu"), method="POST", timeout=5, num_digits=1, retries=2, valid_digits="12")
    get_digits.add_speak("Press 1 for support, press 2 for sales")
    return plivoxml.ResponseElement().add(get_digits).add_speak("We did not get your choice, goodbye").to_string(False)


def menu_choice(receiver):
    """The menu's action, as a user's handler writes it: the document depends on the Digits posted."""
    def handle(request: Received) -> str:
        if request.params.get("Digits") != "2":
            return plivoxml.ResponseElement().add_speak("Support is closed").add_hangup().to_string(False)
        dial = plivoxml.DialElement(action=receiver.url("/dialed"), method="POST", timeout=10,
                                    callback_url=receiver.url("/dial-events"), callback_method="POST")
        dial.add_number(SALES)
        return plivoxml.ResponseElement().add_speak("Connecting you to sales").add(dial).to_string(False)
    return handle


def after_dial(receiver):
    """The Dial's action: goodbye after a conversation, voicemail when nobody answered."""
    def handle(request: Received) -> str:
        if request.params["DialStatus"] == "completed":
            return plivoxml.ResponseElement().add_speak("Thank you for calling, goodbye").to_string(False)
        record = plivoxml.RecordElement(
            action=receiver.url("/recorded"), method="POST", file_format="wav", max_length=60, timeout=5,
            finish_on_key="#", play_beep=True, redirect=True,
            callback_url=receiver.url("/recording-ready"), callback_method="POST")
        return plivoxml.ResponseElement().add_speak(
            "Nobody is available, please leave a message after the beep").add(record).to_string(False)
    return handle


def serve_ivr(receiver) -> None:
    receiver.documents["/answer"] = menu(receiver)
    receiver.documents["/menu"] = menu_choice(receiver)
    receiver.documents["/dialed"] = after_dial(receiver)
    receiver.documents["/recorded"] = plivoxml.ResponseElement().add_speak(
        "Thank you, goodbye").add_hangup().to_string(False)


def put_handset(mock, number: str, document: dict) -> None:
    response = mock.session().put(mock.url(f"/__mock/Account/{mock.auth_id}/Handset/{number}/"), json=document)
    assert response.status_code == 200, response.text


def trace_events(mock, uuid: str) -> list:
    response = mock.session().get(mock.url(f"/__mock/Account/{mock.auth_id}/Trace/{uuid}/"))
    assert response.status_code == 200, response.text
    return [entry["event"] for entry in response.json()["entries"]]


def wait_for_trace(mock, uuid: str, event: str, times: int = 1) -> None:
    """Until the call's trace shows `event` (`times` times): a request's answer is handled on the engine's thread,
    after the receiver has already seen the request."""
    deadline = time.monotonic() + TIMEOUT
    while trace_events(mock, uuid).count(event) < times:
        assert time.monotonic() < deadline, f"no {event!r} in the trace: {trace_events(mock, uuid)}"
        time.sleep(0.01)


def wait_for_path(receiver, path: str) -> Received:
    deadline = time.monotonic() + TIMEOUT
    while True:
        found = [r for r in receiver.requests if r.path == path]
        if found:
            return found[-1]
        assert time.monotonic() < deadline, f"no {path} request: {[r.path for r in receiver.requests]}"
        time.sleep(0.01)


def assert_all_signed_and_local(receiver, mock) -> None:
    for request in receiver.requests:
        assert urlsplit(request.url).netloc == f"127.0.0.1:{receiver.port}"
        assert_signed(request, mock.auth_token, mock.auth_token)


def test_the_caller_presses_2_live_and_is_put_through_to_sales(manual, manual_client, receiver):
    client = manual_client
    serve_ivr(receiver)
    put_handset(manual, SALES, {"voice": {"ring_ms": 2000, "hangup_after_ms": 20000}})

    uuid = client.calls.create(from_=CALLER, to_=CUSTOMER, answer_url=receiver.url("/answer"),
                               hangup_url=receiver.url("/hangup")).request_uuid
    advance(manual, 4)  # dialled after 1 s, the default handset rings 3 s and answers: the menu plays
    wait_for_trace(manual, uuid, "GetDigits prompts")

    pressed = manual.session().post(manual.url(f"/__mock/Account/{manual.auth_id}/Call/{uuid}/Press/"),
                                    data={"digits": "2"})
    assert pressed.status_code == 202, pressed.text
    assert wait_for_path(receiver, "/menu").params["Digits"] == "2"
    wait_for_trace(manual, uuid, "xml", times=2)  # the menu's action document runs
    advance(manual, 1.6 + 2)  # "Connecting you to sales", then sales rings 2 s and answers
    wait_for_trace(manual, uuid, "Dial answered")
    live = client.live_calls.list_ids().calls
    assert uuid in live and len(live) == 2
    advance(manual, 20)  # sales talks 20 s and hangs up
    assert wait_for_path(receiver, "/dialed").params["DialStatus"] == "completed"
    advance(manual, 2)  # "Thank you for calling, goodbye", then the document ends
    hangup = wait_for_path(receiver, "/hangup")

    assert [r.path for r in receiver.requests] == [
        "/answer", "/menu", "/dial-events", "/dial-events", "/dial-events", "/dialed", "/hangup"]
    assert_all_signed_and_local(receiver, manual)
    dialed = wait_for_path(receiver, "/dialed").params
    b_leg = dialed["DialBLegUUID"]
    assert dialed["DialALegUUID"] == uuid
    assert dialed["DialHangupCause"] == "NORMAL_CLEARING"
    events = [r.params for r in receiver.requests if r.path == "/dial-events"]
    assert [e["DialAction"] for e in events] == ["answer", "connected", "hangup"]
    assert all(e["DialBLegUUID"] == b_leg and e["DialBLegTo"] == SALES for e in events)
    assert events[-1]["DialBLegDuration"] == "20"
    assert hangup.params["HangupCauseCode"] == "4010"  # End Of XML Instructions

    a_cdr, b_cdr = client.calls.get(uuid), client.calls.get(b_leg)
    # Answered at 4 s, the key at once; "Connecting you to sales" 1.6 s, 2 s of ringing, 20 s of talk, a 2 s
    # goodbye: 25.6 s, rounded up.
    assert a_cdr.call_duration == 26
    assert a_cdr.parent_call_uuid in (None, "")
    assert b_cdr.call_duration == 20
    assert b_cdr.parent_call_uuid == uuid
    assert b_cdr.to_number == SALES
    assert b_cdr.from_number == "+" + CALLER
    assert b_cdr.call_direction == "outbound"
    assert [c.call_uuid for c in client.calls.list(parent_call_uuid=uuid)] == [b_leg]
    assert client.recordings.list(call_uuid=uuid).objects == []


@pytest.fixture
def instant_client(mock_plivo):
    with point_plivo_at(mock_plivo.base_url):
        rest = make_client(mock_plivo.auth_id, mock_plivo.auth_token)
        try:
            yield rest
        finally:
            rest.session.close()


def test_sales_does_not_answer_and_the_caller_leaves_a_voicemail(mock_plivo, instant_client, receiver):
    client, mock = instant_client, mock_plivo
    serve_ivr(receiver)
    put_handset(mock, CUSTOMER, {"voice": {"digits": "2", "record_ms": 7000, "record_finish_key": "#"}})
    put_handset(mock, SALES, {"voice": {"answer": "no-answer"}})

    uuid = client.calls.create(from_=CALLER, to_=CUSTOMER, answer_url=receiver.url("/answer"),
                               hangup_url=receiver.url("/hangup")).request_uuid
    wait_for_path(receiver, "/hangup")
    ready = wait_for_path(receiver, "/recording-ready")

    paths = [r.path for r in receiver.requests]
    assert sorted(paths) == sorted(["/answer", "/menu", "/dialed", "/recorded", "/recording-ready", "/hangup"])
    assert paths[:4] == ["/answer", "/menu", "/dialed", "/recorded"]
    assert_all_signed_and_local(receiver, mock)
    params = {r.path: r.params for r in receiver.requests}
    assert params["/menu"]["Digits"] == "2"
    assert params["/dialed"]["DialStatus"] == "no-answer"
    assert params["/dialed"]["DialBLegUUID"] == ""
    recorded = params["/recorded"]
    assert recorded["Digits"] == "#"
    assert recorded["RecordingDurationMs"] == "7000"
    assert recorded["RecordingDuration"] == "7"
    assert int(recorded["RecordingEndMs"]) - int(recorded["RecordingStartMs"]) == 7000
    assert ready.params["RecordingID"] == recorded["RecordingID"]
    assert ready.params["RecordUrl"] == recorded["RecordUrl"]
    assert ready.params["RecordingDurationMs"] == "7000"
    assert ready.params["CallUUID"] == uuid

    # Answered at 4 s; the key 2 s into the menu; "Connecting you to sales" 1.6 s; sales rings 3 s (its ring_ms)
    # and gives up; the 10-word prompt 4 s; the beep 0.5 s; 7 s of message; "Thank you, goodbye" 1.2 s: 19.3 s,
    # rounded up.
    a_cdr = client.calls.get(uuid)
    assert a_cdr.call_duration == 20
    b_legs = list(client.calls.list(parent_call_uuid=uuid))
    assert len(b_legs) == 1
    b_cdr = client.calls.get(b_legs[0].call_uuid)
    assert b_cdr.parent_call_uuid == uuid
    assert b_cdr.to_number == SALES
    assert b_cdr.call_duration == 0
    assert b_cdr.answer_time is None
    # The CDR object has no cause; the list filters by it (3000 No Answer, the callee giving up ringing).
    no_answer = client.calls.list(parent_call_uuid=uuid, hangup_cause_code=3000, hangup_source="Callee")
    assert [c.call_uuid for c in no_answer] == [b_cdr.call_uuid]

    listed = client.recordings.list(call_uuid=uuid)
    assert [r.recording_id for r in listed] == [recorded["RecordingID"]]
    recording = client.recordings.get(recorded["RecordingID"])
    assert recording.call_uuid == uuid
    assert recording.recording_format == "wav"
    assert recording.recording_type == "call"
    assert float(recording.recording_duration_ms) == 7000
    assert recording.recording_url == recorded["RecordUrl"]
    assert recording.recording_url.startswith(mock.base_url + "/")

    with urllib.request.urlopen(recording.recording_url, timeout=TIMEOUT) as download:
        assert download.headers["Content-Type"] == "audio/wav"
        audio = download.read()
    assert len(audio) == 44 + 7 * 8000 * 2
    with wave.open(io.BytesIO(audio)) as wav:
        assert (wav.getnchannels(), wav.getsampwidth(), wav.getframerate()) == (1, 2, 8000)
        assert wav.getnframes() / wav.getframerate() == 7.0
        assert wav.readframes(wav.getnframes()) == bytes(7 * 8000 * 2)  # silence
