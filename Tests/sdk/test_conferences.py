"""Conferences through the official plivo-python SDK against a real mock-plivo on a manual clock: three handsets'
calls reach an answer XML with a ``<Conference>`` (built with the SDK's own ``plivoxml``); the test lists the room,
mutes one member, kicks another, records the room, hangs it up, and checks the callbacks, the recording and the CDRs.
"""

from __future__ import annotations

import time

import pytest
from plivo import exceptions, plivoxml

from mockplivo_sdk import advance
from receiver import assert_signed, wait_for


@pytest.fixture
def client(manual_client):
    return manual_client


def members(client, name: str) -> list:
    return client.conferences.get(name).members


def wait_until(condition, timeout: float = 10.0) -> None:
    deadline = time.monotonic() + timeout
    while not condition() and time.monotonic() < deadline:
        time.sleep(0.01)
    assert condition()


def test_three_members_are_listed_muted_kicked_recorded_and_hung_up(manual, client, receiver):
    conference = plivoxml.ConferenceElement(
        "My Conf Room", callback_url=receiver.url("/events"), action=receiver.url("/left"), redirect=False)
    receiver.documents["/answer"] = plivoxml.ResponseElement().add(conference).add(
        plivoxml.SpeakElement("You left the room")).add(plivoxml.WaitElement(None).set_length(600)).to_string(False)
    receiver.documents["/left"] = "<Response/>"
    # One call at a time: answer XML fetched at one simulated time arrives in the network's order, so calls answered
    # together would join in any order. Each is answered 4 s after it is placed; the next is placed 5 s after it.
    uuids = []
    for index in (1, 2, 3):
        uuids.append(client.calls.create(from_="14155550100", to_=f"1415555020{index}",
                                         answer_url=receiver.url("/answer"),
                                         hangup_url=receiver.url("/hangup")).request_uuid)
        advance(manual, 5)
        wait_until(lambda: len(receiver.requests) >= 2 * index)  # its answer and its enter event

    assert client.conferences.list().conferences == ["My Conf Room"]
    assert [m["call_uuid"] for m in members(client, "My Conf Room")] == uuids
    assert [m["member_id"] for m in members(client, "My Conf Room")] == ["1", "2", "3"]

    assert client.conferences.member_mute("My Conf Room", "1").message == "muted"
    wait_until(lambda: members(client, "My Conf Room")[0]["muted"] is True)

    recording = client.conferences.record("My Conf Room")
    assert recording.message == "conference recording started"

    assert client.conferences.member_kick("My Conf Room", "2").message == "kicked"
    wait_until(lambda: [m["member_id"] for m in members(client, "My Conf Room")] == ["1", "3"])

    advance(manual, 10)
    client.conferences.hangup("My Conf Room")
    hangups = lambda: [r for r in receiver.requests if r.path == "/hangup"]
    wait_until(lambda: len(hangups()) == 2)
    assert {r.params["CallUUID"] for r in hangups()} == {uuids[0], uuids[2]}
    assert all(r.params["HangupSource"] == "API Request" for r in hangups())
    with pytest.raises(exceptions.ResourceNotFoundError):
        client.conferences.get("My Conf Room")
    assert client.conferences.list().conferences == []

    # The kicked member went on: its action was requested, and it is still live.
    left = [r for r in receiver.requests if r.path == "/left"]
    assert [r.params["ConferenceMemberID"] for r in left] == ["2"]
    assert left[0].params["RecordingID"] == recording.recording_id
    assert client.live_calls.get(uuids[1]).call_status == "in-progress"

    events = [(r.params["ConferenceAction"], r.params["ConferenceMemberID"])
              for r in receiver.requests if r.path == "/events"]
    assert sorted(e for e in events if e[0] == "enter") == [("enter", "1"), ("enter", "2"), ("enter", "3")]
    assert sorted(e for e in events if e[0] == "exit") == [("exit", "1"), ("exit", "2"), ("exit", "3")]
    for request in receiver.requests:
        assert_signed(request, manual.auth_token, manual.auth_token)

    stored = client.recordings.get(recording.recording_id)
    assert stored.recording_type == "conference"
    assert stored.conference_name == "My Conf Room"
    # Answered at 4 s and 14 s, hung up at 25 s.
    assert [client.calls.get(uuid).call_duration for uuid in (uuids[0], uuids[2])] == [21, 11]

    with pytest.raises(exceptions.ResourceNotFoundError):
        client.conferences.member_kick("My Conf Room", "1")
