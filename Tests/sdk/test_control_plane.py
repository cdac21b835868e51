"""The control plane seen through the official SDK: a 5xx fault rule makes plivo-python try three times (its two
retries go to the fallback hosts, which point at the mock too), raise PlivoServerError, and leave three journaled
500s; minted accounts isolate parallel tests."""
import plivo
import pytest

from mockplivo_sdk import make_client, point_plivo_at


def test_a_5xx_rule_shows_the_sdks_three_attempts_then_plivo_server_error(mock_plivo, plivo_client):
    admin = mock_plivo.session()
    app_id = plivo_client.applications.create(app_name="fault_check", answer_url="https://example.com/a").app_id
    since = admin.get(mock_plivo.url("/__mock/journal?limit=1")).json()["recorded"]
    rule = admin.post(mock_plivo.url("/__mock/faults"), json={
        "method": "GET", "path": "/v1/Account/:authID/Application/:appID/", "status": 500, "times": 3})
    assert rule.status_code == 201, rule.text

    with pytest.raises(plivo.exceptions.PlivoServerError):
        plivo_client.applications.get(app_id)

    entries = admin.get(mock_plivo.url(f"/__mock/journal?since={since}&method=GET&path=/v1/")).json()["entries"]
    assert [entry["status"] for entry in entries] == [500, 500, 500]
    assert all(entry["headers"]["Authorization"] == "Basic ****" for entry in entries)
    # The rule is spent: the next call is served normally.
    assert plivo_client.applications.get(app_id).app_id == app_id
    listed = admin.get(mock_plivo.url("/__mock/faults")).json()["faults"]
    assert [(fault["remaining"], fault["applied"]) for fault in listed] == [(0, 3)]


def test_minted_accounts_do_not_see_each_others_applications(mock_plivo):
    admin = mock_plivo.session()
    first, second = (admin.post(mock_plivo.url("/__mock/accounts"), data={"name": name}).json()
                     for name in ("first", "second"))
    with point_plivo_at(mock_plivo.base_url):
        one = make_client(first["auth_id"], first["auth_token"])
        two = make_client(second["auth_id"], second["auth_token"])
        app_id = one.applications.create(app_name="mine", answer_url="https://example.com/a").app_id
        with pytest.raises(plivo.exceptions.ResourceNotFoundError):
            two.applications.get(app_id)
        assert two.applications.list().meta["total_count"] == 0
        assert one.applications.list().meta["total_count"] == 1


def test_a_subaccount_works_with_its_own_credentials_and_sees_only_its_own(mock_plivo, plivo_client):
    created = plivo_client.subaccounts.create(name="customer_one", enabled=True)
    parent_app = plivo_client.applications.create(app_name="parent_app", answer_url="https://example.com/p").app_id
    with point_plivo_at(mock_plivo.base_url):
        sub = make_client(created.auth_id, created.auth_token)
        own = sub.applications.create(app_name="sub_app", answer_url="https://example.com/s").app_id
        fetched = sub.applications.get(own)
        assert fetched.sub_account == f"/v1/Account/{created.auth_id}/"
        assert fetched.resource_uri == f"/v1/Account/{created.auth_id}/Application/{own}/"
        assert [app.app_id for app in sub.applications.list().objects] == [own]
        with pytest.raises(plivo.exceptions.ResourceNotFoundError):
            sub.applications.get(parent_app)
    # The parent sees both, and filters by subaccount.
    assert plivo_client.applications.list().meta["total_count"] == 2
    filtered = plivo_client.applications.list(subaccount=created.auth_id)
    assert [app.app_id for app in filtered.objects] == [own]
    # Disabled, the subaccount's credentials stop working.
    plivo_client.subaccounts.update(created.auth_id, name="customer_one", enabled=False)
    with point_plivo_at(mock_plivo.base_url):
        with pytest.raises(plivo.exceptions.AuthenticationError):
            make_client(created.auth_id, created.auth_token).applications.get(own)


def test_deleting_an_application_with_cascade_false_moves_its_endpoints(mock_plivo, plivo_client):
    old = plivo_client.applications.create(app_name="old", answer_url="https://example.com/old").app_id
    new = plivo_client.applications.create(app_name="new", answer_url="https://example.com/new").app_id
    endpoint = plivo_client.endpoints.create(username="desk", password="secret-1", alias="Desk", app_id=old)
    plivo_client.applications.delete(old, cascade=False, new_endpoint_application=new)
    moved = plivo_client.endpoints.get(endpoint.endpoint_id)
    assert moved.application == f"/v1/Account/{mock_plivo.auth_id}/Application/{new}/"
    plivo_client.applications.delete(new)  # cascade defaults to true: the endpoint goes with it
    with pytest.raises(plivo.exceptions.ResourceNotFoundError):
        plivo_client.endpoints.get(endpoint.endpoint_id)
