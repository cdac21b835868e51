"""The Endpoints API through the official plivo-python SDK: the username Plivo gives an endpoint
(docs/contract.md, "Endpoints")."""

from __future__ import annotations

import re
from datetime import datetime, timedelta, timezone



def test_the_username_ends_with_the_creation_time_in_utc(mock_plivo, plivo_client):
    before = datetime.now(timezone.utc).replace(microsecond=0)
    endpoint = plivo_client.endpoints.create(username="zumba", password="secret-1", alias="Zumba")
    after = datetime.now(timezone.utc)

    match = re.fullmatch(r"zumba(\d{12})", endpoint.username)
    assert match, endpoint.username
    created = datetime.strptime(match.group(1), "%y%m%d%H%M%S").replace(tzinfo=timezone.utc)
    assert before <= created <= after + timedelta(seconds=1)
    assert plivo_client.endpoints.get(endpoint.endpoint_id).username == endpoint.username

