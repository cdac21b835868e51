"""The Applications API, driven through the official plivo-python SDK (plivo==4.63.0) against a real mock-plivo.

What the SDK returns is asserted as an SDK user sees it (ResponseObject / Application attributes, exception
classes). Where the SDK cannot show something (status codes, headers, list errors: see CONTRACT.md on
``applications.list()`` raising AttributeError for an error body), the raw wire is checked with `requests`.
"""

from __future__ import annotations

import re
import uuid
from urllib.parse import parse_qs, urlparse

import plivo
import pytest
import requests
from plivo import exceptions
from plivo.base import ListResponseObject, ResponseObject
from plivo.resources.applications import Application

UNKNOWN_APP_ID = "12345678901234567"

#: The Application object's keys (CONTRACT.md), alphabetical as Plivo sends them.
APPLICATION_KEYS = [
    "answer_method", "answer_url", "app_id", "app_name", "application_type", "default_app",
    "default_endpoint_app", "enabled", "fallback_answer_url", "fallback_method", "hangup_method", "hangup_url",
    "log_incoming_message", "log_incoming_messages", "message_method", "message_url", "public_uri",
    "resource_uri", "sip_uri", "sub_account",
]


def is_uuid1(value) -> bool:
    try:
        return uuid.UUID(str(value)).version == 1
    except ValueError:
        return False


def data_of(resource) -> dict:
    """The response fields of an SDK object (without the SDK's own `client` / `_name` attributes)."""
    return {k: v for k, v in vars(resource).items() if k not in ("client", "_name")}


def create_app(client, name="sdk_app", answer_url="https://example.com/answer", **kwargs) -> str:
    response = client.applications.create(app_name=name, answer_url=answer_url, **kwargs)
    return response.app_id


def assert_json_content_type(response: requests.Response) -> None:
    assert response.headers.get("Content-Type", "").split(";")[0].strip() == "application/json", (
        f"{response.request.method} {response.url} -> {response.status_code} "
        f"Content-Type {response.headers.get('Content-Type')!r}"
    )


def assert_error_envelope(response: requests.Response, status: int, error=None) -> dict:
    assert response.status_code == status, response.text
    assert_json_content_type(response)
    body = response.json()
    assert set(body) == {"api_id", "error"}, body
    assert is_uuid1(body["api_id"]), body
    assert isinstance(body["error"], str) and body["error"], body
    if error is not None:
        assert body["error"] == error, body
    return body


def page_query(link: str) -> tuple[str, dict]:
    parsed = urlparse(link)
    assert not parsed.scheme and not parsed.netloc, f"meta link should be a path plus query, got {link!r}"
    return parsed.path, {k: v[0] for k, v in parse_qs(parsed.query).items()}


# --- create / get ----------------------------------------------------------------------------------------------


def test_create_returns_created_response(plivo_client):
    response = plivo_client.applications.create(app_name="sdk_create", answer_url="https://example.com/answer")
    assert isinstance(response, ResponseObject)
    assert response.message == "created"
    assert isinstance(response.app_id, str) and re.fullmatch(r"\d{17}", response.app_id), response.app_id
    assert is_uuid1(response.api_id), response.api_id
    assert set(data_of(response)) == {"api_id", "app_id", "message"}


def test_created_app_ids_are_unique_and_not_sequential(plivo_client):
    ids = [create_app(plivo_client, f"sdk_id_{i}") for i in range(5)]
    assert len(set(ids)) == 5
    assert all(re.fullmatch(r"\d{17}", i) for i in ids)
    steps = {int(b) - int(a) for a, b in zip(ids, ids[1:])}
    assert steps != {1}, f"app ids look sequential: {ids}"


def test_get_returns_application_with_defaults(mock_plivo, plivo_client):
    app_id = create_app(plivo_client, "sdk_defaults", "https://example.com/answer")
    app = plivo_client.applications.get(app_id)

    assert isinstance(app, Application)
    assert app.id == app_id
    assert is_uuid1(app.api_id)
    assert set(data_of(app)) == set(APPLICATION_KEYS) | {"api_id"}
    assert app.app_id == app_id
    assert app.app_name == "sdk_defaults"
    assert app.answer_url == "https://example.com/answer"
    assert app.answer_method == "POST"
    assert app.hangup_url == app.answer_url
    assert app.hangup_method == "POST"
    assert app.fallback_answer_url == ""
    assert app.fallback_method == "POST"
    assert app.message_url == ""
    assert app.message_method == "POST"
    assert app.application_type == "XML"
    assert app.default_app is False
    assert app.default_endpoint_app is False
    assert app.enabled is True
    assert app.log_incoming_messages is True
    assert app.log_incoming_message is True
    assert app.public_uri is False
    assert app.resource_uri == f"/v1/Account/{mock_plivo.auth_id}/Application/{app_id}/"
    assert app.sip_uri == f"sip:{app_id}@app.plivo.com"
    assert app.sub_account is None


def test_create_with_every_parameter(plivo_client):
    app_id = create_app(
        plivo_client,
        "sdk-full_1",
        "http://example.com/answer",
        answer_method="GET",
        hangup_url="https://example.com/hangup",
        hangup_method="GET",
        fallback_answer_url="https://example.com/fallback",
        fallback_method="GET",
        message_url="https://example.com/message",
        message_method="GET",
        default_number_app=True,
        default_endpoint_app=True,
        log_incoming_messages=False,
        public_uri=True,
    )
    app = plivo_client.applications.get(app_id)
    assert app.app_name == "sdk-full_1"
    assert app.answer_url == "http://example.com/answer"
    assert app.answer_method == "GET"
    assert app.hangup_url == "https://example.com/hangup"
    assert app.hangup_method == "GET"
    assert app.fallback_answer_url == "https://example.com/fallback"
    assert app.fallback_method == "GET"
    assert app.message_url == "https://example.com/message"
    assert app.message_method == "GET"
    assert app.default_app is True
    assert app.default_endpoint_app is True
    assert app.log_incoming_messages is False
    assert app.log_incoming_message is False
    assert app.public_uri is True


def test_methods_are_accepted_in_any_case_and_returned_upper_case(plivo_client):
    app_id = create_app(plivo_client, "sdk_case", answer_method="get", hangup_method="post")
    app = plivo_client.applications.get(app_id)
    assert (app.answer_method, app.hangup_method) == ("GET", "POST")


def test_default_number_app_moves_to_the_newest_default(plivo_client):
    first = create_app(plivo_client, "sdk_default_1", default_number_app=True, default_endpoint_app=True)
    second = create_app(plivo_client, "sdk_default_2", default_number_app=True)
    a, b = plivo_client.applications.get(first), plivo_client.applications.get(second)
    assert (a.default_app, b.default_app) == (False, True)
    assert (a.default_endpoint_app, b.default_endpoint_app) == (True, False)


def test_duplicate_app_names_are_allowed(plivo_client):
    first, second = create_app(plivo_client, "sdk_same"), create_app(plivo_client, "sdk_same")
    assert first != second


# --- list / paginate -------------------------------------------------------------------------------------------


def test_list_paginates_newest_first(mock_plivo, plivo_client):
    created = [create_app(plivo_client, f"sdk-page-{i:02d}") for i in range(25)]
    newest_first = list(reversed(created))
    list_path = f"/v1/Account/{mock_plivo.auth_id}/Application/"

    page1 = plivo_client.applications.list(limit=20, offset=0)
    assert isinstance(page1, ListResponseObject)
    assert is_uuid1(page1.api_id)
    assert len(page1) == 20
    assert all(isinstance(app, Application) for app in page1)
    assert [app.app_id for app in page1] == newest_first[:20]
    assert [app.app_name for app in page1][:2] == ["sdk-page-24", "sdk-page-23"]
    for app in page1:
        assert "api_id" not in data_of(app), "list objects carry no api_id"
        assert set(data_of(app)) == set(APPLICATION_KEYS)
    meta = page1.meta
    assert (meta.limit, meta.offset, meta.total_count, meta.previous) == (20, 0, 25, None)
    path, query = page_query(meta.next)
    assert path == list_path
    assert (query.get("limit"), query.get("offset")) == ("20", "20")

    page2 = plivo_client.applications.list(limit=20, offset=20)
    assert [app.app_id for app in page2] == newest_first[20:]
    meta = page2.meta
    assert (meta.limit, meta.offset, meta.total_count, meta.next) == (20, 20, 25, None)
    path, query = page_query(meta.previous)
    assert path == list_path
    assert (query.get("limit"), query.get("offset")) == ("20", "0")

    middle = plivo_client.applications.list(limit=10, offset=10)
    assert [app.app_id for app in middle] == newest_first[10:20]
    assert page_query(middle.meta.previous)[1] == {"limit": "10", "offset": "0"}
    assert page_query(middle.meta.next)[1] == {"limit": "10", "offset": "20"}

    last = plivo_client.applications.list(limit=5, offset=20)
    assert [app.app_id for app in last] == newest_first[20:25]
    assert last.meta.next is None

    beyond = plivo_client.applications.list(limit=20, offset=40)
    assert len(beyond) == 0 and beyond.meta.total_count == 25 and beyond.meta.next is None

    default = plivo_client.applications.list()
    assert (default.meta.limit, default.meta.offset, len(default)) == (20, 0, 20)


def test_sdk_iterator_walks_every_page_via_meta_next(plivo_client):
    created = [create_app(plivo_client, f"sdk-iter-{i:02d}") for i in range(25)]
    walked = [app.app_id for app in plivo_client.applications]
    assert walked == list(reversed(created))


def test_list_app_name_filter_is_a_prefix_match(mock_plivo, plivo_client):
    alpha = [create_app(plivo_client, name) for name in ("alpha-1", "alpha_2", "alphabet")]
    for name in ("beta-1", "xalpha", "Alph"):
        create_app(plivo_client, name)

    result = plivo_client.applications.list(app_name="alpha")
    assert sorted(app.app_id for app in result) == sorted(alpha)
    assert result.meta.total_count == 3
    assert all(app.app_name.startswith("alpha") for app in result)

    first = plivo_client.applications.list(app_name="alpha", limit=1)
    assert len(first) == 1 and first.meta.total_count == 3
    _, query = page_query(first.meta.next)
    assert query == {"app_name": "alpha", "limit": "1", "offset": "1"}

    assert plivo_client.applications.list(app_name="gamma").meta.total_count == 0


def test_list_limit_and_offset_on_the_wire(mock_plivo, plivo_client):
    # The SDK refuses limit outside 1..20 and negative offsets client-side, so these go raw.
    for _ in range(3):
        create_app(plivo_client)
    s = mock_plivo.session()
    url = mock_plivo.applications_url()
    for limit in ("50", "0"):
        r = s.get(url, params={"limit": limit})
        assert r.status_code == 200, r.text
        assert r.json()["meta"]["limit"] == 20, f"limit={limit} should be capped to 20"
    for params, name in (({"limit": "-1"}, "limit"), ({"limit": "abc"}, "limit"),
                         ({"offset": "-1"}, "offset"), ({"offset": "x"}, "offset")):
        body = assert_error_envelope(s.get(url, params=params), 400)
        assert name in body["error"], (params, body)


# --- update ----------------------------------------------------------------------------------------------------


def test_update_changes_only_what_was_sent(plivo_client):
    app_id = create_app(
        plivo_client, "sdk_update", "https://example.com/answer",
        fallback_answer_url="https://example.com/fallback",
        message_url="https://example.com/message",
        public_uri=True,
    )
    response = plivo_client.applications.update(app_id, answer_url="https://example.com/new-answer")
    assert isinstance(response, ResponseObject)
    assert response.message == "changed"
    assert is_uuid1(response.api_id)
    assert set(data_of(response)) == {"api_id", "message"}

    app = plivo_client.applications.get(app_id)
    assert app.answer_url == "https://example.com/new-answer"
    # Not sent by the SDK (None is dropped), so unchanged: hangup_url keeps the old answer_url it defaulted to.
    assert app.hangup_url == "https://example.com/answer"
    assert app.fallback_answer_url == "https://example.com/fallback"
    assert app.message_url == "https://example.com/message"
    assert app.public_uri is True
    assert app.app_name == "sdk_update"
    assert app.sip_uri == f"sip:{app_id}@app.plivo.com"


def test_python_update_resets_the_flags_it_always_sends(plivo_client):
    # plivo-python's update() always sends answer_method/hangup_method/... "POST", default_number_app false,
    # default_endpoint_app false and log_incoming_messages true (the Python SDK sends them, see docs/contract.md). The mock must apply them.
    app_id = create_app(
        plivo_client, "sdk_flags", answer_method="GET", message_method="GET",
        default_number_app=True, default_endpoint_app=True, log_incoming_messages=False,
    )
    plivo_client.applications.update(app_id, message_url="https://example.com/message")
    app = plivo_client.applications.get(app_id)
    assert app.message_url == "https://example.com/message"
    assert (app.answer_method, app.message_method) == ("POST", "POST")
    assert (app.default_app, app.default_endpoint_app) == (False, False)
    assert app.log_incoming_messages is True


def test_update_through_the_application_object(plivo_client):
    app_id = create_app(plivo_client, "sdk_obj")
    app = plivo_client.applications.get(app_id)
    response = app.update("https://example.com/obj-answer", hangup_url="https://example.com/obj-hangup",
                          public_uri=True)
    assert response.message == "changed"
    fresh = plivo_client.applications.get(app_id)
    assert (fresh.answer_url, fresh.hangup_url, fresh.public_uri) == (
        "https://example.com/obj-answer", "https://example.com/obj-hangup", True)


def test_raw_update_with_one_field_leaves_the_rest(mock_plivo, plivo_client):
    app_id = create_app(plivo_client, "sdk_raw_update", default_number_app=True, log_incoming_messages=False)
    r = mock_plivo.session().post(mock_plivo.applications_url(app_id), json={"answer_method": "GET"})
    assert r.status_code == 202, r.text
    assert_json_content_type(r)
    assert r.json()["message"] == "changed"
    app = plivo_client.applications.get(app_id)
    assert app.answer_method == "GET"
    assert app.default_app is True
    assert app.log_incoming_messages is False
    assert app.hangup_method == "POST"


# --- delete ----------------------------------------------------------------------------------------------------


def test_delete(plivo_client):
    keep = create_app(plivo_client, "sdk_keep")
    app_id = create_app(plivo_client, "sdk_delete")
    assert plivo_client.applications.delete(app_id) is None
    with pytest.raises(exceptions.ResourceNotFoundError):
        plivo_client.applications.get(app_id)
    remaining = plivo_client.applications.list()
    assert [app.app_id for app in remaining] == [keep]
    assert remaining.meta.total_count == 1
    with pytest.raises(exceptions.ResourceNotFoundError):
        plivo_client.applications.delete(app_id)


def test_delete_with_cascade_arguments_and_through_the_object(plivo_client):
    first, second = create_app(plivo_client, "sdk_del_1"), create_app(plivo_client, "sdk_del_2")
    assert plivo_client.applications.delete(first, cascade=False, new_endpoint_application=second) is None
    assert plivo_client.applications.get(second).app_id == second
    assert plivo_client.applications.get(second).delete(cascade=True) is None
    assert plivo_client.applications.list().meta.total_count == 0


# --- SDK-visible errors ----------------------------------------------------------------------------------------


@pytest.mark.parametrize("operation", ["get", "update", "delete"])
def test_unknown_app_id_raises_resource_not_found(plivo_client, operation):
    calls = {
        "get": lambda: plivo_client.applications.get(UNKNOWN_APP_ID),
        "update": lambda: plivo_client.applications.update(UNKNOWN_APP_ID, answer_url="https://example.com/a"),
        "delete": lambda: plivo_client.applications.delete(UNKNOWN_APP_ID),
    }
    with pytest.raises(exceptions.ResourceNotFoundError) as raised:
        calls[operation]()
    assert str(raised.value) == "not found"


@pytest.mark.parametrize(
    "kwargs, parameter",
    [
        ({"app_name": "has space", "answer_url": "https://example.com/a"}, "app_name"),
        ({"app_name": "dots.not.allowed", "answer_url": "https://example.com/a"}, "app_name"),
        ({"app_name": "slash/no", "answer_url": "https://example.com/a"}, "app_name"),
        ({"app_name": "", "answer_url": "https://example.com/a"}, "app_name"),
        # The SDK's own URL check is a prefix regex that also accepts the literal "None", so these reach the mock.
        ({"app_name": "bad_url", "answer_url": "None"}, "answer_url"),
        ({"app_name": "bad_url", "answer_url": "https://example.com/a", "hangup_url": "None"}, "hangup_url"),
        ({"app_name": "bad_method", "answer_url": "https://example.com/a", "answer_method": "PUT"}, "answer_method"),
        ({"app_name": "no_answer_url"}, "answer_url"),
    ],
    ids=["space", "dots", "slash", "empty-name", "answer-url", "hangup-url", "method", "missing-answer-url"],
)
def test_invalid_create_raises_validation_error_naming_the_parameter(plivo_client, kwargs, parameter):
    with pytest.raises(exceptions.ValidationError) as raised:
        plivo_client.applications.create(**kwargs)
    message = str(raised.value)
    assert parameter in message, message
    assert "should match format" not in message, "rejected by the SDK, not by the mock"
    assert plivo_client.applications.list().meta.total_count == 0


def test_invalid_update_raises_validation_error_and_changes_nothing(plivo_client):
    app_id = create_app(plivo_client, "sdk_bad_update")
    with pytest.raises(exceptions.ValidationError) as raised:
        plivo_client.applications.update(app_id, answer_url="None")
    assert "answer_url" in str(raised.value)
    assert plivo_client.applications.get(app_id).answer_url == "https://example.com/answer"


def test_wrong_token_raises_authentication_error(mock_plivo, plivo_client):
    app_id = create_app(plivo_client, "sdk_auth")
    bad = plivo.RestClient(mock_plivo.auth_id, "WrongToken000000000000000000000000000000")
    operations = [
        lambda: bad.applications.create(app_name="x", answer_url="https://example.com/a"),
        lambda: bad.applications.get(app_id),
        lambda: bad.applications.update(app_id, answer_url="https://example.com/b"),
        lambda: bad.applications.delete(app_id),
    ]
    for operation in operations:
        with pytest.raises(exceptions.AuthenticationError) as raised:
            operation()
        assert str(raised.value) == "authentication failed"
    assert plivo_client.applications.get(app_id).answer_url == "https://example.com/answer"
    assert plivo_client.applications.list().meta.total_count == 1


def test_unknown_account_raises_authentication_error(plivo_client):
    stranger = plivo.RestClient("MAUNKNOWN00000000000", "SomeToken")
    with pytest.raises(exceptions.AuthenticationError):
        stranger.applications.get(UNKNOWN_APP_ID)


def test_sdk_list_on_an_error_body_raises_attribute_error(mock_plivo, plivo_client):
    # Documented SDK quirk (CONTRACT.md): ListResponseObject.__len__ reads `objects`, which an error body lacks.
    # Pinned here so that a change in the mock's error envelope (or the SDK) is noticed.
    bad = plivo.RestClient(mock_plivo.auth_id, "WrongToken000000000000000000000000000000")
    with pytest.raises(AttributeError):
        bad.applications.list()


# --- raw HTTP --------------------------------------------------------------------------------------------------


def test_list_errors_on_the_wire(mock_plivo):
    url = mock_plivo.applications_url()
    assert_error_envelope(mock_plivo.session(auth_token="WrongToken").get(url), 401, "authentication failed")
    assert_error_envelope(requests.get(url), 401, "authentication failed")
    # A path auth_id that is not the authenticated account.
    other = mock_plivo.applications_url(auth_id="MAOTHER0000000000000")
    assert_error_envelope(mock_plivo.session().get(other), 401, "authentication failed")


def test_every_response_is_json_including_204(mock_plivo):
    s = mock_plivo.session()
    created = s.post(mock_plivo.applications_url(), json={"app_name": "raw_ct", "answer_url": "https://e.com/a"})
    assert created.status_code == 201, created.text
    app_id = created.json()["app_id"]
    responses = [
        created,
        s.get(mock_plivo.applications_url(app_id)),
        s.get(mock_plivo.applications_url()),
        s.post(mock_plivo.applications_url(app_id), json={"answer_method": "GET"}),
        s.post(mock_plivo.applications_url(), json={"app_name": "bad name", "answer_url": "https://e.com/a"}),
        s.get(mock_plivo.applications_url(UNKNOWN_APP_ID)),
        s.put(mock_plivo.applications_url()),
        requests.get(mock_plivo.applications_url()),
        s.get(mock_plivo.url("/no/such/route/")),
        s.delete(mock_plivo.applications_url(app_id)),
    ]
    assert [r.status_code for r in responses] == [201, 200, 200, 202, 400, 404, 405, 401, 404, 204]
    for r in responses:
        assert_json_content_type(r)
    assert responses[-1].content == b""


def test_every_json_response_has_a_fresh_api_id(mock_plivo):
    s = mock_plivo.session()
    ids = [s.get(mock_plivo.applications_url()).json()["api_id"] for _ in range(3)]
    assert all(is_uuid1(i) for i in ids) and len(set(ids)) == 3


def test_get_object_keys_are_alphabetical(mock_plivo, plivo_client):
    app_id = create_app(plivo_client, "sdk_keys")
    r = mock_plivo.session().get(mock_plivo.applications_url(app_id))
    assert r.status_code == 200
    keys = list(r.json())
    assert keys == sorted(APPLICATION_KEYS + ["api_id"])


def test_not_found_envelope(mock_plivo):
    s = mock_plivo.session()
    for r in (s.get(mock_plivo.applications_url(UNKNOWN_APP_ID)),
              s.post(mock_plivo.applications_url(UNKNOWN_APP_ID), json={"answer_url": "https://e.com/a"}),
              s.delete(mock_plivo.applications_url(UNKNOWN_APP_ID))):
        assert_error_envelope(r, 404, "not found")


@pytest.mark.parametrize("path", ["/no/such/route/", "/v1/", "/v1/Account/{auth_id}/NoSuchResource/"])
def test_unknown_route_is_404_not_found(mock_plivo, path):
    r = mock_plivo.session().get(mock_plivo.url(path.format(auth_id=mock_plivo.auth_id)))
    assert_error_envelope(r, 404, "not found")


@pytest.mark.parametrize("method", ["PUT", "PATCH"])
def test_wrong_method_is_405_with_allow(mock_plivo, plivo_client, method):
    app_id = create_app(plivo_client, "sdk_405")
    for url, expected in ((mock_plivo.applications_url(), {"GET", "POST"}),
                          (mock_plivo.applications_url(app_id), {"GET", "POST", "DELETE"})):
        r = mock_plivo.session().request(method, url, json={"answer_url": "https://e.com/a"})
        assert_error_envelope(r, 405)
        allow = {m.strip() for m in r.headers.get("Allow", "").split(",") if m.strip()}
        assert expected <= allow and method not in allow, r.headers.get("Allow")


def test_form_encoded_create_and_update(mock_plivo, plivo_client):
    s = mock_plivo.session()
    r = s.post(mock_plivo.applications_url(),
               data={"app_name": "form_app", "answer_url": "https://example.com/form",
                     "answer_method": "get", "default_number_app": "true", "log_incoming_messages": "False"})
    assert r.status_code == 201, r.text
    assert_json_content_type(r)
    app_id = r.json()["app_id"]
    app = plivo_client.applications.get(app_id)
    assert (app.app_name, app.answer_url, app.answer_method) == ("form_app", "https://example.com/form", "GET")
    assert (app.default_app, app.log_incoming_messages) == (True, False)

    r = s.post(mock_plivo.applications_url(app_id), data={"public_uri": "1"})
    assert r.status_code == 202, r.text
    assert plivo_client.applications.get(app_id).public_uri is True


@pytest.mark.parametrize("cascade", ["false", "False", "0", "true"])
def test_delete_with_cascade_in_the_query(mock_plivo, plivo_client, cascade):
    app_id = create_app(plivo_client, "sdk_query_delete")
    r = mock_plivo.session().delete(mock_plivo.applications_url(app_id), params={"cascade": cascade})
    assert r.status_code == 204, r.text
    assert_json_content_type(r)
    assert r.content == b""
    with pytest.raises(exceptions.ResourceNotFoundError):
        plivo_client.applications.get(app_id)


def test_trailing_slash_is_optional(mock_plivo, plivo_client):
    app_id = create_app(plivo_client, "sdk_slash")
    s = mock_plivo.session()
    assert s.get(mock_plivo.applications_url().rstrip("/")).status_code == 200
    assert s.get(mock_plivo.applications_url(app_id).rstrip("/")).json()["app_id"] == app_id


def test_absolute_form_target_through_an_http_proxy_setting(mock_plivo):
    # What an SDK sends when told to use an HTTP proxy: `GET http://api.plivo.com/v1/Account/... HTTP/1.1`.
    s = mock_plivo.session()
    s.proxies = {"http": mock_plivo.base_url}
    s.trust_env = False
    target = f"http://api.plivo.com/v1/Account/{mock_plivo.auth_id}/Application/"
    r = s.post(target, json={"app_name": "via_proxy", "answer_url": "https://example.com/a"})
    assert r.status_code == 201, r.text
    r = s.get(target)
    assert r.status_code == 200 and r.json()["meta"]["total_count"] == 1


# --- parameters the contract pins down -------------------------------------------------------------------------


def test_unknown_subaccount_on_create_raises_validation_error(plivo_client):
    # Well-formed (the SDK checks ^SA[A-Z0-9]{18}$ itself) but not a subaccount of this account.
    with pytest.raises(exceptions.ValidationError) as raised:
        plivo_client.applications.create(app_name="sdk_sub", answer_url="https://example.com/a",
                                         subaccount="SANOSUCHSUBACCOUNT00")
    assert "subaccount" in str(raised.value)
    assert plivo_client.applications.list().meta.total_count == 0


def test_delete_moving_endpoints_to_an_unknown_app_raises_validation_error(plivo_client):
    app_id = create_app(plivo_client, "sdk_move")
    with pytest.raises(exceptions.ValidationError) as raised:
        plivo_client.applications.delete(app_id, cascade=False, new_endpoint_application=UNKNOWN_APP_ID)
    assert "new_endpoint_application" in str(raised.value)
    assert plivo_client.applications.get(app_id).app_id == app_id


def test_json_booleans_are_lenient_and_unknown_keys_ignored(mock_plivo, plivo_client):
    s = mock_plivo.session()
    r = s.post(mock_plivo.applications_url(), json={
        "app_name": "lenient", "answer_url": "https://example.com/a", "no_such_key": {"x": 1},
        "public_uri": "True", "log_incoming_messages": 0, "default_number_app": "1", "default_endpoint_app": "false",
    })
    assert r.status_code == 201, r.text
    app = plivo_client.applications.get(r.json()["app_id"])
    assert (app.public_uri, app.log_incoming_messages, app.default_app, app.default_endpoint_app) == (
        True, False, True, False)
    r = s.post(mock_plivo.applications_url(app.app_id), json={"public_uri": 0, "log_incoming_messages": "true"})
    assert r.status_code == 202, r.text
    app = plivo_client.applications.get(app.app_id)
    assert (app.public_uri, app.log_incoming_messages) == (False, True)


def test_delete_parameters_in_a_json_body_as_the_sdks_send_them(mock_plivo, plivo_client):
    app_id = create_app(plivo_client, "sdk_body_delete")
    # plivo-python sends app_id in the body; Node sends cascade as a string; Java sends id/secondary_id nulls.
    r = mock_plivo.session().delete(mock_plivo.applications_url(app_id),
                                    json={"app_id": app_id, "cascade": "false", "id": app_id, "secondary_id": None})
    assert r.status_code == 204, r.text
    assert_json_content_type(r)
