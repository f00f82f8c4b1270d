#!/usr/bin/env python3
"""Writes the proxy-log fixtures formats/NAME.log (see README.md): lines quoted from public sources first, then a
planted client-timeout cluster generated in the same shape. Deterministic (fixed seed)."""
import json
import random

r = random.Random(16)
DAY = "2026-12-01"


def hms(i):
    s = 36000 + i * 7
    return "%02d:%02d:%02d" % (s // 3600, s // 60 % 60, s % 60)


def plan(timeout_s):
    """(kind, id, seconds): 30 give-ups at the timeout (+-20 ms), 5 more scattered; 40
    successes from 0.2 s to 14 s; 3 5xx made by the proxy, 2 from the backend."""
    p = [("gone", 1000 + i, timeout_s - 0.02 + r.randint(0, 40) / 1000) for i in range(30)]
    p += [("gone", 2000 + i, 0.5 + i * 1.3) for i in range(5)]
    p += [("ok", 5000 + i, 0.2 + i * 0.35) for i in range(40)]
    p += [("proxy5xx", 7000 + i, 0.004) for i in range(3)]
    p += [("backend5xx", 8000 + i, 0.050) for i in range(2)]
    return p


def envoy(quoted, istio):
    out = list(quoted)
    for n, (kind, i, s) in enumerate(plan(15.0 if istio else 10.0)):
        ms = int(round(s * 1000))
        code, flags, details, svc = {
            "gone": ("0", "DC", "downstream_remote_disconnect", "-"),
            "ok": ("200", "-", "via_upstream", str(max(1, ms - 2))),
            "proxy5xx": ("503", "UF,URX", "upstream_reset_before_response_started{connection_failure}", "-"),
            "backend5xx": ("503", "-", "via_upstream", str(ms - 1)),
        }[kind]
        t = "[%sT%s.%03dZ]" % (DAY, hms(n), n % 1000)
        req = '"GET /report/%d HTTP/1.1"' % i
        mid = ("%s %s %s - \"-\"" % (code, flags, details)) if istio else "%s %s" % (code, flags)
        host = '"10.0.2.12:9080"' if svc != "-" else '"-"'
        tail = ' "-" "okhttp/4.12.0" "%08x-0000-4000-8000-000000000000" "reports:9080" %s' % (i, host)
        if istio:
            tail += " outbound|9080||reports.default.svc.cluster.local - 10.96.0.20:9080 10.0.2.10:44922 - default"
        out.append("%s %s %s 0 %s %d %s%s" % (t, req, mid, "0" if kind == "gone" else "1234",
                                               ms, svc, tail))
    return out


def envoy_json():
    out = []
    for n, (kind, i, s) in enumerate(plan(5.0)):
        ms = int(round(s * 1000))
        code, flags, svc = {"gone": (0, "DC", None), "ok": (200, "-", max(1, ms - 2)),
                            "proxy5xx": (504, "UT", None), "backend5xx": (500, "-", ms - 1)}[kind]
        e = {"start_time": "%sT%s.%03dZ" % (DAY, hms(n), n % 1000), "method": "POST",
             "x-envoy-origin-path": "/api/orders/%d/pay" % i, "protocol": "HTTP/2",
             "response_code": code, "response_flags": flags,
             "response_code_details": "downstream_remote_disconnect" if kind == "gone" else
             "upstream_response_timeout" if kind == "proxy5xx" else "via_upstream",
             "bytes_received": 120, "bytes_sent": 0 if kind == "gone" else 512, "duration": ms,
             "x-envoy-upstream-service-time": str(svc) if svc is not None else None,
             "upstream_host": "10.244.1.9:8080", "x-request-id": "r-%d" % i}
        out.append(json.dumps(e, separators=(",", ":")))
    return out


def cloudfront(header, quoted):
    out = list(header) + list(quoted)
    for n, (kind, i, s) in enumerate(plan(30.0)):
        status, result, response, detailed = {
            "gone": ("000", "Error", "Miss", "ClientCommError"),
            "ok": ("200", "Miss", "Miss", "Miss"),
            "proxy5xx": ("502", "Error", "Error", "OriginConnectError"),
            "backend5xx": ("503", "Miss", "Miss", "Miss")}[kind]
        f = [DAY, hms(n), "FRA56-P1", "0" if kind == "gone" else "2048", "192.0.2.%d" % (n % 250),
             "GET", "d111111abcdef8.cloudfront.net", "/report/%d" % i, status, "-",
             "okhttp/4.12.0", "format=pdf", "-", result, "id%06d==" % n, "api.example.com",
             "https", "310", "%.3f" % s, "-", "TLSv1.3", "TLS_AES_128_GCM_SHA256", response,
             "HTTP/2.0", "-", "-", "443", "%.3f" % s, detailed, "application/pdf", "-", "-", "-"]
        out.append("\t".join(f))
    return out


def gcp():
    out = []
    for n, (kind, i, s) in enumerate(plan(10.0)):
        req = {"requestMethod": "GET",
               "requestUrl": "https://api.example.com/report/%d?format=pdf" % i,
               "requestSize": "98", "userAgent": "okhttp/4.12.0", "remoteIp": "203.0.113.%d" % (n % 250),
               "serverIp": "10.128.0.7", "latency": "%.6fs" % s}
        details = {"gone": "client_disconnected_before_any_response",
                   "ok": "response_sent_by_backend",
                   "proxy5xx": "backend_connection_closed_before_data_sent_to_client",
                   "backend5xx": "response_sent_by_backend"}[kind]
        if kind != "gone":
            req["status"] = {"ok": 200, "proxy5xx": 502, "backend5xx": 503}[kind]
            req["responseSize"] = "2048"
        e = {"insertId": "1x%05d" % n,
             "jsonPayload": {"@type": "type.googleapis.com/google.cloud.loadbalancing.type.LoadBalancerLogEntry",
                             "statusDetails": details,
                             "backendTargetProjectNumber": "projects/123456789012"},
             "httpRequest": req,
             "resource": {"type": "http_load_balancer",
                          "labels": {"project_id": "example-project", "url_map_name": "api-map",
                                     "backend_service_name": "reports", "zone": "global",
                                     "forwarding_rule_name": "api-https", "target_proxy_name": "api-proxy"}},
             "timestamp": "%sT%s.%06dZ" % (DAY, hms(n), n),
             "severity": "INFO",
             "logName": "projects/example-project/logs/requests",
             "receiveTimestamp": "%sT%s.900000Z" % (DAY, hms(n))}
        out.append(json.dumps(e, separators=(",", ":")))
    # The client left after part of a response: status logged, give-up all the same.
    e = json.loads(out[-1])
    e["jsonPayload"]["statusDetails"] = "client_disconnected_after_partial_response"
    e["httpRequest"]["status"] = 200
    e["httpRequest"]["requestUrl"] = "https://api.example.com/export"
    out.append(json.dumps(e, separators=(",", ":")))
    return out


def azure(quoted):
    out = list(quoted)
    for n, (kind, i, s) in enumerate(plan(20.0)):
        status, server, info = {"gone": (499, "-", "ERRORINFO_CLIENT_CLOSED_REQUEST"),
                                "ok": (200, "200", "ERRORINFO_NO_ERROR"),
                                "proxy5xx": (504, "-", "ERRORINFO_UPSTREAM_TIMED_OUT"),
                                "backend5xx": (503, "503", "ERRORINFO_NO_ERROR")}[kind]
        e = {"timeStamp": "%sT%s+00:00" % (DAY, hms(n)),
             "resourceId": "/SUBSCRIPTIONS/{subscriptionId}/RESOURCEGROUPS/{resourceGroupName}/PROVIDERS/MICROSOFT.NETWORK/APPLICATIONGATEWAYS/{applicationGatewayName}",
             "listenerName": "HTTPS-Listener", "ruleName": "Reports-Rule", "backendPoolName": "Reports",
             "backendSettingName": "Reports-HTTP-Setting", "operationName": "ApplicationGatewayAccess",
             "category": "ApplicationGatewayAccessLog",
             "properties": {"instanceId": "appgw_1", "clientIP": "203.0.113.%d" % (n % 250),
                            "clientPort": 40000 + n, "httpMethod": "GET",
                            "originalRequestUriWithArgs": "/report/%d?format=pdf" % i,
                            "requestUri": "/report/%d" % i, "requestQuery": "format=pdf",
                            "userAgent": "okhttp/4.12.0", "httpStatus": status,
                            "httpVersion": "HTTP/1.1", "receivedBytes": 210,
                            "sentBytes": 0 if kind == "gone" else 2048, "clientResponseTime": 0,
                            "timeTaken": round(s, 3), "WAFEvaluationTime": "0.000",
                            "WAFMode": "Detection", "transactionId": "%032x" % (n + 1),
                            "sslEnabled": "on", "sslCipher": "ECDHE-RSA-AES256-GCM-SHA384",
                            "sslProtocol": "TLSv1.2", "serverRouted": "10.0.1.4:8080" if server != "-" else "-",
                            "serverStatus": server,
                            "serverResponseLatency": "%.3f" % s if server != "-" else "-",
                            "host": "api.example.com", "originalHost": "api.example.com",
                            "error_info": info}}
        out.append(json.dumps(e, separators=(",", ":")))
    return out


def iis(quoted):
    out = list(quoted)
    out += ["#Software: Microsoft Internet Information Services 10.0", "#Version: 1.0",
            "#Date: %s 10:00:00" % DAY,
            "#Fields: date time s-ip cs-method cs-uri-stem cs-uri-query s-port cs-username c-ip"
            " cs(User-Agent) cs(Referer) sc-status sc-substatus sc-win32-status time-taken"]
    for n, (kind, i, s) in enumerate(plan(60.0)):
        status, win32 = {"gone": ("200", "64"), "ok": ("200", "0"),
                         "proxy5xx": ("503", "0"), "backend5xx": ("500", "0")}[kind]
        out.append("%s %s 10.0.0.4 GET /report/%d format=pdf 443 - 203.0.113.%d"
                   " Apache-HttpClient/4.5.14+(Java/17.0.9) - %s 0 %s %d"
                   % (DAY, hms(n), i, n % 250, status, win32, int(round(s * 1000))))
    # connections IIS's own host aborted (1236): not a client's give-up
    for k in range(3):
        out.append("%s %s 10.0.0.4 GET /export/%d - 443 - 203.0.113.%d"
                   " Apache-HttpClient/4.5.14+(Java/17.0.9) - 200 0 1236 %d"
                   % (DAY, hms(80 + k), 9000 + k, 200 + k, 120000 + k * 7))
    return out


PLANTED = ("Generated lines (fixed seed, cli/src/test/resources/proxy-fixtures.py): on %s 30 client give-ups at %s"
           " (+/- 20 ms) and 5 scattered ones, 40 successes from 0.2 s to 13.85 s, 3 5xx made by the proxy"
           " and 2 passed on from the backend.")

NOTES = {
    "envoy": [
        "Envoy's default access-log format",
        "(https://www.envoyproxy.io/docs/envoy/latest/configuration/observability/access_log/usage#default-format-string).",
        "Quoted: the first five lines (200, 404, two 0 DC, 403) from a public Kubernetes/ElasticSearch notes file, and the",
        "next two (200, and 0 DC after the client pressed Ctrl+C on /delay/5) from a public Envoy + Fluent Bit example",
        "README, both found by exact-string search of public GitHub code.",
        PLANTED % ("GET /report/{id}", "10 s"),
        "Generated kinds: 0 DC give-ups, 503 UF,URX (Envoy's own), 503 - with an upstream service time (the backend's).",
    ],
    "istio": [
        "Istio's default text access-log format (EnvoyTextLogFormat in istio/istio pilot/pkg/model/telemetry_logging.go).",
        "Quoted: the 418 line of Istio's \"Envoy Access Logs\" task (istio/istio.io",
        "content/en/docs/tasks/observability/logs/access-log/index.md,",
        "https://istio.io/latest/docs/tasks/observability/logs/access-log/), then a 0 DC downstream_remote_disconnect",
        "and a 200 line from a public multi-cluster troubleshooting note (exact-string search of public GitHub code).",
        PLANTED % ("GET /report/{id}", "15 s"),
        "Generated kinds: 0 DC downstream_remote_disconnect give-ups, 503 UF,URX (the sidecar's own), 503 via_upstream (the backend's).",
    ],
    "envoy-json": [
        "Envoy JSON access logs, generated only, keyed as Envoy Gateway's and Istio's JSON access-log formats name Envoy's",
        "command operators (start_time, method, x-envoy-origin-path, response_code, response_flags, response_code_details,",
        "duration, x-envoy-upstream-service-time, upstream_host;",
        "https://www.envoyproxy.io/docs/envoy/latest/configuration/observability/access_log/usage#command-operators).",
        PLANTED % ("POST /api/orders/{id}/pay", "5 s"),
        "504 UT lines are Envoy's own, 500 - with a service time the backend's.",
    ],
    "cloudfront": [
        "CloudFront standard log (legacy): AWS's #Version/#Fields header and the six example records of AWS's",
        "\"Standard logging reference\" (awsdocs/amazon-cloudfront-developer-guide doc_source/AccessLogs.md,",
        "https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/standard-logs-reference.html;",
        "the third record ends in a tab there too).",
        PLANTED % ("GET /report/{id}", "30 s"),
        "Generated kinds: 000 + ClientCommError give-ups (sc-status: \"000, which indicates that the viewer closed the",
        "connection before the server could respond\"), 502 OriginConnectError (CloudFront's own), 503 Miss (the origin's).",
    ],
    "gcp-lb": [
        "Google Cloud external Application Load Balancer request logs as exported from Cloud Logging, one LogEntry per line,",
        "generated only, in the shape Google documents",
        "(https://cloud.google.com/load-balancing/docs/https/https-logging-monitoring).",
        PLANTED % ("GET /report/{id}", "10 s"),
        "Give-ups have statusDetails client_disconnected_before_any_response and no httpRequest.status;",
        "502 backend_connection_closed_before_data_sent_to_client is the load balancer's, 503 response_sent_by_backend",
        "the backend's; one 200 client_disconnected_after_partial_response.",
    ],
    "azure-appgw": [
        "Azure Application Gateway access logs: the v2 and v1 examples of Microsoft's Application Gateway monitoring",
        "reference (MicrosoftDocs/azure-docs articles/application-gateway/monitor-application-gateway-reference.md,",
        "https://learn.microsoft.com/azure/application-gateway/monitor-application-gateway-reference), each joined onto",
        "one line as Azure Monitor writes them to a storage account.",
        PLANTED % ("GET /report/{id}", "20 s"),
        "Generated v2 records: 499 + ERRORINFO_CLIENT_CLOSED_REQUEST give-ups, 504 ERRORINFO_UPSTREAM_TIMED_OUT with no",
        "serverStatus (the gateway's), 503 with serverStatus 503 (the backend's).",
    ],
    "iis": [
        "IIS W3C logs: the example of Microsoft's \"W3C Logging\" page (HTTP Server API,",
        "https://learn.microsoft.com/windows/win32/http/w3c-logging; the page's // annotations left out), then IIS's",
        "default field selection with two lines from a public IIS log-analysis write-up (a 200 0 64 and a 200 0 0).",
        PLANTED % ("GET /report/{id}", "60 s"),
        "Generated give-ups: 200 with sc-win32-status 64 (the network name is no longer available: the client left);",
        "then 3 lines on GET /export/{id} with 1236 (the connection was aborted by the local system, IIS's own host).",
    ],
}


def write(name, lines):
    """Writes formats/NAME.log: the notes as "## " lines, then the log lines."""
    with open("formats/%s.log" % name, "w", encoding="utf-8", newline="\n") as f:
        f.write("".join("## %s\n" % n for n in NOTES[name]) + "\n".join(lines) + "\n")


if __name__ == "__main__":
    write("envoy", envoy([
        '[2019-03-04T11:25:27.161Z] "GET / HTTP/1.1" 200 - 0 13762 326 301 "172.17.0.1" "curl/7.58.0" "95b2222e-6977-4c99-9bd8-d5f995b9fce3" "www.google.com" "172.217.22.110:443"',
        '[2019-03-04T11:28:19.719Z] "GET /543543 HTTP/1.1" 404 - 0 1567 166 164 "172.17.0.1" "curl/7.58.0" "3efc5964-bf1a-492f-bb02-3170841dbd2b" "www.google.com" "216.58.207.78:443"',
        '[2019-03-04T11:28:52.604Z] "GET /q=1 HTTP/1.1" 0 DC 0 0 4687 - "172.17.0.1" "curl/7.58.0" "6a2d3506-6b13-4ea6-af01-dd466ad46f22" "www.google.com" "172.217.22.110:443"',
        '[2019-03-04T11:29:13.780Z] "GET /search/q=1 HTTP/1.1" 0 DC 0 0 7326 - "172.17.0.1" "curl/7.58.0" "7ef64839-d517-4397-bf31-c28c6ff278bd" "www.google.com" "216.58.207.78:443"',
        '[2019-03-04T11:29:23.719Z] "GET /search?q=1 HTTP/1.1" 403 - 0 6240 1309 1303 "172.17.0.1" "curl/7.58.0" "457b4abf-9d3a-498b-a5ba-367a5ddc254b" "www.google.com" "216.58.207.78:443"',
        '[2023-01-04T09:08:45.976Z] "GET /get HTTP/1.1" 200 - 0 569 225 225 "-" "curl/7.68.0" "69f185c9-7b1f-4508-af27-8b4a1c82f7c8" "httpbingo.org" "77.83.142.42:80"',
        '[2023-01-04T09:08:51.304Z] "GET /delay/5 HTTP/1.1" 0 DC 0 0 372 - "-" "curl/7.68.0" "33e366d4-ef22-4d5c-bddc-21cb4469a20d" "httpbingo.org" "77.83.142.42:80"',
    ], istio=False))
    write("istio", envoy([
        '[2020-11-25T21:26:18.409Z] "GET /status/418 HTTP/1.1" 418 - via_upstream - "-" 0 135 4 4 "-" "curl/7.73.0-DEV" "84961386-6d84-929d-98bd-c5aee93b5c88" "httpbin:8000" "10.44.1.27:80" outbound|8000||httpbin.foo.svc.cluster.local 10.44.1.23:37652 10.0.45.184:8000 10.44.1.23:46520 - default',
        '[2022-12-05T07:32:05.788Z] "GET /hello HTTP/1.1" 0 DC downstream_remote_disconnect - "-" 0 0 999 - "-" "curl/7.81.0" "29a2f777-744a-4b3e-acc2-72d434cceb78" "helloworld.sample.svc:5000" "-" outbound|5000||helloworld.sample.svc.cluster.local - 10.96.137.147:5000 10.244.0.13:45588 - default',
        '[2022-12-05T08:01:33.196Z] "GET /hello HTTP/1.1" 200 - via_upstream - "-" 0 60 356 355 "-" "curl/7.81.0" "7c25eadf-f510-4494-8601-62f621c22325" "helloworld.sample.svc:5000" "10.244.1.9:5000" outbound|5000||helloworld.sample.svc.cluster.local 10.244.1.11:46166 10.96.137.147:5000 10.244.1.11:43492 - default',
    ], istio=True))
    write("envoy-json", envoy_json())
    write("cloudfront", cloudfront([
        "#Version: 1.0",
        "#Fields: date time x-edge-location sc-bytes c-ip cs-method cs(Host) cs-uri-stem sc-status cs(Referer) cs(User-Agent) cs-uri-query cs(Cookie) x-edge-result-type x-edge-request-id x-host-header cs-protocol cs-bytes time-taken x-forwarded-for ssl-protocol ssl-cipher x-edge-response-result-type cs-protocol-version fle-status fle-encrypted-fields c-port time-to-first-byte x-edge-detailed-result-type sc-content-type sc-content-len sc-range-start sc-range-end",
    ], [
        "2019-12-04\t21:02:31\tLAX1\t392\t192.0.2.100\tGET\td111111abcdef8.cloudfront.net\t/index.html\t200\t-\tMozilla/5.0%20(Windows%20NT%2010.0;%20Win64;%20x64)%20AppleWebKit/537.36%20(KHTML,%20like%20Gecko)%20Chrome/78.0.3904.108%20Safari/537.36\t-\t-\tHit\tSOX4xwn4XV6Q4rgb7XiVGOHms_BGlTAC4KyHmureZmBNrjGdRLiNIQ==\td111111abcdef8.cloudfront.net\thttps\t23\t0.001\t-\tTLSv1.2\tECDHE-RSA-AES128-GCM-SHA256\tHit\tHTTP/2.0\t-\t-\t11040\t0.001\tHit\ttext/html\t78\t-\t-",
        "2019-12-04\t21:02:31\tLAX1\t392\t192.0.2.100\tGET\td111111abcdef8.cloudfront.net\t/index.html\t200\t-\tMozilla/5.0%20(Windows%20NT%2010.0;%20Win64;%20x64)%20AppleWebKit/537.36%20(KHTML,%20like%20Gecko)%20Chrome/78.0.3904.108%20Safari/537.36\t-\t-\tHit\tk6WGMNkEzR5BEM_SaF47gjtX9zBDO2m349OY2an0QPEaUum1ZOLrow==\td111111abcdef8.cloudfront.net\thttps\t23\t0.000\t-\tTLSv1.2\tECDHE-RSA-AES128-GCM-SHA256\tHit\tHTTP/2.0\t-\t-\t11040\t0.000\tHit\ttext/html\t78\t-\t-",
        "2019-12-04\t21:02:31\tLAX1\t392\t192.0.2.100\tGET\td111111abcdef8.cloudfront.net\t/index.html\t200\t-\tMozilla/5.0%20(Windows%20NT%2010.0;%20Win64;%20x64)%20AppleWebKit/537.36%20(KHTML,%20like%20Gecko)%20Chrome/78.0.3904.108%20Safari/537.36\t-\t-\tHit\tf37nTMVvnKvV2ZSvEsivup_c2kZ7VXzYdjC-GUQZ5qNs-89BlWazbw==\td111111abcdef8.cloudfront.net\thttps\t23\t0.001\t-\tTLSv1.2\tECDHE-RSA-AES128-GCM-SHA256\tHit\tHTTP/2.0\t-\t-\t11040\t0.001\tHit\ttext/html\t78\t-\t-\t",
        "2019-12-13\t22:36:27\tSEA19-C1\t900\t192.0.2.200\tGET\td111111abcdef8.cloudfront.net\t/favicon.ico\t502\thttp://www.example.com/\tMozilla/5.0%20(Windows%20NT%2010.0;%20Win64;%20x64)%20AppleWebKit/537.36%20(KHTML,%20like%20Gecko)%20Chrome/78.0.3904.108%20Safari/537.36\t-\t-\tError\t1pkpNfBQ39sYMnjjUQjmH2w1wdJnbHYTbag21o_3OfcQgPzdL2RSSQ==\twww.example.com\thttp\t675\t0.102\t-\t-\t-\tError\tHTTP/1.1\t-\t-\t25260\t0.102\tOriginDnsError\ttext/html\t507\t-\t-",
        "2019-12-13\t22:36:26\tSEA19-C1\t900\t192.0.2.200\tGET\td111111abcdef8.cloudfront.net\t/\t502\t-\tMozilla/5.0%20(Windows%20NT%2010.0;%20Win64;%20x64)%20AppleWebKit/537.36%20(KHTML,%20like%20Gecko)%20Chrome/78.0.3904.108%20Safari/537.36\t-\t-\tError\t3AqrZGCnF_g0-5KOvfA7c9XLcf4YGvMFSeFdIetR1N_2y8jSis8Zxg==\twww.example.com\thttp\t735\t0.107\t-\t-\t-\tError\tHTTP/1.1\t-\t-\t3802\t0.107\tOriginDnsError\ttext/html\t507\t-\t-",
        "2019-12-13\t22:37:02\tSEA19-C2\t900\t192.0.2.200\tGET\td111111abcdef8.cloudfront.net\t/\t502\t-\tcurl/7.55.1\t-\t-\tError\tkBkDzGnceVtWHqSCqBUqtA_cEs2T3tFUBbnBNkB9El_uVRhHgcZfcw==\twww.example.com\thttp\t387\t0.103\t-\t-\t-\tError\tHTTP/1.1\t-\t-\t12644\t0.103\tOriginDnsError\ttext/html\t507\t-\t-",
    ]))
    write("gcp-lb", gcp())
    write("azure-appgw", azure([
        '{"timeStamp":"2021-10-14T22:17:11+00:00","resourceId":"/SUBSCRIPTIONS/{subscriptionId}/RESOURCEGROUPS/{resourceGroupName}/PROVIDERS/MICROSOFT.NETWORK/APPLICATIONGATEWAYS/{applicationGatewayName}","listenerName":"HTTP-Listener","ruleName":"Storage-Static-Rule","backendPoolName":"StaticStorageAccount","backendSettingName":"StorageStatic-HTTPS-Setting","operationName":"ApplicationGatewayAccess","category":"ApplicationGatewayAccessLog","properties":{"instanceId":"appgw_2","clientIP":"185.42.129.24","clientPort":45057,"httpMethod":"GET","originalRequestUriWithArgs":"\\/","requestUri":"\\/","requestQuery":"","userAgent":"Mozilla\\/5.0 (Windows NT 6.1; WOW64) AppleWebKit\\/537.36 (KHTML, like Gecko) Chrome\\/52.0.2743.116 Safari\\/537.36","httpStatus":200,"httpVersion":"HTTP\\/1.1","receivedBytes":184,"sentBytes":466,"clientResponseTime":0,"timeTaken":0.034,"WAFEvaluationTime":"0.000","WAFMode":"Detection","transactionId":"592d1649f75a8d480a3c4dc6a975309d","sslEnabled":"on","sslCipher":"ECDHE-RSA-AES256-GCM-SHA384","sslProtocol":"TLSv1.2","sslClientVerify":"NONE","sslClientCertificateFingerprint":"","sslClientCertificateIssuerName":"","serverRouted":"52.239.221.65:443","serverStatus":"200","serverResponseLatency":"0.028","upstreamSourcePort":"21564","originalHost":"20.110.30.194","host":"20.110.30.194","error_info":"ERRORINFO_NO_ERROR","contentType":"application/json"}}',
        '{"resourceId":"/SUBSCRIPTIONS/{subscriptionId}/RESOURCEGROUPS/PEERINGTEST/PROVIDERS/MICROSOFT.NETWORK/APPLICATIONGATEWAYS/{applicationGatewayName}","operationName":"ApplicationGatewayAccess","time":"2017-04-26T19:27:38Z","category":"ApplicationGatewayAccessLog","properties":{"instanceId":"ApplicationGatewayRole_IN_0","clientIP":"191.96.249.97","clientPort":46886,"httpMethod":"GET","requestUri":"/phpmyadmin/scripts/setup.php","requestQuery":"X-AzureApplicationGateway-CACHE-HIT=0&SERVER-ROUTED=10.4.0.4&X-AzureApplicationGateway-LOG-ID=874f1f0f-6807-41c9-b7bc-f3cfa74aa0b1&SERVER-STATUS=404","userAgent":"-","httpStatus":404,"httpVersion":"HTTP/1.0","receivedBytes":65,"sentBytes":553,"timeTaken":205,"sslEnabled":"off","host":"www.contoso.com","originalHost":"www.contoso.com"}}',
    ]))
    write("iis", iis([
        "#Software: Microsoft HTTP Server API 2.0",
        "#Version: 1.0",
        "#Date: 2002-05-02 17:42:15",
        "#Fields: date time c-ip cs-username s-ip s-port cs-method cs-uri-stem cs-uri-query sc-status cs(User-Agent)",
        "2002-05-02 17:42:15 172.22.255.255 - 172.30.255.255 80 GET /images/picture.jpg - 200 Mozilla/4.0+(compatible;MSIE+5.5;+Windows+2000+Server)",
        "#Software: Microsoft Internet Information Services 10.0",
        "#Version: 1.0",
        "#Date: 2022-11-18 02:27:21",
        "#Fields: date time s-ip cs-method cs-uri-stem cs-uri-query s-port cs-username c-ip cs(User-Agent) cs(Referer) sc-status sc-substatus sc-win32-status time-taken",
        "2022-11-18 02:27:21 10.10.11.168 GET / - 80 - 10.10.14.5 - - 200 0 64 654",
        "2022-11-18 02:28:15 10.10.11.168 OPTIONS / - 80 - 10.10.14.5 Mozilla/5.0+(compatible;+Nmap+Scripting+Engine;+https://nmap.org/book/nse.html) - 200 0 0 377",
    ]))
