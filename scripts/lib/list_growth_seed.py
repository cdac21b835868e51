"""Fills one account with N rows of each listed kind for scripts/bench-list-growth.sh, each by the fastest way in:

  fixtures FILE N AUTH_ID AUTH_TOKEN   a --fixtures file: N applications, N endpoints, N subaccounts
  api API AUTH_HEADER N                the bulk APIs: N numbers from a carrier (1,000 a request) and N messages
                                       (1,000 destinations a request, at --time-scale 0), waiting until the engine
                                       has carried every message to its end
  cdrs SNAPSHOT AUTH_ID N              N CDRs and N recordings written straight into a snapshot file, to restore:
                                       only calls the engine runs make them (with <Record> for recordings), far
                                       slower than the lists are to read; the columns are schema version 8's, which
                                       counts inserted rows in row_counts itself (no insert trigger), as done here
  constants                            the filters' values, as shell assignments

Besides the N, each kind gets MATCHING rows that the benchmark's selective filter picks, the same at every size.
"""
import json
import sqlite3
import sys
import time
import urllib.request
import uuid

MATCHING = 5
CONSTANTS = {
    "WANTED_APP_PREFIX": "wanted_",            # app_name=: MATCHING applications wanted_0…
    "WANTED_SUBACCOUNT": "SABENCHFILTER0000001",  # subaccount= of the Endpoint list: MATCHING endpoints
    "WANTED_ALIAS": "wanted",                  # alias= of the Number list
    "WANTED_ERROR_CODE": "300",                # error_code= of the Message list: messages to a failing handset
    "WANTED_TO": "14155550123",                # to_number= of the Call list
    "WANTED_CALL": "bench-wanted-call",        # call_uuid= of the Recording list
}
FAILING_HANDSET = "447700800999"  # outside the bulk sends' 4477009xxxxx


def fixtures(path, n, auth_id, auth_token):
    c = CONSTANTS
    subaccounts = [{"auth_id": f"SABENCH{i:013d}", "auth_token": f"BenchSubToken{i:013d}", "name": f"sub{i}"}
                   for i in range(n)]
    subaccounts.append({"auth_id": c["WANTED_SUBACCOUNT"], "auth_token": "BenchFilterToken", "name": "filter"})
    applications = [{"app_id": str(10**16 + i), "app_name": f"app{i}", "answer_url": "https://example.com/answer"}
                    for i in range(n)]
    applications += [{"app_id": str(2 * 10**16 + i), "app_name": f"{c['WANTED_APP_PREFIX']}{i}",
                      "answer_url": "https://example.com/answer"} for i in range(MATCHING)]
    endpoints = [{"endpoint_id": str(10**13 + i), "username": f"bench{i}", "password": "secret", "alias": f"desk{i}"}
                 for i in range(n)]
    endpoints += [{"endpoint_id": str(2 * 10**13 + i), "username": f"filter{i}", "password": "secret",
                   "alias": f"filter{i}", "subaccount": c["WANTED_SUBACCOUNT"]} for i in range(MATCHING)]
    with open(path, "w") as file:
        json.dump({"accounts": [{"auth_id": auth_id, "auth_token": auth_token, "subaccounts": subaccounts}],
                   "applications": applications, "endpoints": endpoints}, file)


def api(base, header, n):
    name, value = header.split(": ", 1)

    def call(method, path, body=None):
        request = urllib.request.Request(base + path, method=method,
                                         data=json.dumps(body).encode() if body is not None else None,
                                         headers={name: value, "Content-Type": "application/json"})
        return json.load(urllib.request.urlopen(request))

    def total(path):
        return call("GET", path)["meta"]["total_count"]

    c = CONSTANTS
    carrier = call("POST", "/IncomingCarrier/", {"name": "bench", "ip_set": "10.0.0.1"})["carrier_id"]
    # A range no country of the inventory sells (+882, international networks).
    for start in range(0, n, 1000):
        numbers = ",".join(f"88216{i:08d}" for i in range(start, min(start + 1000, n)))
        call("POST", "/Number/", {"numbers": numbers, "carrier": carrier, "region": "bench"})
    wanted = [f"88217{i:08d}" for i in range(MATCHING)]
    call("POST", "/Number/", {"numbers": ",".join(wanted), "carrier": carrier, "region": "bench"})
    for number in wanted:
        call("POST", f"/Number/{number}/", {"alias": c["WANTED_ALIAS"]})

    root, account = base.split("/v1/Account/")
    request = urllib.request.Request(
        f"{root}/__mock/Account/{account}/Handset/{FAILING_HANDSET}/", method="PUT",
        headers={name: value, "Content-Type": "application/json"},
        data=json.dumps({"sms": {"outcome": "failed", "error_code": c["WANTED_ERROR_CODE"]}}).encode())
    urllib.request.urlopen(request).read()
    for start in range(0, n, 1000):
        destinations = "<".join(f"4477009{i:05d}" for i in range(min(1000, n - start)))
        call("POST", "/Message/", {"src": "MockBench", "dst": destinations, "text": "fill"})
    for _ in range(MATCHING):
        call("POST", "/Message/", {"src": "MockBench", "dst": FAILING_HANDSET, "text": "fail"})
    # Measured once the engine has written every state, not while it writes.
    while total("/Message/?limit=1&message_state=queued") or total("/Message/?limit=1&message_state=sent"):
        time.sleep(0.5)


def cdrs(snapshot, auth_id, n):
    c = CONSTANTS
    now = int(time.time()) * 1_000_000
    calls, recordings = [], []
    for i in range(n + MATCHING):
        wanted = i >= n
        end = now - (n + MATCHING - i) * 1_000_000
        uuid_ = str(uuid.uuid4())
        to = c["WANTED_TO"] if wanted else f"1212{i:07d}"
        calls.append((uuid_, uuid_, None, auth_id, None, "outbound", "14155550100", to, "completed", end - 30_000_000,
                      end - 20_000_000, end, 20, 60, 500, 500, "NORMAL_CLEARING", "End Of XML Instructions", 4010,
                      "Plivo"))
        recordings.append((str(uuid.uuid4()), auth_id, None, c["WANTED_CALL"] if wanted else uuid_, None, "call",
                           "mp3", None, None, end - 10_000_000, end, end, 1000))
    database = sqlite3.connect(snapshot)
    with database:
        database.executemany(
            "INSERT INTO calls (call_uuid, request_uuid, parent_call_uuid, account_id, subaccount_id, direction, "
            "from_number, to_number, status, initiation_time, answer_time, end_time, duration, billed_duration, "
            "total_rate, total_amount, hangup_cause, hangup_cause_name, hangup_cause_code, hangup_source) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", calls)
        database.executemany(
            "INSERT INTO recordings (recording_id, account_id, subaccount_id, call_uuid, conference_name, kind, "
            "format, from_number, to_number, start_time, end_time, add_time, storage_rate) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", recordings)
        for kind in ("calls", "recordings"):
            database.execute(
                "INSERT INTO row_counts (kind, account_id, subaccount_id, count) "
                f"SELECT '{kind}', account_id, coalesce(subaccount_id, ''), count(*) FROM {kind} WHERE true "
                "GROUP BY 2, 3 ON CONFLICT (kind, account_id, subaccount_id) DO UPDATE SET count = excluded.count")
    database.close()


if __name__ == "__main__":
    command, arguments = sys.argv[1], sys.argv[2:]
    if command == "fixtures":
        fixtures(arguments[0], int(arguments[1]), arguments[2], arguments[3])
    elif command == "api":
        api(arguments[0], arguments[1], int(arguments[2]))
    elif command == "cdrs":
        cdrs(arguments[0], arguments[1], int(arguments[2]))
    elif command == "constants":
        print("\n".join(f"{key}={value}" for key, value in CONSTANTS.items()))
    else:
        sys.exit(f"unknown command {command}")
