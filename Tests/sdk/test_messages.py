"""Messages through the official plivo-python SDK (plivo==4.63.0) against a real mock-plivo: single and bulk sends,
list and get, the delivery reports a status URL receives (checked with the SDK's own validator), an inbound SMS to
a number the account holds, and a scripted handset's failure.
"""

from __future__ import annotations

import time
from decimal import Decimal

import pytest
from plivo import exceptions
from plivo.utils import validate_v3_signature

from receiver import wait_for


def buy_number(client) -> str:
    number = client.numbers.search(country_iso="US", type="local", limit=1).objects[0].number
    client.numbers.buy(number=number)
    return number


def test_single_and_bulk_sends_are_delivered_listed_and_reported(mock_plivo, plivo_client, receiver):
    client = plivo_client
    number = buy_number(client)
    credits = Decimal(client.account.get().cash_credits)

    single = client.messages.create(src=number, dst="14155550199", text="Hello from the SDK",
                                    url=receiver.url("/status"))
    assert single.message == "message(s) queued"
    assert len(single.message_uuid) == 1
    bulk = client.messages.create(src=number, dst="14155550198<447700900123", text="x" * 161)
    assert len(bulk.message_uuid) == 2

    reports = wait_for(receiver, 3)
    assert [r.params["Status"] for r in reports] == ["queued", "sent", "delivered"]
    for report in reports:
        headers = report.headers
        assert validate_v3_signature(report.method, report.url, headers["X-Plivo-Signature-V3-Nonce"],
                                     mock_plivo.auth_token, headers["X-Plivo-Signature-V3"], dict(report.params))
        assert report.params["MessageUUID"] == single.message_uuid[0]

    message = client.messages.get(single.message_uuid[0])
    assert message.message_state == "delivered"
    assert message.to_number == "14155550199"
    assert message.units == 1
    uk = client.messages.get(bulk.message_uuid[1])
    assert uk.units == 2
    listed = client.messages.list(message_direction="outbound", limit=5)
    assert [m.message_uuid for m in listed] == bulk.message_uuid[::-1] + single.message_uuid
    spent = Decimal(message.total_amount) + sum(Decimal(client.messages.get(u).total_amount) for u in bulk.message_uuid)
    assert credits - Decimal(client.account.get().cash_credits) == spent


def test_bad_sends_raise_the_sdk_errors(plivo_client):
    with pytest.raises(exceptions.ValidationError, match="is not a number of this account"):
        plivo_client.messages.create(src="14155550100", dst="14155550199", text="hi")
    with pytest.raises(exceptions.ValidationError, match="text must be at most 1000 bytes"):
        plivo_client.messages.create(src="Alerts", dst="447700900123", text="x" * 1001)
    with pytest.raises(exceptions.ResourceNotFoundError):
        plivo_client.messages.get("00000000-0000-4000-8000-000000000000")


def test_a_handset_fails_a_message_with_plivos_error_code(mock_plivo, plivo_client):
    session = mock_plivo.session()
    handset = mock_plivo.url(f"/__mock/Account/{mock_plivo.auth_id}/Handset/447700900999/")
    assert session.put(handset, json={"sms": {"outcome": "undelivered", "error_code": "70"}}).status_code == 200
    sent = plivo_client.messages.create(src="Alerts", dst="447700900999", text="hi")
    # At --time-scale 0 the engine carries the message on at once, but on its own thread: poll briefly.
    deadline = time.monotonic() + 10
    message = plivo_client.messages.get(sent.message_uuid[0])
    while message.message_state in ("queued", "sent") and time.monotonic() < deadline:
        time.sleep(0.02)
        message = plivo_client.messages.get(sent.message_uuid[0])
    assert message.message_state == "undelivered"
    assert message.error_code == "70"
    assert [m.message_uuid for m in plivo_client.messages.list(message_state="undelivered")] == sent.message_uuid


def test_an_sms_to_a_held_number_reaches_the_message_url(mock_plivo, plivo_client, receiver):
    app = plivo_client.applications.create(app_name="inbox", answer_url=receiver.url("/answer"),
                                           message_url=receiver.url("/sms"))
    number = plivo_client.numbers.search(country_iso="US", type="local", limit=1).objects[0].number
    plivo_client.numbers.buy(number=number, app_id=app.app_id)
    session = mock_plivo.session()
    response = session.post(mock_plivo.url(f"/__mock/Account/{mock_plivo.auth_id}/Handset/14155550100/Message/"),
                            json={"to": number, "text": "ping"})
    assert response.status_code == 202, response.text
    inbound = wait_for(receiver, 1)
    assert inbound[0].params["Text"] == "ping"
    assert inbound[0].params["To"] == number
    listed = plivo_client.messages.list(message_direction="inbound")
    assert [m.message_uuid for m in listed] == [response.json()["message_uuid"]]
