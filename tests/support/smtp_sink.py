#!/usr/bin/python3
# SPDX-FileCopyrightText: 2026 Customer Club Manager developers
# SPDX-License-Identifier: GPL-3.0-or-later
"""A real SMTP server on loopback for the messaging tests (aiosmtpd, Debian's
python3-aiosmtpd). Each accepted message is written whole to DIR/<n>.eml, with the
envelope and the session's TLS and AUTH state in X-Sink-* lines before it. Recipients
starting with "reject" are refused with 550. Prints "PORT <n>" when it listens and runs
until stdin closes (so it dies with the test).

  smtp_sink.py DIR [--starttls CERT KEY] [--tls CERT KEY] [--auth USER:PASSWORD]
"""
import argparse
import os
import socket
import ssl
import sys
import warnings

from aiosmtpd.controller import Controller
from aiosmtpd.smtp import AuthResult, LoginPassword


class Sink:
    def __init__(self, folder):
        self.folder = folder
        self.count = 0
        self.login = ""

    async def handle_RCPT(self, server, session, envelope, address, rcpt_options):
        if address.lower().startswith("reject"):
            return "550 5.1.1 No such user here"
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server, session, envelope):
        self.count += 1
        path = os.path.join(self.folder, "%04d.eml" % self.count)
        head = "X-Sink-From: %s\r\nX-Sink-To: %s\r\nX-Sink-Tls: %s\r\nX-Sink-Auth: %s\r\n" % (
            envelope.mail_from, ",".join(envelope.rcpt_tos),
            "yes" if server.transport.get_extra_info("ssl_object") is not None else "no",
            self.login if session.authenticated else "")
        with open(path + ".part", "wb") as out:
            out.write(head.encode())
            out.write(envelope.original_content or envelope.content)
        os.rename(path + ".part", path)
        return "250 2.0.0 Accepted"


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def main():
    # Implicit TLS is TLS too, which aiosmtpd's auth_require_tls does not see.
    warnings.simplefilter("ignore", UserWarning)
    p = argparse.ArgumentParser()
    p.add_argument("folder")
    p.add_argument("--starttls", nargs=2, metavar=("CERT", "KEY"))
    p.add_argument("--tls", nargs=2, metavar=("CERT", "KEY"))
    p.add_argument("--auth")
    p.add_argument("--port", type=int, default=0, help="listen here (a server that comes back up)")
    a = p.parse_args()
    kwargs = {}
    sink = Sink(a.folder)
    if a.auth:
        user, password = a.auth.split(":", 1)

        def check(server, session, envelope, mechanism, auth_data):
            ok = isinstance(auth_data, LoginPassword) and auth_data.login.decode() == user \
                and auth_data.password.decode() == password
            if ok:
                sink.login = user
            return AuthResult(success=ok)
        kwargs.update(authenticator=check, auth_required=True, auth_require_tls=bool(a.starttls))
    if a.starttls:
        ctx = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
        ctx.load_cert_chain(*a.starttls)
        kwargs.update(tls_context=ctx, require_starttls=True)
    if a.tls:
        ctx = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
        ctx.load_cert_chain(*a.tls)
        kwargs.update(ssl_context=ctx)
    port = a.port or free_port()
    controller = Controller(sink, hostname="127.0.0.1", port=port, **kwargs)
    controller.start()
    print("PORT %d" % port, flush=True)
    try:
        sys.stdin.read()
    finally:
        controller.stop()


if __name__ == "__main__":
    main()
