"""Point the official Plivo Python SDK (plivo 4.x) at a running mock-plivo.

Applications are "voice" resources in plivo-python: `plivo/rest/client.py` picks their base URL from the module
globals API_VOICE_BASE_URI / API_VOICE_BASE_URI_FALLBACK_1 / _2 on every request (and PLIVO_API_BASE_URI for the
other resources), so setting `client.base_uri` is not enough. Set the four globals before the first request:

    import plivo
    from mockplivo_sdk import point_plivo_at

    with point_plivo_at("http://127.0.0.1:8000"):
        client = plivo.RestClient("MAMOCKPLIVODEMO00001", "MockPlivoDemoToken0000000000000000000000")
        app = client.applications.create(app_name="demo", answer_url="https://example.com/answer")

The SDK refuses auth ids that are not MA/SA + 18 characters before it sends anything.
"""

from __future__ import annotations

import contextlib
from typing import Iterator

import plivo
import plivo.rest.client as _rest_client

#: The module globals plivo-python reads at request time. Voice resources (Applications, Endpoints, Calls...)
#: use the three API_VOICE_* ones (the fallbacks after a 5xx); everything else uses PLIVO_API_BASE_URI.
BASE_URI_GLOBALS = (
    "PLIVO_API_BASE_URI",
    "API_VOICE_BASE_URI",
    "API_VOICE_BASE_URI_FALLBACK_1",
    "API_VOICE_BASE_URI_FALLBACK_2",
)


def account_base(base_url: str) -> str:
    """`http://127.0.0.1:PORT` -> `http://127.0.0.1:PORT/v1/Account`, the value the SDK globals hold."""
    return base_url.rstrip("/") + "/v1/Account"


@contextlib.contextmanager
def point_plivo_at(base_url: str) -> Iterator[str]:
    """Send every plivo-python request to `base_url` while the block runs; restore the real URLs after."""
    target = account_base(base_url)
    saved = {name: getattr(_rest_client, name) for name in BASE_URI_GLOBALS}
    try:
        for name in BASE_URI_GLOBALS:
            setattr(_rest_client, name, target)
        yield target
    finally:
        for name, value in saved.items():
            setattr(_rest_client, name, value)


def make_client(auth_id: str, auth_token: str, timeout: float = 10) -> plivo.RestClient:
    """A RestClient with explicit credentials (never read from PLIVO_AUTH_* in the environment).

    Call it inside `point_plivo_at(...)`: the URL globals are read at request time, not here.
    """
    return plivo.RestClient(auth_id, auth_token, timeout=timeout)


def advance(mock, seconds: float) -> None:
    """Moves a `--time-scale manual` mock's clock on by `seconds`."""
    response = mock.session().post(mock.url("/__mock/clock/advance/"), json={"seconds": seconds})
    assert response.status_code == 200, response.text
