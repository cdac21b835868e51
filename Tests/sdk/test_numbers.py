"""Numbers, number search and buy, pricing: the user's flow through the official plivo-python SDK (plivo==4.63.0)
against a real mock-plivo: search, buy, attach an application, list with filters, modify, unrent, and the money.
Incoming carriers, which plivo-python no longer wraps, are driven with `requests` on the same paths.
"""

from __future__ import annotations

from decimal import Decimal

import pytest
import requests
from plivo import exceptions


def numbers_of(response) -> list[str]:
    return [item.number for item in response]


def test_search_buy_attach_list_modify_unrent(mock_plivo, plivo_client):
    client = plivo_client
    found = client.numbers.search(country_iso="US", type="local", pattern="415", limit=5)
    assert found.meta["total_count"] > 5
    assert len(found.objects) == 5
    offer = found.objects[0]
    assert offer.number.startswith("1415")
    assert offer.monthly_rental_rate == "0.80000"

    app = client.applications.create(app_name="ivr", answer_url="https://example.com/answer")
    before = Decimal(client.account.get().cash_credits)
    bought = client.numbers.buy(number=offer.number, app_id=app.app_id)
    assert bought.status == "fulfilled"
    assert bought.numbers[0]["number"] == offer.number
    after = Decimal(client.account.get().cash_credits)
    assert before - after == Decimal(offer.setup_rate) + Decimal(offer.monthly_rental_rate)

    again = client.numbers.search(country_iso="US", type="local", pattern="415", limit=5)
    assert offer.number not in numbers_of(again.objects)
    assert again.meta["total_count"] == found.meta["total_count"] - 1

    held = client.numbers.get(offer.number)
    assert held.application == f"/v1/Account/{mock_plivo.auth_id}/Application/{app.app_id}/"
    assert held.number_type == "local"

    tollfree = client.numbers.search(country_iso="US", type="tollfree", limit=1).objects[0].number
    client.numbers.buy(number=tollfree)
    assert numbers_of(client.numbers.list()) == [tollfree, offer.number]
    assert numbers_of(client.numbers.list(type="tollfree")) == [tollfree]
    assert numbers_of(client.numbers.list(number_startswith="1415")) == [offer.number]
    assert numbers_of(client.numbers.list(services=["voice", "sms"], limit=1, offset=1)) == [offer.number]

    client.numbers.update(offer.number, alias="front-desk")
    assert numbers_of(client.numbers.list(alias="front-desk")) == [offer.number]
    assert client.numbers.get(offer.number).alias == "front-desk"

    client.numbers.delete(offer.number)
    with pytest.raises(exceptions.ResourceNotFoundError):
        client.numbers.get(offer.number)
    assert offer.number in numbers_of(client.numbers.search(country_iso="US", type="local", pattern="415").objects)


def test_buying_what_is_not_for_sale_and_bad_searches_raise_plivo_errors(plivo_client):
    client = plivo_client
    number = client.numbers.search(country_iso="GB", limit=1).objects[0].number
    client.numbers.buy(number=number)
    with pytest.raises(exceptions.ResourceNotFoundError):
        client.numbers.buy(number=number)
    with pytest.raises(exceptions.ValidationError):
        client.numbers.search(country_iso="GB", type="landline")
    with pytest.raises(exceptions.ValidationError):
        client.numbers.update(number, app_id="12345678901234567")


def test_too_little_credit_fails_the_purchase(mock_plivo, plivo_client):
    session = mock_plivo.session()
    set_credit = session.post(mock_plivo.url(f"/__mock/accounts/{mock_plivo.auth_id}/credit/"), json={"cash_credits": "0.10"})
    assert set_credit.status_code == 200
    number = plivo_client.numbers.search(country_iso="US", limit=1).objects[0].number
    with pytest.raises(exceptions.ValidationError, match="insufficient credit"):
        plivo_client.numbers.buy(number=number)
    assert plivo_client.account.get().cash_credits == "0.10000"


def test_pricing_agrees_with_the_numbers(plivo_client):
    pricing = plivo_client.pricing.get("US")
    assert pricing.country_iso == "US"
    offer = plivo_client.numbers.search(country_iso="US", type="local", limit=1).objects[0]
    assert pricing.phone_numbers["local"]["rate"] == offer.monthly_rental_rate
    assert pricing.voice["inbound"]["local"]["rate"] == offer.voice_rate


def test_carrier_numbers_come_and_go_with_their_carrier(mock_plivo, plivo_client):
    session = mock_plivo.session()
    base = mock_plivo.url(f"/v1/Account/{mock_plivo.auth_id}")
    created = session.post(f"{base}/IncomingCarrier/", json={"name": "Acme", "ip_set": "10.0.0.1,10.0.0.2"})
    assert created.status_code == 201
    carrier_id = created.json()["carrier_id"]
    plivo_client.numbers.create(numbers="14155550100,14155550101", carrier=carrier_id, region="California")
    assert sorted(numbers_of(plivo_client.numbers.list())) == ["14155550100", "14155550101"]
    assert plivo_client.numbers.get("14155550100").carrier == "Acme"
    assert session.delete(f"{base}/IncomingCarrier/{carrier_id}/").status_code == 204
    assert numbers_of(plivo_client.numbers.list()) == []
