#!/usr/bin/env python3
"""A CAQH CORE real-time endpoint for the eligibility tests: HTTPS on loopback, answering a
SOAP 1.2 or MIME multipart request with a 271 file (its %TRACE% replaced by the TRN02 of the
270 or 276 received; the claim status tests pass --answer-type X12_277_Response_005010X212).
Prints "PORT <n>" once listening. Modes: success, silent (accepts, never answers), close
(closes the connection without answering), fault (a SOAP fault), coreerror (a CORE envelope
with an error code and no payload), not271 (a 999 payload), http500. Serves one request at a
time until killed. Logs nothing about the requests."""
import argparse
import html
import re
import socketserver
import ssl
import sys
import time
from http.server import BaseHTTPRequestHandler, HTTPServer

SOAP_NS = "http://www.w3.org/2003/05/soap-envelope"


def soap_answer(payload_type, payload, payload_id, error_code="Success", error_message="None"):
    return (
        '<?xml version="1.0" encoding="UTF-8"?>'
        f'<soapenv:Envelope xmlns:soapenv="{SOAP_NS}">'
        "<soapenv:Body>"
        '<cor:COREEnvelopeRealTimeResponse xmlns:cor="http://www.caqh.org/SOAP/WSDL/CORERule2.2.0.xsd">'
        f"<PayloadType>{payload_type}</PayloadType><ProcessingMode>RealTime</ProcessingMode>"
        f"<PayloadID>{payload_id}</PayloadID><TimeStamp>2025-03-07T15:00:00Z</TimeStamp>"
        "<SenderID>CLEARINGHOUSE</SenderID><ReceiverID>FRONTDESK</ReceiverID>"
        "<CORERuleVersion>2.2.0</CORERuleVersion>"
        f"<Payload><![CDATA[{payload}]]></Payload>"
        f"<ErrorCode>{error_code}</ErrorCode><ErrorMessage>{error_message}</ErrorMessage>"
        "</cor:COREEnvelopeRealTimeResponse></soapenv:Body></soapenv:Envelope>"
    ).encode()


def mime_answer(payload_type, payload, payload_id, boundary):
    fields = [("PayloadType", payload_type), ("ProcessingMode", "RealTime"), ("PayloadID", payload_id),
              ("TimeStamp", "2025-03-07T15:00:00Z"), ("SenderID", "CLEARINGHOUSE"),
              ("ReceiverID", "FRONTDESK"), ("CORERuleVersion", "2.2.0"), ("Payload", payload),
              ("ErrorCode", "Success"), ("ErrorMessage", "None")]
    out = ""
    for name, value in fields:
        out += f'--{boundary}\r\nContent-Disposition: form-data; name="{name}"\r\n\r\n{value}\r\n'
    return (out + f"--{boundary}--\r\n").encode()


FAULT = (
    '<?xml version="1.0" encoding="UTF-8"?>'
    f'<soapenv:Envelope xmlns:soapenv="{SOAP_NS}"><soapenv:Body><soapenv:Fault>'
    "<soapenv:Code><soapenv:Value>soapenv:Sender</soapenv:Value></soapenv:Code>"
    '<soapenv:Reason><soapenv:Text xml:lang="en">UsernameToken rejected</soapenv:Text></soapenv:Reason>'
    "</soapenv:Fault></soapenv:Body></soapenv:Envelope>"
).encode()


class Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def log_message(self, *args):
        pass

    def do_POST(self):
        body = self.rfile.read(int(self.headers.get("Content-Length", "0"))).decode("latin-1")
        mode = self.server.mode
        if mode == "silent":
            time.sleep(3600)
            return
        if mode == "close":
            self.close_connection = True
            return
        if mode == "coreerror":
            self.reply(200, "application/soap+xml; charset=UTF-8",
                       soap_answer("COREEnvelopeError", "", "none", "Receiver", "Payer system unavailable"))
            return
        if mode == "http500":
            self.reply(500, "text/plain", b"internal error")
            return
        if mode == "fault":
            self.reply(500, "application/soap+xml; charset=UTF-8", FAULT)
            return
        multipart = self.headers.get("Content-Type", "").startswith("multipart/")
        if multipart:
            m = re.search(r'name="Payload"\r\n\r\n(.*?)\r\n--', body, re.S)
            payload = m.group(1) if m else ""
            pid = re.search(r'name="PayloadID"\r\n\r\n(.*?)\r\n', body)
        else:
            m = re.search(r"<Payload>(.*?)</Payload>", body, re.S)
            payload = html.unescape(m.group(1)) if m else ""
            pid = re.search(r"<PayloadID>(.*?)</PayloadID>", body)
        trace = re.search(r"TRN\*1\*([^*~]+)[*~]", payload)
        answer = self.server.answer.replace("%TRACE%", trace.group(1) if trace else "")
        kind = "X12_999_Response_005010X231A1" if mode == "not271" else self.server.answer_type
        payload_id = pid.group(1) if pid else "none"
        if multipart:
            self.reply(200, 'multipart/form-data; boundary="answer-boundary"',
                       mime_answer(kind, answer, payload_id, "answer-boundary"))
        else:
            self.reply(200, "application/soap+xml; charset=UTF-8", soap_answer(kind, answer, payload_id))

    def reply(self, status, content_type, data):
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)


class Server(socketserver.ThreadingMixIn, HTTPServer):
    daemon_threads = True


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--cert", required=True)
    parser.add_argument("--key", required=True)
    parser.add_argument("--answer", required=True)
    parser.add_argument("--mode", default="success")
    parser.add_argument("--answer-type", default="X12_271_Response_005010X279A1")
    args = parser.parse_args()
    server = Server(("127.0.0.1", 0), Handler)
    server.mode = args.mode
    server.answer_type = args.answer_type
    with open(args.answer, encoding="latin-1") as f:
        server.answer = f.read()
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(args.cert, args.key)
    server.socket = context.wrap_socket(server.socket, server_side=True)
    print(f"PORT {server.server_address[1]}", flush=True)
    server.serve_forever()


if __name__ == "__main__":
    sys.exit(main())
