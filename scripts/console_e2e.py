"""Drives MockPlivo's console in headless Chromium over the Chrome DevTools Protocol.

Run by scripts/console-e2e.sh, which starts mock-plivo and passes --base, --auth-id and --auth-token.
The browser meets the console's Basic-auth challenge and answers it as a person would at the prompt
(Fetch.authRequired), submits a form the API refuses, sees the API's message, corrects it, sees the
application listed, and the script then reads it back through the REST API. Every wait is bounded.
"""
import argparse
import base64
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
import urllib.request

import websocket  # websocket-client

passed = 0


def check(condition, what):
    global passed
    if not condition:
        print(f"console-e2e: FAILED: {what}", file=sys.stderr)
        print(f"console-e2e: {passed} passed, 1 failed")
        sys.exit(1)
    passed += 1
    print(f"console-e2e: ok: {what}")


class Page:
    """One page target: commands by id, with Fetch's pauses and auth challenges answered as they come."""

    def __init__(self, ws_url, username, password):
        self.ws = websocket.create_connection(ws_url, timeout=10, suppress_origin=True)
        self.ws.settimeout(1)
        self.next_id = 0
        self.username, self.password = username, password
        self.challenges = 0
        self.events = []

    def send(self, method, params=None):
        self.next_id += 1
        self.ws.send(json.dumps({"id": self.next_id, "method": method, "params": params or {}}))
        return self.next_id

    def call(self, method, params=None, timeout=20):
        wanted = self.send(method, params)
        return self.pump(lambda message: message.get("id") == wanted, timeout, method)["result"]

    def pump(self, done, timeout, what):
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            try:
                message = json.loads(self.ws.recv())
            except websocket.WebSocketTimeoutException:
                continue
            if "error" in message:
                raise RuntimeError(f"{what}: {message['error']}")
            method = message.get("method")
            if method == "Fetch.requestPaused":
                self.send("Fetch.continueRequest", {"requestId": message["params"]["requestId"]})
            elif method == "Fetch.authRequired":
                self.challenges += 1
                self.send("Fetch.continueWithAuth", {
                    "requestId": message["params"]["requestId"],
                    "authChallengeResponse": {"response": "ProvideCredentials",
                                              "username": self.username, "password": self.password}})
            elif method:
                self.events.append(method)
            if done(message):
                return message
        raise TimeoutError(f"{what}: nothing after {timeout} s")

    def until_loaded(self, action):
        """Runs `action` (which starts a navigation) and waits for the new document's load event."""
        self.events.clear()
        action()
        self.pump(lambda message: message.get("method") == "Page.loadEventFired", 20, "page load")

    def evaluate(self, expression):
        result = self.call("Runtime.evaluate", {"expression": expression, "returnByValue": True})
        return result["result"].get("value")


def launch_chromium(profile):
    binary = shutil.which("chromium") or shutil.which("chromium-browser") or shutil.which("google-chrome")
    if not binary:
        sys.exit("console-e2e: no chromium on PATH")
    process = subprocess.Popen([
        binary, "--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
        "--no-first-run", "--no-default-browser-check", "--remote-debugging-port=0",
        "--remote-allow-origins=*", f"--user-data-dir={profile}", "--window-size=1280,1400", "about:blank",
    ], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    port_file = os.path.join(profile, "DevToolsActivePort")
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        if os.path.exists(port_file) and open(port_file).read().strip():
            port = open(port_file).read().split()[0]
            for target in json.load(urllib.request.urlopen(f"http://127.0.0.1:{port}/json/list", timeout=5)):
                if target.get("type") == "page":
                    return process, target["webSocketDebuggerUrl"]
        if process.poll() is not None:
            sys.exit(f"console-e2e: chromium exited with {process.returncode}")
        time.sleep(0.2)
    process.kill()
    sys.exit("console-e2e: chromium did not open its DevTools port within 30 s")


def api_get(base, path, auth_id, auth_token):
    request = urllib.request.Request(base + path)
    token = base64.b64encode(f"{auth_id}:{auth_token}".encode()).decode()
    request.add_header("Authorization", f"Basic {token}")
    with urllib.request.urlopen(request, timeout=10) as response:
        return response.status, json.load(response)


def fill_and_submit(page, values):
    assignments = "".join(
        f"document.getElementById('field-{name}').value = {json.dumps(value)};" for name, value in values.items())
    page.until_loaded(lambda: page.evaluate(assignments + "document.getElementById('save').click(); true"))


def screenshot(page, path):
    os.makedirs(os.path.dirname(path) or ".", exist_ok=True)
    shot = page.call("Page.captureScreenshot", {"format": "png", "captureBeyondViewport": True})
    with open(path, "wb") as file:
        file.write(base64.b64decode(shot["data"]))
    check(os.path.getsize(path) > 10_000, f"screenshot written to {path}")


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--base", required=True)
    parser.add_argument("--auth-id", required=True)
    parser.add_argument("--auth-token", required=True)
    parser.add_argument("--screenshot", default="ci-output/console.png")
    arguments = parser.parse_args()
    name = f"e2e-{int(time.time())}"

    profile = tempfile.mkdtemp(prefix="mock-plivo-chromium-")
    chromium, ws_url = launch_chromium(profile)
    try:
        page = Page(ws_url, arguments.auth_id, arguments.auth_token)
        page.call("Page.enable")
        page.call("Runtime.enable")
        page.call("Fetch.enable", {"handleAuthRequests": True, "patterns": [{"urlPattern": "*"}]})
        page.call("Emulation.setDeviceMetricsOverride",
                  {"width": 1280, "height": 1400, "deviceScaleFactor": 1, "mobile": False})

        page.until_loaded(lambda: page.send("Page.navigate", {"url": arguments.base + "/"}))
        check(page.challenges >= 1, "the console asked the browser for credentials (WWW-Authenticate)")
        check(page.evaluate("location.pathname") == "/console/", "/ redirected to /console/")
        check(page.evaluate("document.querySelector('h1').textContent") == "Applications", "the list page shows")
        background = page.evaluate("getComputedStyle(document.body).backgroundColor")
        check(background == "rgb(245, 247, 250)",
              f"the inline stylesheet applies under the Content-Security-Policy ({background})")

        page.until_loaded(lambda: page.evaluate("document.getElementById('new-application').click(); true"))
        check(page.evaluate("location.pathname") == "/console/applications/new/", "the create form opens")

        fill_and_submit(page, {"app_name": name + " with spaces", "answer_url": "https://example.com/answer"})
        error = page.evaluate("(document.querySelector('.error') || {}).textContent")
        check(error == "app_name may contain only letters, digits, '-' and '_'",
              f"a refused form shows the API's message ({error!r})")
        check(page.evaluate("document.getElementById('field-answer_url').value") == "https://example.com/answer",
              "the refused form keeps the values typed")
        screenshot(page, arguments.screenshot.replace(".png", "-refused-form.png"))

        fill_and_submit(page, {"app_name": name, "answer_url": "https://example.com/answer",
                               "answer_method": "GET", "message_url": "https://example.com/sms",
                               "default_endpoint_app": "true"})
        search = page.evaluate("location.search")
        check(page.evaluate("location.pathname") == "/console/" and search.startswith("?created="),
              f"the form redirected to the list ({search})")
        app_id = search[len("?created="):]
        listed = page.evaluate(
            f"(document.querySelector('#app-{app_id} h2') || {{}}).textContent || ''")
        check(listed.startswith(name), f"the new application is listed ({listed!r})")

        screenshot(page, arguments.screenshot)

        status, body = api_get(arguments.base, f"/v1/Account/{arguments.auth_id}/Application/{app_id}/",
                               arguments.auth_id, arguments.auth_token)
        check(status == 200 and body["app_name"] == name and body["answer_method"] == "GET"
              and body["message_url"] == "https://example.com/sms" and body["default_endpoint_app"] is True,
              "the API returns the application as the form entered it")
        status, body = api_get(arguments.base, f"/v1/Account/{arguments.auth_id}/Application/?app_name={name}",
                               arguments.auth_id, arguments.auth_token)
        check(status == 200 and [o["app_id"] for o in body["objects"]] == [app_id],
              "the API's list shows exactly that application")
    finally:
        chromium.terminate()
        try:
            chromium.wait(timeout=10)
        except subprocess.TimeoutExpired:
            chromium.kill()
        shutil.rmtree(profile, ignore_errors=True)
    print(f"console-e2e: {passed} passed, 0 failed")


if __name__ == "__main__":
    main()
