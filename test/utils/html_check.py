#!/usr/bin/env python3
"""Loads an HTML report in headless Chromium and reports what a reader sees.

Usage: html_check.py [--chromium PATH] [--screenshot PNG] [--count SELECTOR]...
                     [--select ID=VALUE]... REPORT.html

Chromium is driven through its DevTools protocol over a pipe
(--remote-debugging-pipe: JSON messages ending in NUL on file descriptors 3
and 4), so nothing but Debian's chromium package is needed and nothing
listens on a port. Prints, for FileCheck:

  console errors: N         console.error calls, uncaught exceptions and
                            browser log errors (CSP violations among them)
  requests: N               requests other than the report itself
  rows: N                   visible findings before any filter
  count SELECTOR: N         elements matching each --count selector
  select ID=VALUE: rows N, 'TEXT'   after each --select, in order, with the
                            page's "N of M findings shown" text
  screenshot: PATH

Written for this project.
"""

import argparse
import base64
import json
import os
import pathlib
import shutil
import subprocess
import sys
import tempfile
import time

TIMEOUT = 60  # seconds for the whole page session


class DevTools:
    """A minimal CDP client over Chromium's debugging pipe."""

    def __init__(self, chromium, profile):
        to_chrome_r, self.to_chrome = os.pipe()
        self.from_chrome, from_chrome_w = os.pipe()

        def wire_fds():
            # Chromium reads commands on fd 3 and writes replies on fd 4. The
            # pipes may already sit on 3 or 4, close-on-exec: copy them away
            # first, since dup2 onto itself would keep that flag.
            read_end, write_end = os.dup(to_chrome_r), os.dup(from_chrome_w)
            os.dup2(read_end, 3)
            os.dup2(write_end, 4)

        args = [chromium, "--headless", "--remote-debugging-pipe",
                "--no-sandbox", "--disable-gpu", "--no-first-run",
                "--no-default-browser-check", "--disable-extensions",
                "--disable-background-networking", "--disable-sync",
                "--disable-component-update", "--hide-scrollbars",
                "--user-data-dir=" + profile, "about:blank"]
        self.proc = subprocess.Popen(args, stdin=subprocess.DEVNULL,
                                     stdout=subprocess.DEVNULL,
                                     stderr=subprocess.DEVNULL,
                                     preexec_fn=wire_fds, close_fds=False)
        os.close(to_chrome_r)
        os.close(from_chrome_w)
        self.buffer = b""
        self.next_id = 0
        self.events = []
        self.deadline = time.monotonic() + TIMEOUT

    def _read_message(self):
        while b"\0" not in self.buffer:
            if time.monotonic() > self.deadline:
                raise RuntimeError("chromium did not answer in time")
            chunk = os.read(self.from_chrome, 65536)
            if not chunk:
                raise RuntimeError("chromium closed the DevTools pipe")
            self.buffer += chunk
        message, self.buffer = self.buffer.split(b"\0", 1)
        return json.loads(message)

    def send(self, method, params=None, session=None):
        self.next_id += 1
        command = {"id": self.next_id, "method": method,
                   "params": params or {}}
        if session:
            command["sessionId"] = session
        os.write(self.to_chrome, json.dumps(command).encode() + b"\0")
        while True:
            message = self._read_message()
            if message.get("id") == self.next_id:
                if "error" in message:
                    raise RuntimeError("%s: %s" % (method, message["error"]))
                return message.get("result", {})
            self.events.append(message)

    def wait_for(self, method):
        for i, event in enumerate(self.events):
            if event.get("method") == method:
                return self.events.pop(i)
        while True:
            message = self._read_message()
            if message.get("method") == method:
                return message
            self.events.append(message)

    def close(self):
        try:
            self.send("Browser.close")
        except (RuntimeError, OSError):
            pass
        try:
            self.proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            self.proc.wait()


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--chromium", default=shutil.which("chromium") or
                        "/usr/bin/chromium")
    parser.add_argument("--screenshot")
    parser.add_argument("--select", action="append", default=[],
                        metavar="ID=VALUE")
    parser.add_argument("--count", action="append", default=[],
                        metavar="SELECTOR")
    parser.add_argument("report")
    args = parser.parse_args()
    if not os.path.exists(args.chromium):
        sys.exit("html_check: %s is missing: apt-get install chromium "
                 "(scripts/setup.sh installs it)" % args.chromium)

    url = pathlib.Path(os.path.abspath(args.report)).as_uri()
    profile = tempfile.mkdtemp(prefix="tlslint-chromium-")
    tools = DevTools(args.chromium, profile)
    try:
        target = tools.send("Target.createTarget", {"url": "about:blank"})
        session = tools.send("Target.attachToTarget",
                             {"targetId": target["targetId"],
                              "flatten": True})["sessionId"]
        for domain in ("Page", "Runtime", "Log", "Network"):
            tools.send(domain + ".enable", session=session)
        tools.send("Emulation.setDeviceMetricsOverride",
                   {"width": 1360, "height": 900, "deviceScaleFactor": 1,
                    "mobile": False}, session=session)
        tools.send("Page.navigate", {"url": url}, session=session)
        tools.wait_for("Page.loadEventFired")

        def evaluate(expression):
            result = tools.send("Runtime.evaluate",
                                {"expression": expression,
                                 "returnByValue": True}, session=session)
            if "exceptionDetails" in result:
                raise RuntimeError("page script failed: %s"
                                   % result["exceptionDetails"])
            return result["result"].get("value")

        visible = ("document.querySelectorAll("
                   "'tbody.finding:not([hidden])').length")
        print("rows: %d" % evaluate(visible))
        for selector in args.count:
            print("count %s: %d" % (selector, evaluate(
                "document.querySelectorAll(%s).length" % json.dumps(selector))))
        # The page as a reader first sees it, before any filter.
        if args.screenshot:
            metrics = tools.send("Page.getLayoutMetrics", session=session)
            height = int(metrics["cssContentSize"]["height"])
            shot = tools.send("Page.captureScreenshot",
                              {"format": "png", "captureBeyondViewport": True,
                               "clip": {"x": 0, "y": 0, "width": 1360,
                                        "height": min(height, 4000),
                                        "scale": 1}},
                              session=session)
            with open(args.screenshot, "wb") as f:
                f.write(base64.b64decode(shot["data"]))

        for choice in args.select:
            control, _, value = choice.partition("=")
            # As a person would: pick the option, which fires 'change'.
            evaluate("(() => { const s = document.getElementById(%s);"
                     " s.value = %s;"
                     " if (s.value !== %s) throw new Error('no option ' + %s);"
                     " s.dispatchEvent(new Event('change', {bubbles: true}));"
                     " })()" % (json.dumps(control), json.dumps(value),
                                json.dumps(value), json.dumps(value)))
            shown = evaluate("document.getElementById('shown-count')"
                             ".textContent")
            print("select %s: rows %d, '%s'" % (choice, evaluate(visible),
                                               shown))

        # Let late events (errors from deferred work) arrive.
        evaluate("new Promise(r => setTimeout(r, 200))")
        errors = []
        requests = []
        for event in tools.events:
            method, params = event.get("method"), event.get("params", {})
            if method == "Runtime.consoleAPICalled" and \
                    params.get("type") in ("error", "assert"):
                errors.append(" ".join(str(a.get("value", a.get("description")))
                                       for a in params.get("args", [])))
            elif method == "Runtime.exceptionThrown":
                errors.append(params["exceptionDetails"].get("text", ""))
            elif method == "Log.entryAdded" and \
                    params["entry"].get("level") == "error":
                errors.append(params["entry"].get("text", ""))
            elif method == "Network.requestWillBeSent":
                request_url = params["request"]["url"]
                if request_url != url and not request_url.startswith("data:"):
                    requests.append(request_url)
        print("console errors: %d" % len(errors))
        for error in errors:
            print("  error: " + error)
        print("requests: %d" % len(requests))
        for request in requests:
            print("  request: " + request)
        if args.screenshot:
            print("screenshot: " + args.screenshot)
    finally:
        tools.close()
        shutil.rmtree(profile, ignore_errors=True)


if __name__ == "__main__":
    main()
