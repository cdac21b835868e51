"""Durability with a database file: what the SDK saw acknowledged is there after kill -9 and after a clean stop."""

from __future__ import annotations

import signal
import threading
import time

import pytest
from plivo import exceptions

from mockplivo_sdk import make_client, point_plivo_at


def snapshot(app) -> dict:
    return {k: v for k, v in vars(app).items() if k not in ("client", "_name", "api_id")}


def test_acknowledged_writes_survive_sigkill(mock_plivo_factory, tmp_path):
    db = str(tmp_path / "mock.db")
    mock = mock_plivo_factory(db=db)
    with point_plivo_at(mock.base_url):
        client = make_client(mock.auth_id, mock.auth_token)
        kept = [client.applications.create(app_name=f"durable_{i}", answer_url=f"https://example.com/{i}").app_id
                for i in range(5)]
        client.applications.update(kept[0], answer_url="https://example.com/updated", public_uri=True)
        doomed = client.applications.create(app_name="durable_gone", answer_url="https://example.com/x").app_id
        client.applications.delete(doomed)
        last = client.applications.create(app_name="durable_last", answer_url="https://example.com/last").app_id
        # kill -9 right after the last acknowledgement: nothing gets a chance to flush or close.
        assert mock.kill() == -signal.SIGKILL

    again = mock_plivo_factory(db=db)
    assert again.port != 0
    with point_plivo_at(again.base_url):
        client = make_client(again.auth_id, again.auth_token)
        listed = client.applications.list()
        assert listed.meta.total_count == 6
        assert [app.app_id for app in listed] == [last] + list(reversed(kept))
        first = client.applications.get(kept[0])
        assert (first.answer_url, first.public_uri) == ("https://example.com/updated", True)
        assert first.hangup_url == "https://example.com/0"
        for i, app_id in enumerate(kept[1:], start=1):
            app = client.applications.get(app_id)
            assert (app.app_name, app.answer_url) == (f"durable_{i}", f"https://example.com/{i}")
        assert client.applications.get(last).app_name == "durable_last"
        with pytest.raises(exceptions.ResourceNotFoundError):
            client.applications.get(doomed)
        # The restarted server keeps writing to the same file, and its new ids do not collide.
        new_id = client.applications.create(app_name="after_restart", answer_url="https://example.com/n").app_id
        assert new_id not in kept + [last, doomed]
        assert client.applications.list().meta.total_count == 7


def test_clean_sigterm_restart_keeps_everything(mock_plivo_factory, tmp_path):
    db = str(tmp_path / "mock.db")
    mock = mock_plivo_factory(db=db)
    with point_plivo_at(mock.base_url):
        client = make_client(mock.auth_id, mock.auth_token)
        app_ids = [client.applications.create(app_name=f"restart_{i}", answer_url="https://example.com/a",
                                              default_number_app=(i == 2)).app_id for i in range(3)]
        before = {app_id: snapshot(client.applications.get(app_id)) for app_id in app_ids}
    assert mock.stop() == 0

    for round_ in range(2):  # twice: a restart must also leave the file fit for the next one
        mock = mock_plivo_factory(db=db)
        with point_plivo_at(mock.base_url):
            client = make_client(mock.auth_id, mock.auth_token)
            after = {app_id: snapshot(client.applications.get(app_id)) for app_id in app_ids}
            assert after == before
            listed = client.applications.list()
            assert [app.app_id for app in listed] == list(reversed(app_ids))
            assert listed.meta.total_count == 3
        assert mock.stop() == 0, f"round {round_}"


def test_wrong_token_after_restart_still_fails(mock_plivo_factory, tmp_path):
    db = str(tmp_path / "mock.db")
    mock = mock_plivo_factory(db=db)
    assert mock.stop() == 0
    again = mock_plivo_factory(db=db)
    with point_plivo_at(again.base_url):
        client = make_client(again.auth_id, "WrongToken000000000000000000000000000000")
        with pytest.raises(exceptions.AuthenticationError):
            client.applications.get("12345678901234567")


def test_sigterm_answers_a_pending_long_poll_with_503_and_exits_promptly(mock_plivo_factory):
    mock = mock_plivo_factory()
    answer = {}

    def long_poll():
        response = mock.session().get(mock.url("/__mock/journal/wait"), params={"count": 1, "timeout_ms": 60000},
                                      timeout=30)
        answer["status"], answer["body"] = response.status_code, response.json()

    poller = threading.Thread(target=long_poll)
    poller.start()
    # The wait answers nothing until it is stopped, so there is no event to wait for: give the server time to read it.
    time.sleep(0.5)
    started = time.monotonic()
    assert mock.stop() == 0
    elapsed = time.monotonic() - started
    poller.join(timeout=10)
    assert answer["status"] == 503
    assert answer["body"]["error"] == "the server is stopping" and len(answer["body"]["api_id"]) == 36
    assert elapsed < 3, f"exited {elapsed:.1f} s after SIGTERM; the grace period a long-poll used to hold it for is 10 s"
