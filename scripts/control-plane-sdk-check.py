"""Checks a 5xx fault rule through the official Python SDK: three attempts, then PlivoServerError, all journaled.

Usage: start `mock-plivo` (demo account), then
    MOCK_URL=http://127.0.0.1:8000 python3 scripts/control-plane-sdk-check.py
with `pip install plivo` in the environment. Exits non-zero when the mock does not behave as described.
"""
import base64
import json
import os
import sys
import urllib.request

import plivo
from plivo.rest import client as rest_client

MOCK = os.environ.get("MOCK_URL", "http://127.0.0.1:8000")
AUTH = (os.environ.get("PLIVO_AUTH_ID", "MAMOCKPLIVODEMO00001"),
        os.environ.get("PLIVO_AUTH_TOKEN", "MockPlivoDemoToken0000000000000000000000"))

# The SDK's Application calls go to the voice host and, on a 5xx, to its two fallback hosts: point all at the mock.
for name in ["PLIVO_API_BASE_URI", "API_VOICE_BASE_URI", "API_VOICE_BASE_URI_FALLBACK_1",
             "API_VOICE_BASE_URI_FALLBACK_2"]:
    setattr(rest_client, name, MOCK + "/v1/Account")


def control(method, path, body=None):
    request = urllib.request.Request(
        MOCK + path, method=method, data=json.dumps(body).encode() if body else None,
        headers={"Authorization": "Basic " + base64.b64encode(":".join(AUTH).encode()).decode(),
                 "Content-Type": "application/json"})
    with urllib.request.urlopen(request) as response:
        return json.loads(response.read() or b"{}")


client = plivo.RestClient(*AUTH)
app_id = client.applications.create(app_name="sdk-fault-check", answer_url="https://example.com/answer").app_id
since = control("GET", "/__mock/journal?limit=1")["recorded"]
rule = control("POST", "/__mock/faults",
               {"method": "GET", "path": "/v1/Account/:authID/Application/:appID/", "status": 500, "times": 3})
try:
    client.applications.get(app_id)
    sys.exit("expected PlivoServerError, got an answer")
except plivo.exceptions.PlivoServerError as error:
    print("PlivoServerError:", error)
finally:
    control("DELETE", "/__mock/faults/" + rule["id"])
statuses = [entry["status"] for entry in control("GET", f"/__mock/journal?since={since}&method=GET")["entries"]]
print("journaled statuses:", statuses)
if statuses != [500, 500, 500]:
    sys.exit("expected three journaled 500s")
print("ok")
